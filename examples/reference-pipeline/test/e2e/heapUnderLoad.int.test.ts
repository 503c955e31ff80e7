import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@ht/services';
import { afterAll, describe, expect, it } from 'vitest';
import { benchPayload } from '../../bench/benchPayload.js';
import { driveLoad } from '../../bench/driveLoad.js';
import { metricValues, startHt, waitFor } from './htProcess.js';
import type { HtProcess } from './htProcess.js';

/** Spans per second offered (HT_LOAD_TEST_RATE, default the 2,000). */
const RATE = Number(process.env['HT_LOAD_TEST_RATE'] ?? 2_000);
/**
 * The sustained rate asserted (HT_LOAD_TEST_MIN_RATE). Low by default: this 2-core machine, shared by
 * several sessions (CPU pressure 98%, load average 16-20), sustained 120-1,100 spans/s of the 2,000
 * offered (docs/reliability.md); on a quiet machine set it to 1800.
 */
const MIN_RATE = Number(process.env['HT_LOAD_TEST_MIN_RATE'] ?? 50);
/**
 * Longer than the grouping gap (1 s) + allowed lateness (5 s), while emitted traces are remembered, and
 * than the first minute in which the heap still settles (JIT, caches, the first DuckDB batches): with a
 * 30 s warm-up it still grew ~1.5 MiB in the next minute, then stayed flat (docs/reliability.md).
 */
const WARM_UP_MS = 60_000;
/** 90 s: the heap after GC swings ±2-3 MiB with the spans in flight at the instant, so 60 s fitted a slope of
 * ±1 MiB/min from that alone. */
const MEASURED_MS = 90_000;

describe('the heap of ht stays flat under a steady load (docs/reliability.md, "Load and soak")', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ht-heap-'));
  let ht: HtProcess | undefined;
  afterAll(async () => {
    await ht?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it(`offered ${RATE} spans/s with fresh trace ids, its heap after a forced GC grows < 1 MiB/min after the warm-up (net of the spans in flight)`, async () => {
    const [otlpHttp, ops, ui] = [await freePort(), await freePort(), await freePort()];
    const file = join(dir, 'ht.yaml');
    writeFileSync(
      file,
      [
        `store: { type: duckdb, path: ${join(dir, 'data', 'ht.duckdb')}, memoryLimit: 512MB }`,
        `ops: { port: ${ops} }`,
        `ui: { port: ${ui} }`,
        'logging: { level: warn, format: json }',
        'receivers:',
        '  endpoints: [otlpHttp]',
        `  ports: { otlpHttp: ${otlpHttp} }`,
        'grouper: { gapMs: 1s, allowedLatenessMs: 5s }',
        'sink: { maxDelayMs: 500ms }',
        // A backlog (ht slower than the load: a busy machine) is bounded here, not on the heap: beyond
        // these spans in flight the receivers answer 429 and the load client sends again later. Spans are
        // acknowledged once stored (~3 s after receipt: gap, sink delay, write), so 2,000 spans/s keep
        // ~6,000 in the channel: 4,000 capped the rate near 1,300 spans/s on an idle machine.
        'channel: { capacity: 12000 }',
        'retention: off',
        '',
      ].join('\n'),
    );
    ht = await startHt(['run', '--config', file], { nodeArgs: ['--expose-gc'] });
    const templateFile = join(dir, 'request.json');
    writeFileSync(templateFile, JSON.stringify(await benchPayload(16)));
    const result = await driveLoad({
      url: `http://127.0.0.1:${otlpHttp}/v1/traces`,
      opsUrl: ht.opsUrl,
      graphqlUrl: `http://127.0.0.1:${ui}/graphql`,
      templateFile,
      spansPerSecond: RATE,
      durationMs: WARM_UP_MS + MEASURED_MS,
      warmUpMs: WARM_UP_MS,
      sampleEveryMs: 5_000,
    });
    const rss = result.samples.map((s) => `${s.seconds.toFixed(0)} s ${s.rssMiB.toFixed(0)}`).join(', ');
    const heap = result.samples.map((s) => `${s.heapMiB.toFixed(1)} (${s.heldSpans ?? '?'} held)`).join(', ');
    const measuredSpans = Math.round((result.sustainedSpansPerSecond * MEASURED_MS) / 1000);
    console.log(
      `ht offered ${RATE} spans/s: sustained ${Math.round(result.sustainedSpansPerSecond)} spans/s (~${measuredSpans} spans in the ` +
        `measured minute), ${result.load.retries} requests retried after a 429; ` +
        `receipt → queryable p50 ${Math.round(result.p50Ms)} ms, p99 ${Math.round(result.p99Ms)} ms (${result.probes} probes, ${result.refusedProbes} refused 429); ` +
        `heap after GC (MiB, spans held in the channel) ${heap}: slope ${result.heapSlopeMiBPerMinute.toFixed(2)} MiB/min net of ` +
        `the spans held (${result.heapMiBPerThousandHeld.toFixed(2)} MiB per 1,000 held), ${result.rawHeapSlopeMiBPerMinute.toFixed(2)} without; ` +
        `RSS (MiB) ${rss}: slope ${result.rssSlopeMiBPerMinute.toFixed(1)} MiB/min`,
    );
    expect(result.load.failed).toBe(0);
    expect(result.sustainedSpansPerSecond).toBeGreaterThanOrEqual(MIN_RATE);
    expect(result.samples.every((s) => s.afterGc && s.heldSpans !== undefined)).toBe(true);
    expect(result.samples.filter((s) => s.seconds * 1000 >= WARM_UP_MS).length).toBeGreaterThanOrEqual(17);
    expect(result.unansweredProbes).toBe(0);
    expect(result.heapSlopeMiBPerMinute).toBeLessThan(1);

    // Everything accepted is acknowledged (stored), then ht stops cleanly.
    const total = async (family: string): Promise<number> =>
      (await metricValues(ht!.opsUrl, family)).reduce((sum, s) => sum + s.value, 0);
    const accepted = await total('ht_span_channel_spans_accepted_total');
    expect(accepted).toBeGreaterThanOrEqual(result.load.spans);
    await waitFor(
      'every accepted span stored',
      () => total('ht_span_channel_spans_acknowledged_total'),
      (n) => n >= accepted,
      30_000,
    );
    expect(await ht.stop()).toBe(0);
  }, 300_000);
});
