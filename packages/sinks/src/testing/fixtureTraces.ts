import {
  createResource,
  createScope,
  createSpan,
  createSpanEvent,
  createSpanLink,
  createTrace,
} from '@ht/enricher-sdk';
import type { RowOf, Span, SpanKind, StatusCode, Trace, ViewDefinition, Columns } from '@ht/enricher-sdk';
import type { TraceRows } from '@ht/enricher-sdk/host';

/**
 * Options of {@link fixtureTraces}.
 *
 * @example
 * ```ts
 * const options: FixtureOptions = { traces: 50, seed: 7 };
 * ```
 */
export interface FixtureOptions {
  readonly traces: number;
  /** Same seed, same traces. Default 1. */
  readonly seed?: number;
  /** First trace start, unix µs. Default 2025-12-31T23:00:00Z, so traces cross a day boundary. */
  readonly startMicros?: number;
  /** Traces start spread over this span of time (µs). Default 2 hours. */
  readonly spreadMicros?: number;
  readonly tenantId?: string;
}

/**
 * 2025-12-31T23:00:00Z in unix µs.
 *
 * @example
 * ```ts
 * const midnight = FIXTURE_START_MICROS + 3_600_000_000; // 2026-01-01T00:00:00Z
 * ```
 */
export const FIXTURE_START_MICROS = 1_767_222_000_000_000;

