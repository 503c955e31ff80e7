// Saved dashboards: a name and panels, each panel an explorer definition with a title. A dashboard's
// definition travels in its URL (`/dashboards/view?d=…`: versioned JSON, base64url), the list of saved
// ones lives in the browser's storage, and they export and import as a JSON file of the same shape as the
// storage holds. Everything read from outside (a URL, a file, the storage) is validated first.

import { isAggregation } from './exploreDefinition.js';
import type { ExploreDefinition, GroupKey } from './exploreDefinition.js';

/** A dashboard's panel: an explorer definition and its title. */
export interface Panel extends ExploreDefinition {
  readonly title: string;
}

/** A dashboard: a name and its panels, in order. */
export interface Dashboard {
  readonly name: string;
  readonly panels: readonly Panel[];
}

/** The version of the URL and file formats this UI writes and reads. */
export const DASHBOARD_FORMAT_VERSION = 1;
/** The `format` field of an exported file. */
export const DASHBOARDS_FILE_FORMAT = 'ht.dashboards';
/** Where the saved dashboards live in the browser's storage (`localStorage`). */
export const DASHBOARDS_STORAGE = 'ht.dashboards';
/** The most panels a dashboard holds, and dashboards a file or the storage holds. */
export const DASHBOARD_LIMITS = { panels: 24, dashboards: 100, text: 2_000, groupKeys: 5 } as const;

/**
 * A dashboard definition (a URL's, a file's or the storage's) that cannot be read: `message` says what is
 * wrong and where (`dashboards[0].panels[1].aggregation: …`).
 *
 * @example
 * ```ts
 * try { parseDashboardsFile(text); } catch (e) { if (e instanceof DashboardFormatError) show(e.message); }
 * ```
 */
export class DashboardFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DashboardFormatError';
  }
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(value: unknown, path: string, { empty = true } = {}): string {
  if (typeof value !== 'string') throw new DashboardFormatError(`${path}: expected text, got ${typeName(value)}`);
  if (!empty && value.trim() === '') throw new DashboardFormatError(`${path}: must not be empty`);
  if (value.length > DASHBOARD_LIMITS.text) {
    throw new DashboardFormatError(`${path}: longer than ${DASHBOARD_LIMITS.text} characters`);
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}

function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new DashboardFormatError(`${path}: expected a list, got ${typeName(value)}`);
  if (value.length > max) throw new DashboardFormatError(`${path}: more than ${max} entries`);
  return value;
}

function groupKey(value: unknown, path: string): GroupKey {
  if (isObject(value) && typeof value['column'] === 'string' && value['attribute'] === undefined) {
    return { column: text(value['column'], `${path}.column`, { empty: false }) };
  }
  if (isObject(value) && typeof value['attribute'] === 'string' && value['column'] === undefined) {
    return { attribute: text(value['attribute'], `${path}.attribute`, { empty: false }) };
  }
  throw new DashboardFormatError(`${path}: expected { "column": … } or { "attribute": … }`);
}

/** A panel read from JSON, checked field by field. */
function panel(value: unknown, path: string): Panel {
  if (!isObject(value)) throw new DashboardFormatError(`${path}: expected a panel object, got ${typeName(value)}`);
  const aggregation = text(value['aggregation'], `${path}.aggregation`);
  if (!isAggregation(aggregation)) {
    throw new DashboardFormatError(
      `${path}.aggregation: '${aggregation.slice(0, 40)}' is not one of count, avg, sum, min, max, distinctCount, p0-p100`,
    );
  }
  const interval = value['interval'];
  if (interval !== 'auto' && interval !== 'none') {
    throw new DashboardFormatError(`${path}.interval: expected "auto" or "none", got ${typeName(interval)}`);
  }
  const of = text(value['of'], `${path}.of`);
  if (aggregation !== 'count' && of === '') throw new DashboardFormatError(`${path}.of: ${aggregation} needs a column`);
  return {
    title: text(value['title'], `${path}.title`),
    view: text(value['view'], `${path}.view`, { empty: false }),
    where: text(value['where'], `${path}.where`),
    groupBy: list(value['groupBy'], `${path}.groupBy`, DASHBOARD_LIMITS.groupKeys).map((g, i) =>
      groupKey(g, `${path}.groupBy[${i}]`),
    ),
    aggregation,
    of: aggregation === 'count' ? '' : of,
    interval,
  };
}

