import type { AttributeValue } from '../../model/AttributeValue.js';
import type { AttributeLayout } from '../../model/AttributeLayout.js';
import { Attributes, keysOf, layoutOf, setTrusted, valuesOf } from '../../model/attributes.js';
import type { ReadonlyAttributes } from '../../model/attributes.js';
import type { Span } from '../../model/Span.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { Normalized } from '../../catalogue/normalized.js';
import { SEMCONV_TABLE } from '../semconv.js';
import type { SemconvRule, SemconvSource } from '../semconv.js';
import { GRPC_CODE_NAMES, grpcCodeOf } from './grpcCodes.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';

interface Candidate {
  readonly rule: SemconvRule;
  /** The rule's position in SEMCONV_TABLE. */
  readonly ruleIndex: number;
  readonly source: SemconvSource;
  /** Position in the rule's sources: lower wins. */
  readonly rank: number;
}

// Source name -> the rules it feeds: a span is read by iterating its own (few) attributes, not the table.
const BY_SOURCE = new Map<string, Candidate[]>();
SEMCONV_TABLE.forEach((rule, ruleIndex) => {
  rule.sources.forEach((source, rank) => {
    const list = BY_SOURCE.get(source.name) ?? [];
    list.push({ rule, ruleIndex, source, rank });
    BY_SOURCE.set(source.name, list);
  });
});

/**
 * Built-in `semconv`: writes one normalized attribute set (`ht.` + the current OTel name, see
 * {@link Normalized} and docs/semconv.md) from whichever convention the client used: current OTel, older
 * OTel, or OpenTracing/Zipkin tags. Ints are parsed from numeric strings (Zipkin tags are strings),
 * `http.target` is split into path and query, `http.host` into address and port, RPC method and status
 * are derived. Depends on nothing; most built-ins read its output.
 *
 * @example
 * ```ts
 * const run = await runEnricher(semconv, trace);
 * run.trace.spans[0]?.enriched.string(Normalized.HTTP_REQUEST_METHOD); // 'GET', sent as http.method
 * ```
 */
export const semconv = defineEnricher({
  name: BuiltinEnricher.SEMCONV,
  version: BUILTIN_VERSION,
  description: 'one normalized attribute set from old and new OTel semantic conventions',
  enrichSpan(span) {
    normalize(span, span.enriched);
  },
});

// The best candidate so far per rule, for the span being normalized: reset after each span, so a span
// costs no map and no object per rule (normalize never re-enters).
const NO_RANK = Number.MAX_SAFE_INTEGER;
const bestRank: number[] = SEMCONV_TABLE.map(() => NO_RANK);
const bestValue: (AttributeValue | undefined)[] = SEMCONV_TABLE.map(() => undefined);
/** Rules in the order they first got a value (the order the normalized keys are written in). */
const found: number[] = [];

function normalize(span: Span, out: Attributes): void {
  if (found.length > 0) clearFound(); // left over only if a previous span threw midway
  const attr = span.attr;
  let rpcSeen = false;
  const plan = attr instanceof Attributes ? planOf(attr, span.kind) : undefined;
  if (plan !== undefined) {
    const values = valuesOf(attr as Attributes);
    for (let j = 0; j < plan.positions.length; j++) {
      offer(plan.candidates[j] as readonly Candidate[], values[plan.positions[j] as number] as AttributeValue);
    }
    rpcSeen = plan.rpc;
  } else if (attr instanceof Attributes) {
    const keys = keysOf(attr);
    const values = valuesOf(attr);
    for (let i = 0; i < attr.size; i++) {
      rpcSeen = consider(keys[i] as string, values[i] as AttributeValue, span.kind) || rpcSeen;
    }
  } else {
    for (const [name, raw] of attr) rpcSeen = consider(name, raw, span.kind) || rpcSeen;
  }
  for (let i = 0; i < found.length; i++) {
    const r = found[i] as number;
    setTrusted(out, (SEMCONV_TABLE[r] as SemconvRule).key, bestValue[r] as AttributeValue);
  }
  clearFound();
  // Every key rpc() reads starts with `rpc.`: without one it writes nothing.
  if (rpcSeen) rpc(attr, out);
}

/**
 * Which client attributes feed which rules depends only on their keys and the span kind. Spans whose
 * attributes share a key layout (the same instrumentation) share a plan: the positions with candidates
 * (already filtered by kind, in table order) and whether a key starts with `rpc.`.
 */
interface Plan {
  readonly positions: readonly number[];
  readonly candidates: readonly (readonly Candidate[])[];
  readonly rpc: boolean;
}
const KINDS: readonly string[] = ['SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER', 'INTERNAL'];
/** Client-attribute layouts with plans (a few per instrumentation library in practice). */
const MAX_PLANS = 4096;
const plans = new Map<AttributeLayout, (Plan | undefined)[]>();
let lastLayout: AttributeLayout | undefined;
let lastKind = '';
let lastPlan: Plan | undefined;

