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

/**
 * Sets several URL parameters in one navigation ('' removes one): separate setters called in one event
 * would each start from the same URL, and only the last would stay.
 *
 * @example
 * ```ts
 * const setParams = useSetUrlParams();
 * setParams({ range: 'custom', from: '2024-05-01T10:00', to: '2024-05-01T12:00' });
 * ```
 */
export function useSetUrlParams(): (values: Readonly<Record<string, string>>) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (values) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          for (const [name, value] of Object.entries(values)) {
            if (value === '') copy.delete(name);
            else copy.set(name, value);
          }
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
}

/** The URL parameters carried from page to page (range, custom ends, refresh, tenant), as a query string. */
export function useSharedSearch(): string {
  const [params] = useSearchParams();
  const kept = new URLSearchParams();
  for (const key of ['range', 'from', 'to', 'refresh', 'tenant']) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}