const FIXTURE_SCOPE = createScope({ name: 'ht-fixture', version: '1.0.0' });

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (random: () => number, chars: number): string => {
  let out = '';
  while (out.length < chars)
    out += Math.floor(random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return out.slice(0, chars);
};

const ROUTES = ['GET /cart', 'POST /checkout', "GET /search?q=it's", 'GET /items/{id}'] as const;
const CALLEES = ['cart', 'checkout', 'payment', 'inventory'] as const;
/** Values that exercise escaping in every store. */
const AGENTS = ['curl/8.5', 'Mozilla/5.0 "quoted"', "O'Brien\\agent", 'naïve 🚀 ua', 'tab\tand\nnewline'] as const;

interface SpanPlan {
  readonly id: string;
  readonly parent: string;
  readonly service: string;
  readonly name: string;
  readonly kind: SpanKind;
  readonly start: number;
  readonly duration: number;
  readonly status: StatusCode;
  readonly attributes?: Readonly<Record<string, string>>;
}

function span(tenantId: string, traceId: string, p: SpanPlan, random: () => number): Span {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  return createSpan({
    tenantId,
    traceId,
    spanId: p.id,
    parentSpanId: p.parent,
    name: p.name,
    kind: p.kind,
    startTimeUnixNano: BigInt(p.start) * 1000n,
    endTimeUnixNano: BigInt(p.start + p.duration) * 1000n,
    statusCode: p.status,
    attributes: {
      'http.request.method': p.name.split(' ')[0] ?? 'GET',
      'http.response.status_code': BigInt(p.status === 'ERROR' ? 500 : 200),
      'user_agent.original': pick(AGENTS),
      'size.ratio': Math.round(random() * 1000) / 8,
      ...p.attributes,
    },
    resource: createResource({ attributes: { 'service.name': p.service } }),
    scope: FIXTURE_SCOPE,
    // Root spans link a span of another trace (the views of links); no random draw, so the rest stays as it was.
    links:
      p.parent === ''
        ? [
            createSpanLink({
              traceId: [...traceId].reverse().join(''),
              spanId: p.id,
              attributes: { 'link.kind': "retry's \\ origin" },
            }),
          ]
        : [],
    // Failed spans carry an exception event (for views of span events).
    events:
      p.status === 'ERROR'
        ? [
            createSpanEvent({
              name: 'exception',
              timeUnixNano: BigInt(p.start + 5) * 1000n,
              attributes: { 'exception.type': 'IOError', 'exception.message': "can't reach \\upstream" },
            }),
          ]
        : [],
  });
}

function traceSpans(tenantId: string, traceId: string, start: number, random: () => number, prefix: string): Span[] {
  const status = (): StatusCode => (random() < 0.15 ? 'ERROR' : random() < 0.5 ? 'OK' : 'UNSET');
  const route = ROUTES[Math.floor(random() * ROUTES.length)]!;
  const callee = CALLEES[Math.floor(random() * CALLEES.length)]!;
  const rootId = prefix + hex(random, 16 - prefix.length);
  const clientId = hex(random, 16);
  const serverId = hex(random, 16);
  const total = 1000 + Math.floor(random() * 200_000);
  const plans: SpanPlan[] = [
    {
      id: rootId,
      parent: '',
      service: 'frontend',
      name: route,
      kind: 'SERVER',
      start,
      duration: total,
      status: status(),
    },
    {
      id: clientId,
      parent: rootId,
      service: 'frontend',
      name: `call ${callee}`,
      kind: 'CLIENT',
      start: start + 10,
      duration: Math.floor(total / 2),
      status: status(),
    },
    {
      id: serverId,
      parent: clientId,
      service: callee,
      name: `${callee}.handle`,
      kind: 'SERVER',
      start: start + 20,
      duration: Math.floor(total / 3),
      status: status(),
    },
  ];
  if (random() < 0.5) {
    // An exit call to a database: a backend outside the traced world.
    plans.push({
      id: hex(random, 16),
      parent: serverId,
      service: callee,
      name: 'SELECT orders',
      kind: 'CLIENT',
      start: start + 30,
      duration: Math.floor(total / 5),
      status: 'UNSET',
      attributes: { 'db.system': 'postgresql', 'db.name': 'orders', 'server.address': 'db.internal' },
    });
  }
  return plans.map((p) => span(tenantId, traceId, p, random));
}

/**
 * Deterministic fixture traces (fragment 0): a frontend entry span calling one of four services, with
 * errors, durations, attributes whose values need escaping, and starts spread over a day boundary.
 *
 * @example
 * ```ts
 * const traces = fixtureTraces({ traces: 100, seed: 3 });
 * ```
 */
export function fixtureTraces(options: FixtureOptions): Trace[] {
  const random = prng(options.seed ?? 1);
  const tenantId = options.tenantId ?? 'default';
  const start = options.startMicros ?? FIXTURE_START_MICROS;
  const spread = options.spreadMicros ?? 2 * 3_600_000_000;
  const traces: Trace[] = [];
  for (let i = 0; i < options.traces; i++) {
    const traceId = hex(random, 32);
    const at = start + Math.floor(random() * spread);
    traces.push(createTrace({ spans: traceSpans(tenantId, traceId, at, random, '') }));
  }
  return traces;
}

/**
 * A late fragment of `trace` (fragment `n`, default 1): spans of the same trace that arrived after it
 * was emitted, with new span ids (a second visit to the frontend).
 *
 * @example
 * ```ts
 * const late = lateFragment(traces[0]!, 1);
 * ```
 */
export function lateFragment(trace: Trace, n = 1, seed = 99): Trace {
  const random = prng(seed + n);
  const first = trace.spans[0]!;
  const at = Number(first.startTimeUnixNano / 1000n) + 500;
  const spans = traceSpans(trace.tenantId, trace.traceId, at, random, `f${n}`).map((s, i) =>
    i === 0 ? createSpan({ ...s, attributes: s.attr, parentSpanId: first.spanId }) : s,
  );
  return createTrace({ spans, fragment: n });
}

/**
 * All rows of `view` for `traces`.
 *
 * @example
 * ```ts
 * const rows = viewRows(fixtureSpanEventView, traces);
 * ```
 */
export function viewRows<C extends Columns>(view: ViewDefinition<C>, traces: readonly Trace[]): RowOf<C>[] {
  return traces.flatMap((t) => [...view.fromTrace(t)]);
}

/**
 * The rows of each view for one trace, as a `ViewSink` takes them: what the host's `ViewMaterializer`
 * gives, computed here in line (no isolation, a throwing view throws). For tests and benches that feed a
 * `ViewSink` straight from traces.
 *
 * @example
 * ```ts
 * await sink.write(traces.map((t) => traceRows([fixtureSpanEventView], t)));
 * ```
 */
export function traceRows(views: readonly ViewDefinition[], trace: Trace): TraceRows {
  const rows = new Map<string, RowOf<Columns>[]>();
  for (const view of views) {
    const list = [...view.fromTrace(trace)];
    if (list.length > 0) rows.set(view.name, list);
  }
  return rows;
}
