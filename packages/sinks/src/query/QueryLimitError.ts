import { HtError } from '@ht/stream-core';

/**
 * Which limit of {@link QueryOptions} stopped a query.
 *
 * @example
 * ```ts
 * const limit: QueryLimit = 'timeoutMs';
 * ```
 */
export type QueryLimit = 'timeoutMs' | 'maxRows' | 'signal';

/**
 * The error of a query stopped by one of its {@link QueryOptions}: `limit` names it, the message says
 * its value. Code `TIMEOUT` for `timeoutMs` and `signal`, `RESOURCE_EXHAUSTED` for `maxRows`; never
 * retriable (the same query meets the same limit).
 *
 * @example
 * ```ts
 * try {
 *   await store.query(q, { timeoutMs: 1_000 });
 * } catch (e) {
 *   if (e instanceof QueryLimitError && e.limit === 'timeoutMs') console.log('narrow the time range');
 * }
 * ```
 */
export class QueryLimitError extends HtError {
  readonly limit: QueryLimit;

  constructor(limit: QueryLimit, view: string, message: string, cause?: unknown) {
    super(limit === 'maxRows' ? 'RESOURCE_EXHAUSTED' : 'TIMEOUT', `query on '${view}' ${message}`, {
      ...(cause === undefined ? {} : { cause }),
      context: { view, limit },
    });
    this.limit = limit;
  }
}
