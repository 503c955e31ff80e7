import { HtError } from '@ht/stream-core';
import { flushAsync, VirtualClock } from '@ht/stream-core/testing';
import { describe, expect, it } from 'vitest';
import { ViewSink } from '../../src/index.js';
import type { Query, QueryRow, StoreCapabilities, ViewCatalogEntry, ViewRow, ViewStore } from '../../src/index.js';
import type { Trace, ViewDefinition } from '@ht/enricher-sdk';
import type { TraceRows } from '@ht/enricher-sdk/host';
import {
  fixtureTraces,
  fixtureSpanEventView,
  fixtureRawTraceView,
  traceRows,
  viewRows,
} from '../../src/testing/index.js';

/** What the views' step gives the sink for these traces. */
const rowsOf = (views: readonly ViewDefinition[], traces: readonly Trace[]): TraceRows[] =>
  traces.map((t) => traceRows(views, t));

/** A store double: records every write, fails or blocks writes on demand. */
class FakeStore implements ViewStore {
  readonly capabilities: StoreCapabilities = {
    engine: 'fake',
    dialect: 'duckdb',
    dedup: 'on-write',
    traceLookup: false,
    rollups: 'on-query',
    retention: 'delete',
    maxConcurrentWrites: 2,
    batchRows: 50_000,
  };
  readonly writes: { view: string; rows: number }[] = [];
  running = 0;
  maxRunning = 0;
  failures: Error[] = [];
  gate: Promise<void> | undefined;
  async ensureTables(): Promise<void> {}
  async catalog(): Promise<ViewCatalogEntry[]> {
    return [];
  }
  async write(view: string, rows: readonly ViewRow[]): Promise<void> {
    this.running++;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    try {
      if (this.gate) await this.gate;
      const failure = this.failures.shift();
      if (failure) throw failure;
      this.writes.push({ view, rows: rows.length });
    } finally {
      this.running--;
    }
  }
  async query(_q: Query): Promise<QueryRow[]> {
    return [];
  }
  async traceRows(): Promise<QueryRow[]> {
    return [];
  }
  async expire(): Promise<void> {}
  async ensureRollups(): Promise<void> {}
  async rebuildRollup(): Promise<void> {}
  async queryRollup(): Promise<QueryRow[]> {
    return [];
  }
  async rebuiltRollupMinutes(): Promise<undefined> {
    return undefined;
  }
  async close(): Promise<void> {}
}

const traces = fixtureTraces({ traces: 30, seed: 5 });
const spansOf = (n: number): number => viewRows(fixtureSpanEventView, traces.slice(0, n)).length;

function track(p: Promise<void>): { settled: boolean; error: unknown } {
  const state = { settled: false, error: undefined as unknown };
  p.then(
    () => (state.settled = true),
    (e: unknown) => {
      state.settled = true;
      state.error = e;
    },
  );
  return state;
}

