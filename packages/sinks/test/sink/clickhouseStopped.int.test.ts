import { throwawayClickHouse } from '@ht/services';
import type { ThrowawayClickHouse } from '@ht/services';
import { Job } from '@ht/stream-core';
import { MemorySource } from '@ht/stream-core/testing';
import type { Trace } from '@ht/enricher-sdk';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, createClickHouseStore, sum, ViewSink } from '../../src/index.js';
import type { ClickHouseStore } from '../../src/index.js';
import {
  fixtureTraces,
  fixtureRawTraceView,
  fixtureSpanEventView,
  traceRows,
  viewRows,
} from '../../src/testing/index.js';

async function waitFor(what: string, check: () => boolean, timeoutMs = 30_000): Promise<void> {
  for (let waited = 0; !check(); waited += 20) {
    if (waited > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

let ch: ThrowawayClickHouse;
let store: ClickHouseStore;
beforeAll(async () => {
  ch = await throwawayClickHouse();
  await ch.start();
  store = await createClickHouseStore({ url: ch.url, database: 'ht', requestTimeoutMs: 5_000 });
  await store.ensureTables([fixtureSpanEventView, fixtureRawTraceView]);
}, 90_000);
afterAll(async () => {
  await store?.close();
  await ch?.destroy();
}, 30_000);

describe('ViewSink on ClickHouse stopped mid-stream (a private clickhouse-server)', () => {
  it('pauses the pipeline, loses nothing, acknowledges nothing early, and resumes when ClickHouse returns', async () => {
    const traces = fixtureTraces({ traces: 2_000, seed: 31 });
    // Unbounded: the first traces flow, then ClickHouse stops, then the rest arrive.
    const source = new MemorySource<Trace>({
      partitions: { '0': traces.slice(0, 200), '1': traces.slice(1_000, 1_200) },
      batchSize: 20,
      bounded: false,
    });
    const sink = new ViewSink(store, [fixtureSpanEventView, fixtureRawTraceView], {
      maxRows: 400,
      maxDelayMs: 20,
      retry: { baseDelayMs: 50, maxDelayMs: 400 },
    });
    const job = new Job({ name: 'clickhouse-stopped' });
    job
      .source(source, { credits: 200 })
      .map((t) => traceRows([fixtureSpanEventView, fixtureRawTraceView], t))
      .to(sink);
    await job.start();
    await waitFor('the first batches', () => sink.stats.batches >= 2);
    await ch.stop();
    source.push('0', traces.slice(200, 1_000));
    source.push('1', traces.slice(1_200));
    await waitFor(
      'retries and paused sources',
      () => sink.stats.retries > 2 && source.isPaused('0') && source.isPaused('1'),
    );
    const acked = JSON.stringify([...source.acked]);
    const writtenWhileDown = sink.stats.rowsWritten;
    await sleep(500);
    expect(JSON.stringify([...source.acked])).toBe(acked);
    expect(sink.stats.rowsWritten).toBe(writtenWhileDown);
    expect(job.status).toBe('running');
    expect(sink.stats.bufferedRows + sink.stats.inFlight * 400).toBeLessThanOrEqual(200 * 5 * 2);
    await ch.start();
    source.end();
    await job.done;
    expect(source.acked.get('0')).toBe(999);
    expect(source.acked.get('1')).toBe(999);
    expect(source.pauses).toBeGreaterThan(0);
    const [spans] = await store.query({
      view: 'fixture_span_event_view',
      tenantId: 'default',
      select: [count('n'), sum('duration_micros', 'd')],
    });
    const expected = viewRows(fixtureSpanEventView, traces);
    expect(spans).toEqual({ n: expected.length, d: expected.reduce((a, r) => a + Number(r.duration_micros), 0) });
    const [rawTraces] = await store.query({
      view: 'fixture_raw_trace_view',
      tenantId: 'default',
      select: [count('n')],
    });
    expect(rawTraces).toEqual({ n: traces.length });
  }, 120_000);
});