/** A dashboard read from JSON (`name`, `panels`), checked. */
function dashboard(value: unknown, path: string): Dashboard {
  if (!isObject(value)) throw new DashboardFormatError(`${path}: expected a dashboard object, got ${typeName(value)}`);
  return {
    name: text(value['name'], `${path}.name`, { empty: false }).trim(),
    panels: list(value['panels'], `${path}.panels`, DASHBOARD_LIMITS.panels).map((p, i) =>
      panel(p, `${path}.panels[${i}]`),
    ),
  };
}

function checkVersion(value: unknown, path: string): void {
  if (value === DASHBOARD_FORMAT_VERSION) return;
  if (typeof value === 'number' && value > DASHBOARD_FORMAT_VERSION) {
    throw new DashboardFormatError(
      `${path}: version ${value} is newer than this UI reads (${DASHBOARD_FORMAT_VERSION}); open it in a newer @ht`,
    );
  }
  throw new DashboardFormatError(`${path}: expected ${DASHBOARD_FORMAT_VERSION}, got ${typeName(value)}`);
}

/** Only the fields of a panel, in a fixed order (what the URL and the file carry). */
function plainPanel(p: Panel): Panel {
  return {
    title: p.title,
    view: p.view,
    where: p.where,
    groupBy: p.groupBy.map((g) => ('column' in g ? { column: g.column } : { attribute: g.attribute })),
    aggregation: p.aggregation,
    of: p.of,
    interval: p.interval,
  };
}

const plain = (d: Dashboard): Dashboard => ({ name: d.name, panels: d.panels.map(plainPanel) });

function toBase64Url(value: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(value)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) throw new DashboardFormatError('the link is not base64url');
  const padded = value.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((value.length + 3) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    throw new DashboardFormatError('the link is not base64url');
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DashboardFormatError('the link does not hold UTF-8 text');
  }
}

/**
 * A dashboard's definition as its URL carries it: `{ "v": 1, "name", "panels" }` as JSON, in base64url
 * (the `d` parameter of `/dashboards/view`). {@link decodeDashboard} reads it back.
 *
 * @example
 * ```ts
 * navigate(`/dashboards/view?d=${encodeDashboard(dashboard)}`);
 * ```
 */
export function encodeDashboard(d: Dashboard): string {
  return toBase64Url(JSON.stringify({ v: DASHBOARD_FORMAT_VERSION, ...plain(d) }));
}

/**
 * The dashboard a URL's `d` parameter holds; a {@link DashboardFormatError} saying what is wrong otherwise
 * (not base64url, not JSON, another version, a field missing or of the wrong type).
 *
 * @example
 * ```ts
 * decodeDashboard(encodeDashboard(d)); // d
 * ```
 */
export function decodeDashboard(encoded: string): Dashboard {
  let json: unknown;
  const body = fromBase64Url(encoded);
  try {
    json = JSON.parse(body);
  } catch {
    throw new DashboardFormatError('the link does not hold JSON');
  }
  if (!isObject(json)) throw new DashboardFormatError(`the link holds ${typeName(json)}, not a dashboard`);
  checkVersion(json['v'], 'v');
  return dashboard(json, 'dashboard');
}

/**
 * Dashboards as a file (and as the storage keeps them): `{ "format": "ht.dashboards", "version": 1,
 * "dashboards": [{ "name", "panels" }] }`, indented.
 *
 * @example
 * ```ts
 * download('ht-dashboards.json', dashboardsFile(saved));
 * ```
 */
