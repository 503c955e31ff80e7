import { randomBytes } from 'node:crypto';

/** Random hex ids: 16 bytes for a trace, 8 for a span. */
export const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** A span to send: its service, ids, name, kind (OTLP's number), start and end after the trace's start. */
export interface PlannedSpan {
  readonly service: string;
  readonly spanId: string;
  readonly parentSpanId?: string | undefined;
  readonly name: string;
  readonly kind: number;
  /** Start and end, microseconds after the trace's start. */
  readonly start: number;
  readonly end: number;
  readonly error?: boolean;
  readonly attributes?: readonly { key: string; value: Record<string, string> }[];
  /** Links to spans of this trace or another. */
  readonly links?: readonly {
    traceId: string;
    spanId: string;
    attributes?: readonly { key: string; value: Record<string, string> }[];
  }[];
}

/** The OTLP/JSON body of planned traces whose start is `startNanos` (unix ns). */
function otlpBody(
  traces: readonly { readonly traceId: string; readonly spans: readonly PlannedSpan[] }[],
  startNanos: bigint,
): unknown {
  const services = [...new Set(traces.flatMap((t) => t.spans.map((s) => s.service)))];
  return {
    resourceSpans: services.map((service) => ({
      resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
      scopeSpans: [
        {
          scope: { name: 'ui-test' },
          spans: traces.flatMap(({ traceId, spans }) =>
            spans
              .filter((s) => s.service === service)
              .map((s) => ({
                traceId,
                spanId: s.spanId,
                ...(s.parentSpanId ? { parentSpanId: s.parentSpanId } : {}),
                name: s.name,
                kind: s.kind,
                startTimeUnixNano: String(startNanos + BigInt(s.start) * 1_000n),
                endTimeUnixNano: String(startNanos + BigInt(s.end) * 1_000n),
                attributes: s.attributes ?? [],
                ...(s.links ? { links: s.links.map((l) => ({ ...l, attributes: l.attributes ?? [] })) } : {}),
                ...(s.error ? { status: { code: 2, message: 'failed' } } : {}),
              })),
          ),
        },
      ],
    })),
  };
}

/** POSTs one OTLP/JSON body, retrying a busy pipeline's 429 (as an OTLP exporter would) with a fresh body. */
async function post(otlpHttpUrl: string, body: () => unknown): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(otlpHttpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body()),
    });
    if (response.ok) return;
    if (response.status !== 429 || attempt >= 60) {
      throw new Error(`the OTLP receiver answered ${response.status}: ${await response.text()}`);
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

/**
 * Sends traces (their spans planned as offsets, the last ending when sent) to an OTLP HTTP receiver in one
 * JSON request, so the grouper sees each trace's spans together. A busy pipeline's 429 is retried, as an
 * OTLP exporter would (with the times moved to the retry).
 *
 * @example
 * ```ts
 * await sendPlanned('http://127.0.0.1:6518/v1/traces', [{ traceId, spans }]);
 * ```
 */
export async function sendPlanned(
  otlpHttpUrl: string,
  traces: readonly { readonly traceId: string; readonly spans: readonly PlannedSpan[] }[],
): Promise<void> {
  const total = Math.max(...traces.flatMap((t) => t.spans.map((s) => s.end)));
  await post(otlpHttpUrl, () => otlpBody(traces, BigInt(Date.now() * 1_000 - total) * 1_000n));
}

/**
 * Sends one trace of `spanCount` spans to an OTLP HTTP receiver, ending when it is sent: a root (SERVER),
 * 100 batch spans under it and the rest spread under the batches, one after another, over five services,
 * one in 50 in error. `perRequest` spans go in each JSON request, in tree order (default: all in one, so the
 * grouper sees them together; 10,000, the grouper's `maxSpansPerTrace`, makes each request a fragment),
 * every request with the same start; `onAccepted` hears of each request answered 200. Resolves to the trace id.
 *
 * @example
 * ```ts
 * const traceId = await sendBigTrace('http://127.0.0.1:6518/v1/traces', 10_000);
 * ```
 */
export async function sendBigTrace(
  otlpHttpUrl: string,
  spanCount: number,
  perRequest = spanCount,
  onAccepted?: (requests: number, traceId: string) => void,
): Promise<string> {
  const traceId = hex(16);
  const rootId = hex(8);
  const batches = Array.from({ length: 100 }, () => hex(8));
  const leaves = spanCount - 1 - batches.length;
  const perBatch = Math.ceil(leaves / batches.length);
  const step = 100;
  const total = 1_000 + batches.length * perBatch * step;
  const planned: PlannedSpan[] = [
    { service: 'bulk-api', spanId: rootId, name: 'POST /bulk', kind: 2, start: 0, end: total },
  ];
  batches.forEach((spanId, b) => {
    const start = 500 + b * perBatch * step;
    planned.push({
      service: 'bulk-api',
      spanId,
      parentSpanId: rootId,
      name: `batch ${b}`,
      kind: 1,
      start,
      end: start + perBatch * step,
    });
  });
  for (let i = 0; i < leaves; i++) {
    const b = Math.floor(i / perBatch);
    const start = 500 + b * perBatch * step + (i % perBatch) * step;
    planned.push({
      service: `worker-${i % 5}`,
      spanId: hex(8),
      parentSpanId: batches[b],
      name: `item ${i}`,
      kind: 1,
      start,
      end: start + 80,
      error: i % 50 === 0,
      attributes: [{ key: 'item.index', value: { intValue: String(i) } }],
    });
  }
  if (perRequest >= spanCount) {
    await sendPlanned(otlpHttpUrl, [{ traceId, spans: planned }]);
    return traceId;
  }
  const startNanos = BigInt(Date.now() * 1_000 - total) * 1_000n;
  for (let from = 0; from < planned.length; from += perRequest) {
    const spans = planned.slice(from, from + perRequest);
    await post(otlpHttpUrl, () => otlpBody([{ traceId, spans }], startNanos));
    onAccepted?.(from / perRequest + 1, traceId);
  }
  return traceId;
}

/**
 * Waits until the query API has the trace with `spanCount` spans (every fragment stored), asking its
 * outline's span count every `everyMs`.
 *
 * @example
 * ```ts
 * await waitForTrace('http://127.0.0.1:4220', traceId, 10_000);
 * ```
 */
export async function waitForTrace(
  url: string,
  traceId: string,
  spanCount: number,
  timeoutMs = 120_000,
  everyMs = 2_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = 0;
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($t: String!) { traceOutline(traceId: $t) { spanCount } }',
        variables: { t: traceId },
      }),
    });
    const body = (await response.json()) as { data?: { traceOutline: { spanCount: number } | null } };
    seen = body.data?.traceOutline?.spanCount ?? 0;
    if (seen >= spanCount) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`trace ${traceId} has ${seen} of ${spanCount} spans after ${timeoutMs} ms`);
}
