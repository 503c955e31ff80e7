import { describe, expect, it } from 'vitest';
import { QueryLimitError } from '../../src/index.js';
import { HtError } from '@ht/stream-core';
import { limitForMaxRows, runWithLimits } from '../../src/query/runWithLimits.js';

/** A run that never ends by itself: it resolves with `[]` only when its signal aborts (an engine that stops). */
const endless = (seen: AbortSignal[]) => (signal: AbortSignal) =>
  new Promise<number[]>((resolve) => {
    seen.push(signal);
    signal.addEventListener('abort', () => resolve([]));
  });

describe('runWithLimits', () => {
  it('rejects at the deadline with a QueryLimitError naming timeoutMs, and aborts the run', async () => {
    const seen: AbortSignal[] = [];
    const error = await runWithLimits('v', { timeoutMs: 20 }, endless(seen)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryLimitError);
    expect(error).toMatchObject({ limit: 'timeoutMs', code: 'TIMEOUT', retriable: false });
    expect((error as Error).message).toBe("query on 'v' exceeded timeoutMs (20 ms)");
    expect(seen[0]?.aborted).toBe(true);
  });

  it('rejects on time even when the engine ignores the abort', async () => {
    const started = Date.now();
    const never = () => new Promise<number[]>(() => undefined);
    await expect(runWithLimits('v', { timeoutMs: 30 }, never)).rejects.toMatchObject({ limit: 'timeoutMs' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('cancels when the caller aborts, and never runs with an already aborted signal', async () => {
    const controller = new AbortController();
    const seen: AbortSignal[] = [];
    const running = runWithLimits('v', { signal: controller.signal }, endless(seen));
    controller.abort(new Error('closed tab'));
    await expect(running).rejects.toMatchObject({
      limit: 'signal',
      message: "query on 'v' was cancelled: its signal aborted (closed tab)",
    });
    let ran = false;
    await expect(
      runWithLimits('v', { signal: controller.signal }, async () => {
        ran = true;
        return [];
      }),
    ).rejects.toMatchObject({ limit: 'signal' });
    expect(ran).toBe(false);
  });

  it('reports an engine timeout under timeoutMs as that limit, and passes other errors through', async () => {
    const engineTimeout = new HtError('TIMEOUT', 'ClickHouse: Code: 159 Timeout exceeded');
    await expect(runWithLimits('v', { timeoutMs: 5_000 }, () => Promise.reject(engineTimeout))).rejects.toMatchObject({
      limit: 'timeoutMs',
      cause: engineTimeout,
    });
    const other = new HtError('INTERNAL', 'boom');
    await expect(runWithLimits('v', { timeoutMs: 5_000 }, () => Promise.reject(other))).rejects.toBe(other);
  });

  it('rejects more than maxRows rows with RESOURCE_EXHAUSTED, returns maxRows rows as they are', async () => {
    await expect(runWithLimits('v', { maxRows: 3 }, async () => [1, 2, 3])).resolves.toEqual([1, 2, 3]);
    await expect(runWithLimits('v', { maxRows: 2 }, async () => [1, 2, 3])).rejects.toMatchObject({
      limit: 'maxRows',
      code: 'RESOURCE_EXHAUSTED',
      message: expect.stringContaining('more than maxRows (2) rows') as unknown,
    });
  });

  it('refuses limits that are not positive numbers', async () => {
    await expect(runWithLimits('v', { timeoutMs: -1 }, async () => [])).rejects.toThrow(
      /timeoutMs must be a positive number/,
    );
    await expect(runWithLimits('v', { maxRows: 1.5 }, async () => [])).rejects.toThrow(
      /maxRows must be a non-negative integer/,
    );
  });

  it('limitForMaxRows reads at most maxRows + 1 rows', () => {
    const q = { view: 'v', tenantId: 'default', select: [] };
    expect(limitForMaxRows(q, undefined)).toBe(q);
    expect(limitForMaxRows(q, 10).limit).toBe(11);
    expect(limitForMaxRows({ ...q, limit: 5 }, 10).limit).toBe(5);
    expect(limitForMaxRows({ ...q, limit: 50 }, 10).limit).toBe(11);
  });
});
