import { describe, expect, it } from 'vitest';
import {
  DASHBOARD_LIMITS,
  DashboardFormatError,
  dashboardsFile,
  DASHBOARDS_STORAGE,
  decodeDashboard,
  encodeDashboard,
  loadDashboards,
  mergeDashboards,
  parseDashboardsFile,
  saveDashboards,
  withPanel,
} from '../src/explorer/dashboards.js';
import type { Dashboard, DashboardStorage, Panel } from '../src/explorer/dashboards.js';
import { exportFileName } from '../src/explorer/download.js';

const panel: Panel = {
  title: 'p99 by service — “checkout” ✓',
  view: 'API_TRACE',
  where: 'service_name=checkout AND http.route="/a b"',
  groupBy: [{ column: 'service_name' }, { attribute: 'http.route' }],
  aggregation: 'p99',
  of: 'duration_micros',
  interval: 'auto',
};
const count: Panel = {
  title: '',
  view: 'tier_call_view',
  where: '',
  groupBy: [],
  aggregation: 'count',
  of: '',
  interval: 'none',
};
const dashboard: Dashboard = { name: 'Checkout · 結帳', panels: [panel, count] };

/** An in-memory Storage, as localStorage behaves for these two calls. */
function fakeStorage(): DashboardStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

const file = (value: unknown): string => JSON.stringify(value);
const fileError = (value: unknown): string => {
  try {
    parseDashboardsFile(typeof value === 'string' ? value : file(value));
  } catch (error) {
    expect(error).toBeInstanceOf(DashboardFormatError);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
};

describe('dashboard links', () => {
  it('round-trip a dashboard through base64url, any text included', () => {
    const encoded = encodeDashboard(dashboard);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDashboard(encoded)).toEqual(dashboard);
    // Versioned JSON inside, only the definition's fields.
    const json = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['v', 'name', 'panels']);
    expect(json['v']).toBe(1);
    const extra = { ...dashboard, panels: [{ ...panel, color: 'red' }] } as unknown as Dashboard;
    expect(decodeDashboard(encodeDashboard(extra)).panels[0]).toEqual(panel);
  });

  it('say what is wrong with a link they cannot read', () => {
    const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
    const message = (encoded: string): string => {
      try {
        decodeDashboard(encoded);
      } catch (error) {
        expect(error).toBeInstanceOf(DashboardFormatError);
        return (error as Error).message;
      }
      throw new Error('the link was read');
    };
    expect(message('abc$')).toBe('the link is not base64url');
    expect(message(b64('{"v":1,'))).toBe('the link does not hold JSON');
    expect(message(Buffer.from([0xff, 0xfe]).toString('base64url'))).toBe('the link does not hold UTF-8 text');
    expect(message(b64('[1]'))).toBe('the link holds a list, not a dashboard');
    expect(message(b64(file({ v: 2, name: 'x', panels: [] })))).toBe(
      'v: version 2 is newer than this UI reads (1); open it in a newer @ht',
    );
    expect(message(b64(file({ name: 'x', panels: [] })))).toBe('v: expected 1, got nothing (the field is missing)');
    expect(message(b64(file({ v: 1, name: ' ', panels: [] })))).toBe('dashboard.name: must not be empty');
    expect(message(b64(file({ v: 1, name: 'x', panels: [{ ...panel, aggregation: 'median' }] })))).toBe(
      "dashboard.panels[0].aggregation: 'median' is not one of count, avg, sum, min, max, distinctCount, p0-p100",
    );
    // A link cut short is one of these errors, never a page error.
    const cut = encodeDashboard(dashboard).slice(0, 40);
    expect(() => decodeDashboard(cut)).toThrow(DashboardFormatError);
  });
});

