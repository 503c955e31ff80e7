import type { DuckDBConnection } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { ReadPool } from '../../src/duckdb/ReadPool.js';

/** Stand-ins for connections: only their identity matters to the pool. */
const connections = (n: number): DuckDBConnection[] =>
  Array.from({ length: n }, (_, i) => ({ id: i, closeSync: () => undefined }) as unknown as DuckDBConnection);

/** A promise and its resolve function, to hold a query open. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('ReadPool', () => {
  it('runs as many queries at once as it has connections, each on its own, and the next one when one ends, in order', async () => {
    const pool = new ReadPool(connections(2));
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const used = new Map<number, DuckDBConnection>();
    const runs = gates.map((g, i) =>
      pool.use(async (c) => {
        started.push(i);
        used.set(i, c);
        await g.promise;
        return i;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]);
    expect(used.get(0)).not.toBe(used.get(1));
    gates[1]!.open();
    await runs[1];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    expect(used.get(2)).toBe(used.get(1));
    gates[0]!.open();
    gates[2]!.open();
    gates[3]!.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
  });

  it('gives the connection back when a query fails', async () => {
    const pool = new ReadPool(connections(1));
    await expect(pool.use(() => Promise.reject(new Error('Parser Error')))).rejects.toThrow('Parser Error');
    expect(await pool.use(() => Promise.resolve('next'))).toBe('next');
  });

  it('drain waits for the queries running and waiting, failed ones included', async () => {
    const pool = new ReadPool(connections(1));
    const g = gate();
    const ended: string[] = [];
    const first = pool.use(async () => {
      await g.promise;
      ended.push('first');
      throw new Error('interrupted');
    });
    const second = pool.use(async () => {
      ended.push('second');
      return Promise.resolve();
    });
    const drained = pool.drain().then(() => ended.push('drained'));
    await new Promise((r) => setImmediate(r));
    expect(ended).toEqual([]);
    g.open();
    await drained;
    expect(ended).toEqual(['first', 'second', 'drained']);
    await expect(first).rejects.toThrow('interrupted');
    await second;
  });
});
