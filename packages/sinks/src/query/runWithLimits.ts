import { HtError } from '@ht/stream-core';
import type { Query } from './Query.js';
import { QueryLimitError } from './QueryLimitError.js';
import type { QueryOptions } from './QueryOptions.js';

function checkOptions(view: string, options: QueryOptions): void {
  const { timeoutMs, maxRows } = options;
  if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new HtError('INPUT_INVALID', `query on '${view}': timeoutMs must be a positive number, got ${timeoutMs}`);
  }
  if (maxRows !== undefined && !(Number.isSafeInteger(maxRows) && maxRows >= 0)) {
    throw new HtError('INPUT_INVALID', `query on '${view}': maxRows must be a non-negative integer, got ${maxRows}`);
  }
}

const reasonText = (signal: AbortSignal): string => {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason.message : String(reason);
};

/**
 * The query to send under `maxRows`: its `limit` lowered to `maxRows + 1`, so the store can tell "more
 * than maxRows" without reading the rest.
 *
 * @example
 * ```ts
 * const compiled = compile(limitForMaxRows(query, options.maxRows), view, table);
 * ```
 */
export function limitForMaxRows(query: Query, maxRows: number | undefined): Query {
  if (maxRows === undefined || (query.limit !== undefined && query.limit <= maxRows)) return query;
  return { ...query, limit: maxRows + 1 };
}

/**
 * Runs one query under its {@link QueryOptions}: checks them, refuses an already aborted signal before
 * running anything, hands `run` a signal that aborts at the deadline or when the caller's signal does
 * (the store stops the engine's work on it), and rejects with a {@link QueryLimitError} naming the
 * limit, on time even when the engine is slow to stop. An engine's own timeout (`HtError` `TIMEOUT`)
 * under `timeoutMs` is reported as that limit too. More than `maxRows` rows reject.
 *
 * @example
 * ```ts
 * return runWithLimits(query.view, options, (signal) => executor.query(sql, { signal }));
 * ```
 */
export async function runWithLimits<T>(
  view: string,
  options: QueryOptions,
  run: (signal: AbortSignal) => Promise<T[]>,
): Promise<T[]> {
  checkOptions(view, options);
  const { timeoutMs, signal, maxRows } = options;
  const timedOut = (cause?: unknown): QueryLimitError =>
    new QueryLimitError('timeoutMs', view, `exceeded timeoutMs (${timeoutMs} ms)`, cause);
  const cancelled = (s: AbortSignal): QueryLimitError =>
    new QueryLimitError('signal', view, `was cancelled: its signal aborted (${reasonText(s)})`, s.reason);
  if (signal?.aborted) throw cancelled(signal);
  const controller = new AbortController();
  let stopped: QueryLimitError | undefined;
  let rejectStop: (e: QueryLimitError) => void = () => undefined;
  const stop = new Promise<never>((_, reject) => {
    rejectStop = reject;
  });
  const abort = (error: QueryLimitError): void => {
    if (stopped !== undefined) return;
    stopped = error;
    rejectStop(error);
    controller.abort(error);
  };
  const onAbort = (): void => abort(cancelled(signal!));
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => abort(timedOut()), timeoutMs);
  const running = run(controller.signal);
  // Whatever the engine does after the limit stopped the query is of no one's interest.
  running.catch(() => undefined);
  try {
    const rows = await Promise.race([running, stop]);
    // The run may end first with what it had when it was stopped: the limit is still the answer.
    if (stopped !== undefined) throw stopped;
    if (maxRows !== undefined && rows.length > maxRows) {
      throw new QueryLimitError(
        'maxRows',
        view,
        `returned more than maxRows (${maxRows}) rows: add a limit, page with offset or after, or narrow the filters`,
      );
    }
    return rows;
  } catch (error) {
    if (stopped !== undefined) throw stopped;
    if (timeoutMs !== undefined && error instanceof HtError && error.code === 'TIMEOUT') throw timedOut(error);
    throw error;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
