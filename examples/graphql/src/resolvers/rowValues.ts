import type { QueryRow, QueryValue } from '@ht/sinks';

/**
 * A row's value as text ('' when absent).
 *
 * @example
 * ```ts
 * text({ service_name: 'cart' }, 'service_name'); // 'cart'
 * ```
 */
export function text(row: QueryRow, name: string): string {
  const v = Object.hasOwn(row, name) ? row[name] : undefined;
  if (v === undefined) return '';
  return Array.isArray(v)
    ? JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x))
    : String(v);
}

/**
 * A row's value as a number (0 when absent; NaN stays NaN).
 *
 * @example
 * ```ts
 * num({ calls: 3n }, 'calls'); // 3
 * ```
 */
export function num(row: QueryRow, name: string): number {
  const v: QueryValue | undefined = Object.hasOwn(row, name) ? row[name] : undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return Number(v);
  return 0;
}

/**
 * A row's string array ([] when absent).
 *
 * @example
 * ```ts
 * strings({ services: ['a', 'b'] }, 'services'); // ['a', 'b']
 * ```
 */
export function strings(row: QueryRow, name: string): readonly string[] {
  const v = Object.hasOwn(row, name) ? row[name] : undefined;
  return Array.isArray(v) ? v.map(String) : [];
}

/**
 * A finite number, or 0 (GraphQL's Float cannot carry NaN: an empty group's average or quantile is 0).
 *
 * @example
 * ```ts
 * finite(Number.NaN); // 0
 * ```
 */
export function finite(n: number): number {
  return Number.isFinite(n) ? n : 0;
}
