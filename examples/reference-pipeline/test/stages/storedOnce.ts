import { expect } from 'vitest';
import type { SentSpan } from '../e2e/tracedService.js';
import type { StagePipeline, StoredSpan } from './stagePipeline.js';

const key = (s: { readonly traceId: string; readonly spanId: string }): string => `${s.traceId}:${s.spanId}`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What {@link expectStoredOnceEnriched} found. */
export interface StoredOnce {
  /** Every span of `span_event_view FINAL`, as the last poll read it. */
  readonly stored: readonly StoredSpan[];
  /** How long until every span sent was there, ms. */
  readonly drainMs: number;
}

/**
 * Waits (polling every 500 ms, at most `timeoutMs`) until every span sent is in the pipeline's
 * `span_event_view`, then asserts what the stage tests prove: the spans sent and nothing else, each once as
 * queries read it (FINAL), each with the built-in enrichment its client expects.
 */
export async function expectStoredOnceEnriched(
  pipeline: StagePipeline,
  sent: readonly SentSpan[],
  timeoutMs = 90_000,
): Promise<StoredOnce> {
  const started = Date.now();
  let stored = await pipeline.storedSpans();
  for (;;) {
    const keys = new Set(stored.map((r) => `${r.trace_id}:${r.span_id}`));
    const missing = sent.filter((s) => !keys.has(key(s))).length;
    if (missing === 0) break;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`${missing} of ${sent.length} spans sent are not stored after ${timeoutMs} ms`);
    }
    await sleep(500);
    stored = await pipeline.storedSpans();
  }
  const drainMs = Date.now() - started;
  expect(stored.map((r) => `${r.trace_id}:${r.span_id}`).sort()).toEqual(sent.map(key).sort());
  expect(stored.filter((r) => r.copies !== 1)).toEqual([]);
  const bySpanId = new Map(stored.map((r) => [r.span_id, r]));
  for (const span of sent) {
    const e = span.expected;
    expect(bySpanId.get(span.spanId), `${span.service} ${span.name}`).toMatchObject({
      service_name: span.service,
      span_type: e.spanType,
      protocol: e.protocol,
      api_name: e.apiName,
      backend_name: e.backendName ?? '',
      error_count: e.errorCount,
    });
  }
  return { stored, drainMs };
}