function planOf(attr: Attributes, kind: string): Plan | undefined {
  const layout = layoutOf(attr);
  if (layout === undefined) return undefined;
  if (layout === lastLayout && kind === lastKind) return lastPlan;
  const k = KINDS.indexOf(kind);
  if (k < 0) return undefined;
  let byKind = plans.get(layout);
  if (byKind === undefined) {
    if (plans.size >= MAX_PLANS) return undefined; // bounded: further layouts take the unplanned path
    plans.set(layout, (byKind = []));
  }
  let plan = byKind[k];
  if (plan === undefined) {
    const positions: number[] = [];
    const candidates: Candidate[][] = [];
    let rpc = false;
    for (let i = 0; i < layout.size; i++) {
      const key = layout.keys[i] as string;
      rpc ||= key.startsWith('rpc.');
      const list = BY_SOURCE.get(key)?.filter((c) => c.source.kinds === undefined || c.source.kinds.includes(kind));
      if (list === undefined || list.length === 0) continue;
      positions.push(i);
      candidates.push(list);
    }
    byKind[k] = plan = { positions, candidates, rpc };
  }
  lastLayout = layout;
  lastKind = kind;
  lastPlan = plan;
  return plan;
}

function clearFound(): void {
  for (let i = 0; i < found.length; i++) {
    const r = found[i] as number;
    bestRank[r] = NO_RANK;
    bestValue[r] = undefined;
  }
  found.length = 0;
}

/** Offers one client attribute to the rules it feeds; returns whether its key starts with `rpc.`. */
function consider(name: string, raw: AttributeValue, kind: string): boolean {
  const candidates = BY_SOURCE.get(name);
  if (candidates !== undefined) {
    for (const c of candidates) if (c.source.kinds === undefined || c.source.kinds.includes(kind)) offerOne(c, raw);
  }
  return name.startsWith('rpc.');
}

/** Offers a value to candidates already filtered by kind. */
function offer(candidates: readonly Candidate[], raw: AttributeValue): void {
  for (let i = 0; i < candidates.length; i++) offerOne(candidates[i] as Candidate, raw);
}

function offerOne(c: Candidate, raw: AttributeValue): void {
  const r = c.ruleIndex;
  const rank = bestRank[r] as number;
  if (rank <= c.rank) return;
  const value = convert(raw, c.rule.type, c.source);
  if (value === undefined) return;
  if (rank === NO_RANK) found.push(r);
  bestRank[r] = c.rank;
  bestValue[r] = value;
}

function convert(raw: AttributeValue, type: 'string' | 'int', source: SemconvSource): AttributeValue | undefined {
  let value: AttributeValue | undefined = raw;
  if (source.part !== undefined) {
    if (typeof raw !== 'string') return undefined;
    value = partOf(raw, source.part);
    if (value === undefined) return undefined;
  }
  if (type === 'int') return toInt(value);
  if (typeof value === 'bigint' || typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value === '') return undefined;
  // Own keys only: a client value such as `constructor` must not reach Object.prototype.
  const values = source.values;
  return values !== undefined && Object.hasOwn(values, value) ? values[value] : value;
}

function partOf(value: string, part: 'path' | 'query' | 'host' | 'port'): string | undefined {
  if (part === 'path' || part === 'query') {
    const q = value.indexOf('?');
    if (part === 'path') return q < 0 ? value : value.slice(0, q);
    return q < 0 ? undefined : value.slice(q + 1);
  }
  const colon = value.lastIndexOf(':');
  const bracket = value.lastIndexOf(']'); // [::1]:8080
  const hasPort = colon > bracket && /^\d+$/.test(value.slice(colon + 1));
  if (part === 'port') return hasPort ? value.slice(colon + 1) : undefined;
  return hasPort ? value.slice(0, colon) : value;
}

function toInt(value: AttributeValue): bigint | undefined {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : undefined;
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim())) return BigInt(value.trim());
  return undefined;
}

/** RPC method (fully qualified `service/method`) and status (a string; gRPC code names). */
function rpc(attr: ReadonlyAttributes, out: Attributes): void {
  const method = attr.string('rpc.method')?.replace(/^\//, ''); // gRPC paths start with '/'
  const service = attr.string('rpc.service');
  if (method !== undefined && method !== '') {
    setTrusted(
      out,
      Normalized.RPC_METHOD,
      method.includes('/') || service === undefined ? method : `${service}/${method}`,
    );
  }
  const status = rpcStatus(attr, out.string(Normalized.RPC_SYSTEM_NAME));
  if (status !== undefined) setTrusted(out, Normalized.RPC_RESPONSE_STATUS_CODE, status);
}

function rpcStatus(attr: ReadonlyAttributes, system: string | undefined): string | undefined {
  const named = attr.asString('rpc.response.status_code') ?? attr.asString('rpc.status_code');
  const grpc = named ?? attr.asString('rpc.grpc.status_code');
  if (grpc !== undefined && (system === 'grpc' || (named === undefined && system === undefined))) {
    const code = grpcCodeOf(grpc);
    return code === undefined ? grpc : GRPC_CODE_NAMES[code];
  }
  return named ?? attr.asString('rpc.connect_rpc.error_code') ?? attr.asString('rpc.jsonrpc.error_code');
}