export function dashboardsFile(dashboards: readonly Dashboard[]): string {
  return `${JSON.stringify(
    { format: DASHBOARDS_FILE_FORMAT, version: DASHBOARD_FORMAT_VERSION, dashboards: dashboards.map(plain) },
    null,
    2,
  )}\n`;
}

/**
 * The dashboards of a file written by {@link dashboardsFile}; a {@link DashboardFormatError} naming the
 * first problem and where it is otherwise. Two dashboards of one name: the last wins.
 *
 * @example
 * ```ts
 * parseDashboardsFile('{"format":"ht.dashboards","version":1,"dashboards":[]}'); // []
 * ```
 */
export function parseDashboardsFile(content: string): Dashboard[] {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new DashboardFormatError(`not JSON: ${(error as Error).message}`);
  }
  if (!isObject(json) || json['format'] !== DASHBOARDS_FILE_FORMAT) {
    throw new DashboardFormatError(`not an @ht dashboards file: "format" must be "${DASHBOARDS_FILE_FORMAT}"`);
  }
  checkVersion(json['version'], 'version');
  const read = list(json['dashboards'], 'dashboards', DASHBOARD_LIMITS.dashboards).map((d, i) =>
    dashboard(d, `dashboards[${i}]`),
  );
  return mergeDashboards([], read);
}

/**
 * `saved` with `incoming` added: one of the same name replaces the saved one (in its place), the others
 * follow in order.
 *
 * @example
 * ```ts
 * mergeDashboards([{ name: 'a', panels: [] }], [{ name: 'a', panels: [p] }]); // [{ name: 'a', panels: [p] }]
 * ```
 */
export function mergeDashboards(saved: readonly Dashboard[], incoming: readonly Dashboard[]): Dashboard[] {
  const out = [...saved];
  for (const d of incoming) {
    const at = out.findIndex((o) => o.name === d.name);
    if (at === -1) out.push(d);
    else out[at] = d;
  }
  return out;
}

/**
 * The dashboard named `name` in `saved` with `p` added at its end (a new dashboard when there is none).
 * A full dashboard is a {@link DashboardFormatError}.
 *
 * @example
 * ```ts
 * const next = withPanel(saved, 'Checkout', { ...definition, title: 'p99 by service' });
 * ```
 */
export function withPanel(saved: readonly Dashboard[], name: string, p: Panel): Dashboard {
  const current = saved.find((d) => d.name === name) ?? { name, panels: [] };
  if (current.panels.length >= DASHBOARD_LIMITS.panels) {
    throw new DashboardFormatError(`'${name}' has ${DASHBOARD_LIMITS.panels} panels already: start another dashboard`);
  }
  return { name, panels: [...current.panels, plainPanel(p)] };
}

/** What the dashboards need of the browser's storage (`localStorage`; a fake in the unit tests). */
export type DashboardStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The dashboards saved in the storage ([] when none; a value it cannot read is set aside as
 * `ht.dashboards.unreadable`, not lost, and reads as none).
 *
 * @example
 * ```ts
 * const saved = loadDashboards(localStorage);
 * ```
 */
export function loadDashboards(storage: DashboardStorage): Dashboard[] {
  const stored = storage.getItem(DASHBOARDS_STORAGE);
  if (stored === null) return [];
  try {
    return parseDashboardsFile(stored);
  } catch {
    storage.setItem(`${DASHBOARDS_STORAGE}.unreadable`, stored);
    storage.setItem(DASHBOARDS_STORAGE, dashboardsFile([]));
    return [];
  }
}

/**
 * Saves the dashboards in the storage, in the exported file's format.
 *
 * @example
 * ```ts
 * saveDashboards(localStorage, mergeDashboards(loadDashboards(localStorage), [dashboard]));
 * ```
 */
export function saveDashboards(storage: DashboardStorage, dashboards: readonly Dashboard[]): void {
  storage.setItem(DASHBOARDS_STORAGE, dashboardsFile(dashboards));
}
