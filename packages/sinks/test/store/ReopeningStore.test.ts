import { defineView } from '@ht/enricher-sdk';
import { HtError, isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import { isDuckDbStorageFault } from '../../src/duckdb/storageFaults.js';
import { ReopeningStore } from '../../src/store/ReopeningStore.js';
import type { ReopeningStoreOptions } from '../../src/store/ReopeningStore.js';
import type { ViewRow, ViewStore } from '../../src/store/ViewStore.js';

const view = defineView({
  name: 'v',
  version: '0.1.0',
  columns: { tenant_id: { type: 'string' }, id: { type: 'string' } },
  key: ['tenant_id', 'id'],
  *fromTrace() {},
});

const FULL = 'Failed to commit: Could not write file "/data/ht.duckdb.wal": File too large';

/** A store whose storage fails while `failing` is set: each store object records what it was asked. */
class FakeStore {
  static failing: string | undefined;
  readonly written: (readonly ViewRow[])[] = [];
  readonly ensured: string[] = [];
  closed = false;
  readonly capabilities = { maxConcurrentWrites: 2, batchRows: 10 } as ViewStore['capabilities'];
  async ensureTables(views: readonly { name: string }[]): Promise<void> {
    this.ensured.push(...views.map((v) => v.name));
  }
  async ensureRollups(): Promise<void> {}
  async write(_view: string, rows: readonly ViewRow[]): Promise<void> {
    if (this.closed) throw new HtError('LIFECYCLE', 'closed');
    if (FakeStore.failing !== undefined) throw new HtError('INTERNAL', `writing failed: ${FakeStore.failing}`);
    this.written.push(rows);
  }
  async query(): Promise<[]> {
    if (FakeStore.failing !== undefined) throw new Error('FATAL Error: database has been invalidated');
    return [];
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

function harness(options: Partial<ReopeningStoreOptions> = {}) {
  FakeStore.failing = undefined;
  const opened: FakeStore[] = [new FakeStore()];
  const events: string[] = [];
  let now = 0;
  let openFails = false;
  const store = new ReopeningStore(opened[0] as unknown as ViewStore, {
    location: '/data/ht.duckdb',
    open: async () => {
      if (openFails) throw new Error('IO Error: Cannot open file "/data/ht.duckdb": Permission denied');
      const s = new FakeStore();
      opened.push(s);
      return s as unknown as ViewStore;
    },
    isStorageFault: isDuckDbStorageFault,
    now: () => now,
    onFault: (e) => events.push(`fault: ${e.message}`),
    onReopen: (o) => events.push(`reopen after ${o.downMs} ms, ${o.attempts} attempt(s)`),
    onReopenFailed: (_e, attempt) => events.push(`reopen ${attempt} failed`),
    ...options,
  });
  return {
    store,
    opened,
    events,
    advance: (ms: number) => (now += ms),
    setOpenFails: (v: boolean) => (openFails = v),
  };
}

const rows = [{ tenant_id: 't', id: '1' }];

describe('ReopeningStore', () => {
  it('turns a storage fault into a retriable DEPENDENCY_UNAVAILABLE naming the location, reopens, and writes again', async () => {
    const { store, opened, events, advance } = harness();
    await store.ensureTables([view]);
    FakeStore.failing = FULL;
    const error = await store.write('v', rows).catch((e: unknown) => e);
    expect(isHtError(error, 'DEPENDENCY_UNAVAILABLE') && error.retriable).toBe(true);
    expect((error as Error).message).toContain('/data/ht.duckdb');
    expect((error as Error).message).toContain('File too large');
    expect(store.stats).toEqual({ faults: 1, reopens: 0, failedReopens: 0, broken: true });
    FakeStore.failing = undefined;
    advance(100);
    await store.write('v', rows);
    expect(opened).toHaveLength(2);
    expect(opened[0]!.closed).toBe(true);
    expect(opened[1]!.ensured).toEqual(['v']);
    expect(opened[1]!.written).toEqual([rows]);
    expect(store.stats).toEqual({ faults: 1, reopens: 1, failedReopens: 0, broken: false });
    expect(events).toEqual([
      expect.stringContaining('fault: the store at /data/ht.duckdb'),
      'reopen after 100 ms, 1 attempt(s)',
    ]);
  });

  it('waits a doubling backoff between reopens while the storage keeps failing, and tells of the outage once', async () => {
    const { store, events, advance, setOpenFails } = harness({ baseDelayMs: 100, maxDelayMs: 400 });
    await store.ensureTables([view]);
    FakeStore.failing = FULL;
    await expect(store.write('v', rows)).rejects.toThrow(/File too large/);
    setOpenFails(true);
    // Reopen 1 fails; within its backoff (100 ms) no reopen is tried, the last error is given.
    await expect(store.write('v', rows)).rejects.toThrow(/could not be reopened.*Permission denied/);
    advance(50);
    await expect(store.write('v', rows)).rejects.toThrow(/could not be reopened/);
    expect(store.stats.failedReopens).toBe(1);
    advance(50);
    await expect(store.write('v', rows)).rejects.toThrow(/could not be reopened/);
    expect(store.stats.failedReopens).toBe(2);
    // Then 200, then capped at 400.
    advance(199);
    await expect(store.write('v', rows)).rejects.toThrow();
    expect(store.stats.failedReopens).toBe(2);
    advance(1);
    await expect(store.write('v', rows)).rejects.toThrow();
    advance(400);
    await expect(store.write('v', rows)).rejects.toThrow();
    expect(store.stats.failedReopens).toBe(4);
    // Reopened while writes still fail: one more fault of the same outage, the backoff kept.
    setOpenFails(false);
    advance(400);
    await expect(store.write('v', rows)).rejects.toThrow(/File too large/);
    FakeStore.failing = undefined;
    await expect(store.write('v', rows)).rejects.toThrow(/File too large/);
    advance(400);
    await store.write('v', rows);
    expect(store.stats).toMatchObject({ reopens: 2, failedReopens: 4, broken: false });
    expect(events.filter((e) => e.startsWith('fault'))).toHaveLength(1);
  });

  it('passes other errors through untouched and without reopening', async () => {
    const { store, opened } = harness();
    await store.ensureTables([view]);
    FakeStore.failing = 'a bug';
    await expect(store.write('v', rows)).rejects.toThrow(/writing failed: a bug/);
    expect(store.stats.broken).toBe(false);
    expect(opened).toHaveLength(1);
  });

  it('reopens after a fault seen by a query too (DuckDB invalidated the database)', async () => {
    const { store, opened, advance } = harness();
    FakeStore.failing = 'x';
    await expect(store.query({ view: 'v', tenantId: 't', select: [] })).rejects.toMatchObject({
      code: 'DEPENDENCY_UNAVAILABLE',
      retriable: true,
    });
    FakeStore.failing = undefined;
    advance(100);
    await expect(store.query({ view: 'v', tenantId: 't', select: [] })).resolves.toEqual([]);
    expect(opened).toHaveLength(2);
  });

  it('reopens after a storage fault reported from outside an operation (a failed checkpoint), only of the current store', async () => {
    const { store, opened, events, advance } = harness();
    await store.ensureTables([view]);
    // Not a storage fault: ignored.
    store.reportFault(new Error('Cannot CHECKPOINT: other write transactions are active'));
    expect(store.stats.faults).toBe(0);
    store.reportFault(new Error('FATAL Error: Failed to create checkpoint because of error: ' + FULL));
    expect(store.stats).toEqual({ faults: 1, reopens: 0, failedReopens: 0, broken: true });
    advance(100);
    await store.write('v', rows);
    expect(opened).toHaveLength(2);
    expect(opened[1]!.written).toEqual([rows]);
    // A late report from the store already replaced is counted, and reopens nothing.
    store.reportFault(new Error(FULL), opened[0] as unknown as ViewStore);
    expect(store.stats).toEqual({ faults: 2, reopens: 1, failedReopens: 0, broken: false });
    expect(events).toEqual([
      expect.stringContaining('Failed to create checkpoint'),
      'reopen after 100 ms, 1 attempt(s)',
    ]);
  });

  it('closes the current store and refuses further use', async () => {
    const { store, opened } = harness();
    await store.close();
    expect(opened[0]!.closed).toBe(true);
    await expect(store.write('v', rows)).rejects.toMatchObject({ code: 'LIFECYCLE' });
  });
});

describe('isDuckDbStorageFault', () => {
  it("knows DuckDB's storage errors, through causes, and not a lock held by another process", () => {
    for (const message of [
      FULL,
      'FATAL Error: Failed: database has been invalidated because of a previous fatal error. The database must be restarted prior to being used again.',
      'Failed to create checkpoint because of error: Could not remove file "/d/x.duckdb.wal": Permission denied',
      'IO Error: Could not write file "/d/x.duckdb": No space left on device',
    ]) {
      expect(isDuckDbStorageFault(new Error(message)), message).toBe(true);
    }
    expect(isDuckDbStorageFault(new HtError('INTERNAL', 'writing failed', { cause: new Error(FULL) }))).toBe(true);
    expect(
      isDuckDbStorageFault(new Error('IO Error: Could not set lock on file "/d/x.duckdb": Conflicting lock')),
    ).toBe(false);
    expect(isDuckDbStorageFault(new Error('Conversion Error: could not convert string'))).toBe(false);
    expect(isDuckDbStorageFault(undefined)).toBe(false);
  });
});
