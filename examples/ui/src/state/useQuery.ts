import { useEffect, useState } from 'react';
import { runQuery } from '../api/graphql.js';
import { useTimeWindow } from './useTimeWindow.js';

/** A query's state: data once answered (kept while refreshing), the error of the last try. */
export interface QueryState<T> {
  readonly data: T | undefined;
  readonly error: Error | undefined;
  readonly loading: boolean;
}

/**
 * Runs a GraphQL query when its variables change and on every auto-refresh tick; a newer run aborts the
 * one under way. `skip` holds it (e.g. until a form is complete).
 *
 * @example
 * ```ts
 * const { data, error, loading } = useQuery<ServicesData>(SERVICES_QUERY, { between });
 * ```
 */
export function useQuery<T>(query: string, variables: Record<string, unknown>, skip = false): QueryState<T> {
  const { tenant, tick } = useTimeWindow();
  const [state, setState] = useState<QueryState<T>>({ data: undefined, error: undefined, loading: !skip });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return undefined;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    runQuery<T>(query, JSON.parse(key) as Record<string, unknown>, { tenant, signal: controller.signal }).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setState((s) => ({ data: s.data, error: error as Error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [query, key, tenant, tick, skip]);
  return state;
}
