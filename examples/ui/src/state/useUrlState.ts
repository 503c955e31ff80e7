import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One URL search parameter as state: the URL holds the page's state, so a copied link reopens it.
 * Setting '' (or the default) removes it; every other parameter is kept.
 *
 * @example
 * ```ts
 * const [service, setService] = useUrlParam('service');
 * ```
 */
export function useUrlParam(name: string, fallback = ''): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name) ?? fallback;
  const set = useCallback(
    (next: string) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          if (next === '' || next === fallback) copy.delete(name);
          else copy.set(name, next);
          return copy;
        },
        { replace: true },
      ),
    [name, fallback, setParams],
  );
  return [value, set];
}

/** The URL parameters carried from page to page (range, refresh, tenant), as a query string. */
export function useSharedSearch(): string {
  const [params] = useSearchParams();
  const kept = new URLSearchParams();
  for (const key of ['range', 'refresh', 'tenant']) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}
