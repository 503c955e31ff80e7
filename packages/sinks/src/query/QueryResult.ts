import type { ColumnType } from '@ht/enricher-sdk';

/**
 * What a query output holds, which fixes how a store's raw value is normalized: integers as numbers
 * (bigint beyond 2^53), datetimes as unix microseconds, booleans as booleans, arrays as arrays.
 *
 * @example
 * ```ts
 * const kinds: OutputKind[] = planQuery(query, spanView).map((o) => o.kind); // ['string', 'int', …]
 * ```
 */
export type OutputKind = 'string' | 'int' | 'float' | 'bool' | 'datetime' | 'stringArray' | 'intArray' | 'floatArray';

/**
 * One output column of a compiled query: its name in the result row and its kind.
 *
 * @example
 * ```ts
 * const out: OutputColumn = { name: 'calls', kind: 'int' };
 * ```
 */
export interface OutputColumn {
  readonly name: string;
  readonly kind: OutputKind;
}

/**
 * A value in a query result row.
 *
 * @example
 * ```ts
 * const v: QueryValue = row['calls'] ?? 0;
 * ```
 */
export type QueryValue = string | number | bigint | boolean | readonly string[] | readonly (number | bigint)[];

/**
 * One result row, by output name. Every store returns the same values for the same data.
 *
 * @example
 * ```ts
 * for (const row of await store.query(q)) console.log(row['service_name'], row['calls']);
 * ```
 */
export type QueryRow = Readonly<Record<string, QueryValue>>;

/**
 * The output kind of a view column type.
 *
 * @example
 * ```ts
 * kindOfColumn('uint64'); // 'int'
 * ```
 */
export function kindOfColumn(type: ColumnType): OutputKind {
  switch (type) {
    case 'string':
    case 'lowCardinalityString':
      return 'string';
    case 'bool':
      return 'bool';
    case 'float32':
    case 'float64':
      return 'float';
    case 'datetime':
      return 'datetime';
    case 'stringArray':
    case 'lowCardinalityStringArray':
      return 'stringArray';
    case 'int64Array':
      return 'intArray';
    case 'float64Array':
      return 'floatArray';
    default:
      return 'int';
  }
}

/** Text of a scalar a driver returned (objects as JSON, never `[object Object]`). */
function text(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'bigint' || typeof raw === 'boolean') return String(raw);
  return JSON.stringify(raw) ?? '';
}

function toInt(raw: unknown): number | bigint {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'bigint') return Number.isSafeInteger(Number(raw)) ? Number(raw) : raw;
  const t = text(raw);
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : BigInt(t);
}

function toFloat(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'bigint') return Number(raw);
  if (raw === null || raw === undefined) return Number.NaN;
  const t = text(raw).toLowerCase();
  if (t === 'nan' || t === '-nan') return Number.NaN;
  if (t === 'inf' || t === '+inf') return Number.POSITIVE_INFINITY;
  if (t === '-inf') return Number.NEGATIVE_INFINITY;
  return Number(t);
}

/**
 * Normalizes one raw value (as a driver returned it: strings for quoted 64-bit integers, bigint, 0/1
 * for ClickHouse 18 booleans, …) to the {@link QueryValue} of `kind`.
 *
 * @example
 * ```ts
 * normalizeValue('18446744073709551615', 'int'); // 18446744073709551615n
 * ```
 */
export function normalizeValue(raw: unknown, kind: OutputKind): QueryValue {
  switch (kind) {
    case 'string':
      return raw === null || raw === undefined ? '' : text(raw);
    case 'int':
    case 'datetime':
      return raw === null || raw === undefined ? 0 : toInt(raw);
    case 'float':
      return toFloat(raw);
    case 'bool':
      return raw === true || raw === 1 || raw === '1' || raw === 'true' || raw === 1n;
    case 'stringArray':
      return Array.isArray(raw) ? raw.map(text) : [];
    case 'intArray':
      return Array.isArray(raw) ? raw.map(toInt) : [];
    case 'floatArray':
      return Array.isArray(raw) ? raw.map(toFloat) : [];
  }
}
