import { defineView } from '@ht/enricher-sdk';
import type { Trace } from '@ht/enricher-sdk';
import { Job } from '@ht/stream-core';
import { MemorySource } from '@ht/stream-core/testing';
import { describe, expect, it } from 'vitest';
import { count, createDuckDbStore, ViewSink } from '../../src/index.js';
import { fixtureTraces, fixtureSpanEventView, traceRows } from '../../src/testing/index.js';

describe('a view producing a wrong-typed row, in a running job (DuckDB)', () => {
  it('fails the job with an error naming view, row and column, and writes nothing of that batch', async () => {
    const store = await createDuckDbStore({ path: ':memory:' });
    // A buggy user view: the 3rd row of each trace carries a string where a uint64 belongs.
    const buggy = defineView({
      ...fixtureSpanEventView,
      key: ['tenant_id', 'trace_id', 'span_id'],
      timeColumn: 'start_time',
      sortBy: ['tenant_id', 'service_name', 'span_name', 'start_time'],
      *fromTrace(trace: Trace) {
        let i = 0;
        for (const row of fixtureSpanEventView.fromTrace(trace))
          yield i++ === 2 ? { ...row, duration_micros: '12ms' as unknown as number } : row;
      },
    });
    try {
      await store.ensureTables([buggy]);
      const job = new Job({ name: 'bad-rows' });
      job
        .source(new MemorySource<Trace>({ partitions: { '0': fixtureTraces({ traces: 5 }) }, batchSize: 5 }))
        .map((t) => traceRows([buggy], t))
        .to(new ViewSink(store, [buggy]));
      await job.start();
      await expect(job.done).rejects.toThrow(
        /view fixture_span_event_view, row 2, column 'duration_micros': expected uint64, got "12ms" \(string\)/,
      );
      expect(await store.query({ view: 'fixture_span_event_view', tenantId: 'default', select: [count('n')] })).toEqual(
        [{ n: 0 }],
      );
    } finally {
      await store.close();
    }
  });
});