describe('ViewSink', () => {
  it('batches by rows and acknowledges a write only when all its rows are durable', async () => {
    const store = new FakeStore();
    const clock = new VirtualClock(0);
    const sink = new ViewSink(store, [fixtureSpanEventView, fixtureRawTraceView], {
      maxRows: 10,
      maxDelayMs: 1_000,
      clock,
    });
    const first = track(sink.write(rowsOf([fixtureSpanEventView, fixtureRawTraceView], traces.slice(0, 2))));
    await flushAsync();
    expect(store.writes).toEqual([]);
    expect(first.settled).toBe(false);
    clock.advance(1_000);
    await flushAsync();
    expect(store.writes).toEqual([
      { view: 'fixture_span_event_view', rows: spansOf(2) },
      { view: 'fixture_raw_trace_view', rows: 2 },
    ]);
    expect(first).toEqual({ settled: true, error: undefined });
    const second = sink.write(rowsOf([fixtureSpanEventView, fixtureRawTraceView], traces.slice(2, 12)));
    await sink.flush();
    await second;
    expect(
      store.writes
        .filter((w) => w.view === 'fixture_span_event_view')
        .slice(1)
        .every((w) => w.rows <= 10),
    ).toBe(true);
    expect(sink.stats.rowsWritten).toBe(spansOf(12) + 12);
  });

  it("cuts batches at the store's batchRows unless maxRows is given", async () => {
    const store = Object.assign(new FakeStore(), {
      capabilities: { ...new FakeStore().capabilities, batchRows: 7 },
    });
    const sink = new ViewSink(store, [fixtureSpanEventView], { maxDelayMs: 60_000 });
    const write = sink.write(rowsOf([fixtureSpanEventView], traces));
    await sink.flush();
    await write;
    const sizes = store.writes.map((w) => w.rows);
    expect(sizes.slice(0, -1).every((n) => n === 7)).toBe(true);
    expect(sizes.reduce((a, n) => a + n, 0)).toBe(spansOf(30));
  });

  it('cuts a batch at the byte bound', async () => {
    const store = new FakeStore();
    const sink = new ViewSink(store, [fixtureSpanEventView], {
      maxRows: 1_000_000,
      maxBytes: 2_000,
      maxDelayMs: 60_000,
    });
    const write = sink.write(rowsOf([fixtureSpanEventView], traces));
    await flushAsync();
    expect(store.writes.length).toBeGreaterThan(3);
    await sink.flush();
    await write;
    expect(store.writes.reduce((a, w) => a + w.rows, 0)).toBe(spansOf(30));
  });

  it('keeps at most maxInFlight inserts running', async () => {
    const store = new FakeStore();
    let open!: () => void;
    store.gate = new Promise((resolve) => (open = resolve));
    const sink = new ViewSink(store, [fixtureSpanEventView], { maxRows: 5, maxInFlight: 2, maxPendingRows: 10_000 });
    const write = sink.write(rowsOf([fixtureSpanEventView], traces));
    await flushAsync();
    expect(store.running).toBe(2);
    open();
    await write;
    expect(store.maxRunning).toBe(2);
  });

  it('retries retriable errors with backoff, then acknowledges', async () => {
    const store = new FakeStore();
    const down = new HtError('DEPENDENCY_UNAVAILABLE', 'ECONNREFUSED', { retriable: true });
    store.failures = [down, down, down];
    const sink = new ViewSink(store, [fixtureRawTraceView], {
      maxRows: 100,
      maxDelayMs: 0,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    await sink.write(rowsOf([fixtureRawTraceView], traces.slice(0, 3)));
    expect(sink.stats.retries).toBe(3);
    expect(store.writes).toEqual([{ view: 'fixture_raw_trace_view', rows: 3 }]);
  });

  it('rejects every write of a batch that failed for good', async () => {
    const store = new FakeStore();
    store.failures = [new HtError('CONFIG_INVALID', 'table is gone')];
    const clock = new VirtualClock(0);
    const sink = new ViewSink(store, [fixtureRawTraceView], { maxRows: 100, maxDelayMs: 10, clock });
    const a = track(sink.write(rowsOf([fixtureRawTraceView], traces.slice(0, 1))));
    const b = track(sink.write(rowsOf([fixtureRawTraceView], traces.slice(1, 2))));
    clock.advance(10);
    await flushAsync();
    expect((a.error as HtError).message).toBe('table is gone');
    expect((b.error as HtError).message).toBe('table is gone');
  });

  it('makes writers wait (backpressure) while maxPendingRows are not durable yet', async () => {
    const store = new FakeStore();
    let open!: () => void;
    store.gate = new Promise((resolve) => (open = resolve));
    const sink = new ViewSink(store, [fixtureRawTraceView], { maxRows: 5, maxPendingRows: 10, maxInFlight: 1 });
    const first = track(sink.write(rowsOf([fixtureRawTraceView], traces.slice(0, 10))));
    const second = track(sink.write(rowsOf([fixtureRawTraceView], traces.slice(10, 15))));
    await flushAsync();
    expect(sink.stats.bufferedRows).toBe(0);
    expect(first.settled || second.settled).toBe(false);
    open();
    await flushAsync();
    await sink.flush();
    expect(first).toEqual({ settled: true, error: undefined });
    expect(second).toEqual({ settled: true, error: undefined });
    expect(store.writes.reduce((a, w) => a + w.rows, 0)).toBe(15);
  });

  it('refuses a bad row at once, naming view, row and column, and buffers nothing of that write', async () => {
    const store = new FakeStore();
    const broken = {
      ...fixtureSpanEventView,
      fromTrace: (t: (typeof traces)[number]) =>
        [...fixtureSpanEventView.fromTrace(t)].map((r, i) => (i === 1 ? { ...r, duration_micros: -1 } : r)),
    };
    const sink = new ViewSink(store, [broken]);
    await expect(sink.write(rowsOf([broken], traces.slice(0, 1)))).rejects.toThrow(
      "view fixture_span_event_view, row 1, column 'duration_micros': expected uint64, got -1 (number)",
    );
    expect(sink.stats.bufferedRows).toBe(0);
  });

  it('refuses rows of a view it was not given, naming it, and buffers nothing of that write', async () => {
    const sink = new ViewSink(new FakeStore(), [fixtureRawTraceView]);
    await expect(sink.write(rowsOf([fixtureRawTraceView, fixtureSpanEventView], traces.slice(0, 1)))).rejects.toThrow(
      "rows for view 'fixture_span_event_view', which this sink was not given (views: fixture_raw_trace_view)",
    );
    expect(sink.stats.bufferedRows).toBe(0);
  });

  it('takes traces for which some or all views gave no rows', async () => {
    const store = new FakeStore();
    const sink = new ViewSink(store, [fixtureSpanEventView, fixtureRawTraceView], { maxDelayMs: 0 });
    await sink.write([new Map(), new Map([['fixture_raw_trace_view', []]])]);
    expect(store.writes).toEqual([]);
    await sink.write(rowsOf([fixtureRawTraceView], traces.slice(0, 2)));
    await sink.flush();
    expect(store.writes).toEqual([{ view: 'fixture_raw_trace_view', rows: 2 }]);
  });

  it('under invalidRows: drop, leaves a misfit row out, reports it, and writes the rest', async () => {
    const store = new FakeStore();
    const broken = {
      ...fixtureSpanEventView,
      fromTrace: (t: (typeof traces)[number]) =>
        [...fixtureSpanEventView.fromTrace(t)].map((r, i) => (i === 1 ? { ...r, duration_micros: -1 } : r)),
    };
    const dropped: string[] = [];
    const sink = new ViewSink(store, [broken], {
      invalidRows: 'drop',
      onInvalidRow: (error) => dropped.push(error.message),
      maxDelayMs: 0,
    });
    await sink.write(rowsOf([broken], traces.slice(0, 2)));
    await sink.flush();
    expect(dropped).toEqual([
      "view fixture_span_event_view, row 1, column 'duration_micros': expected uint64, got -1 (number)",
      `view fixture_span_event_view, row ${spansOf(1) + 1}, column 'duration_micros': expected uint64, got -1 (number)`,
    ]);
    expect(store.writes.reduce((a, w) => a + w.rows, 0)).toBe(spansOf(2) - 2);
  });
});