describe('dashboard files', () => {
  it('round-trip the saved dashboards: export, then import', () => {
    const other: Dashboard = { name: 'Errors', panels: [{ ...count, title: 'all rows' }] };
    const text = dashboardsFile([dashboard, other]);
    expect(JSON.parse(text)).toMatchObject({ format: 'ht.dashboards', version: 1 });
    expect(parseDashboardsFile(text)).toEqual([dashboard, other]);
  });

  it('refuse a bad file with the first problem and where it is', () => {
    expect(fileError('{"format":')).toMatch(/^not JSON: /);
    expect(fileError({ dashboards: [] })).toBe('not an @ht dashboards file: "format" must be "ht.dashboards"');
    expect(fileError([])).toBe('not an @ht dashboards file: "format" must be "ht.dashboards"');
    expect(fileError({ format: 'ht.dashboards', version: '1', dashboards: [] })).toBe(
      'version: expected 1, got string "1"',
    );
    expect(fileError({ format: 'ht.dashboards', version: 1 })).toBe(
      'dashboards: expected a list, got nothing (the field is missing)',
    );
    expect(fileError({ format: 'ht.dashboards', version: 1, dashboards: [{ name: 'a' }] })).toBe(
      'dashboards[0].panels: expected a list, got nothing (the field is missing)',
    );
    const bad = (p: Record<string, unknown>): string =>
      fileError({ format: 'ht.dashboards', version: 1, dashboards: [dashboard, { name: 'b', panels: [count, p] }] });
    expect(bad({ ...panel, view: '' })).toBe('dashboards[1].panels[1].view: must not be empty');
    expect(bad({ ...panel, view: 3 })).toBe('dashboards[1].panels[1].view: expected text, got number 3');
    expect(bad({ ...panel, interval: 'hourly' })).toBe(
      'dashboards[1].panels[1].interval: expected "auto" or "none", got string "hourly"',
    );
    expect(bad({ ...panel, of: '' })).toBe('dashboards[1].panels[1].of: p99 needs a column');
    expect(bad({ ...panel, groupBy: [{ column: 'a', attribute: 'b' }] })).toBe(
      'dashboards[1].panels[1].groupBy[0]: expected { "column": … } or { "attribute": … }',
    );
    expect(bad({ ...panel, where: 'x'.repeat(DASHBOARD_LIMITS.text + 1) })).toBe(
      `dashboards[1].panels[1].where: longer than ${DASHBOARD_LIMITS.text} characters`,
    );
    expect(bad({ ...panel, groupBy: Array.from({ length: 6 }, (_, i) => ({ column: `c${i}` })) })).toBe(
      'dashboards[1].panels[1].groupBy: more than 5 entries',
    );
    expect(bad(null as unknown as Record<string, unknown>)).toBe(
      'dashboards[1].panels[1]: expected a panel object, got null',
    );
  });

  it('merge by name: a dashboard of a saved name replaces it in place, new ones follow', () => {
    const a: Dashboard = { name: 'a', panels: [] };
    const b: Dashboard = { name: 'b', panels: [] };
    const a2: Dashboard = { name: 'a', panels: [count] };
    expect(mergeDashboards([a, b], [{ name: 'c', panels: [] }, a2])).toEqual([a2, b, { name: 'c', panels: [] }]);
    expect(parseDashboardsFile(dashboardsFile([a, b, a2]))).toEqual([a2, b]);
  });

  it('add a panel to a saved or a new dashboard, up to the limit', () => {
    expect(withPanel([dashboard], dashboard.name, count)).toEqual({ ...dashboard, panels: [panel, count, count] });
    expect(withPanel([dashboard], 'New', panel)).toEqual({ name: 'New', panels: [panel] });
    const full: Dashboard = { name: 'full', panels: Array.from({ length: DASHBOARD_LIMITS.panels }, () => count) };
    expect(() => withPanel([full], 'full', count)).toThrow(`'full' has ${DASHBOARD_LIMITS.panels} panels already`);
  });

  it("keep the saved list in the browser's storage, as an export file; set an unreadable one aside", () => {
    const storage = fakeStorage();
    expect(loadDashboards(storage)).toEqual([]);
    saveDashboards(storage, [dashboard]);
    expect(storage.items.get(DASHBOARDS_STORAGE)).toBe(dashboardsFile([dashboard]));
    expect(loadDashboards(storage)).toEqual([dashboard]);
    storage.setItem(DASHBOARDS_STORAGE, '{broken');
    expect(loadDashboards(storage)).toEqual([]);
    expect(storage.items.get(`${DASHBOARDS_STORAGE}.unreadable`)).toBe('{broken');
  });

  it('name exported files after the dashboard', () => {
    expect(exportFileName('Checkout p99!')).toBe('ht-dashboard-checkout-p99.json');
    expect(exportFileName('結帳')).toBe('ht-dashboards.json');
  });
});
