import { HtError } from '@ht/stream-core';
import type { Filter, OrderBy } from '../query/Query.js';
import { kindOfColumn } from '../query/QueryResult.js';
import type { OutputColumn } from '../query/QueryResult.js';
import { MINUTE_MICROS } from './defineRollup.js';
import type { RollupDefinition, RollupRange } from './defineRollup.js';

const DAY_MICROS = 1440 * MINUTE_MICROS;

/**
 * What a rollup read returns and how, from a {@link RollupRange} checked against its rollup: the entity
 * columns grouped, the time bucket (none, `minute`, or `bucket` of some width), every output in order and
 * the full sort (the range's `orderBy`, then the remaining keys ascending). Shared by every store's reader.
 *
 * @example
 * ```ts
 * const shape = rollupReadShape(apiRed, { tenantId: 'default', fromMicros, toMicros, bucketMicros: 3_600_000_000 });
 * shape.outputs.map((o) => o.name); // ['service_name', 'api_name', 'bucket', 'calls', …, 'p99']
 * ```
 */
export interface RollupReadShape {
  readonly groupBy: readonly string[];
  /** The time bucket's output name and width (µs), if any. */
  readonly bucket?: { readonly name: 'minute' | 'bucket'; readonly micros: number };
  readonly entityFilters: readonly Filter[];
  readonly outputs: readonly OutputColumn[];
  /** The sort: output names, each with its direction. */
  readonly orderBy: readonly Required<OrderBy>[];
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * The columns a filter reads; `undefined` for a filter on anything but plain columns (attributes, `has`).
 *
 * @example
 * ```ts
 * filterColumns(or(eq('service_name', 'cart'), startsWith('api_name', 'GET '))); // ['service_name', 'api_name']
 * ```
 */
export function filterColumns(f: Filter): string[] | undefined {
  switch (f.op) {
    case 'and':
    case 'or': {
      const inner = f.filters.map(filterColumns);
      return inner.some((c) => c === undefined) ? undefined : inner.flatMap((c) => c!);
    }
    case 'not':
      return filterColumns(f.filter);
    case 'eq':
    case 'ne':
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge':
    case 'in':
    case 'match':
      return [f.column];
    default:
      return undefined;
  }
}

/**
 * Checks `range` against `rollup` (`INPUT_INVALID` naming what is wrong) and returns what the read returns.
 *
 * @example
 * ```ts
 * const { outputs, orderBy } = rollupReadShape(serviceRed, { tenantId: 'default', fromMicros, toMicros, byMinute: true });
 * ```
 */
export function rollupReadShape(rollup: RollupDefinition, range: RollupRange): RollupReadShape {
  const bad = (message: string): HtError => new HtError('INPUT_INVALID', `rollup '${rollup.name}': ${message}`);
  const { bucketMicros, limit, offset } = range;
  if (!Number.isSafeInteger(range.fromMicros) || !Number.isSafeInteger(range.toMicros))
    throw bad(`fromMicros and toMicros must be integers (µs), got ${range.fromMicros} and ${range.toMicros}`);
  if (bucketMicros !== undefined) {
    if (range.byMinute) throw bad('byMinute and bucketMicros exclude each other');
    const whole = Number.isSafeInteger(bucketMicros) && bucketMicros % MINUTE_MICROS === 0;
    if (!whole || bucketMicros <= 0 || bucketMicros > DAY_MICROS)
      throw bad(`bucketMicros must be a whole number of minutes from 1 minute to 1 day, got ${bucketMicros}`);
  }
  const groupBy = range.groupBy ?? rollup.entity;
  for (const c of groupBy)
    if (!rollup.entity.includes(c)) throw bad(`groupBy '${c}' is not an entity column (${rollup.entity.join(', ')})`);
  if (new Set(groupBy).size !== groupBy.length) throw bad(`groupBy names a column twice: ${groupBy.join(', ')}`);
  const entityFilters = range.entityFilters ?? [];
  for (const f of entityFilters) {
    const columns = filterColumns(f);
    if (columns === undefined || columns.some((c) => !rollup.entity.includes(c)))
      throw bad(`entityFilters may only compare the entity columns (${rollup.entity.join(', ')})`);
  }
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit >= 0))
    throw bad(`limit must be a non-negative integer, got ${limit}`);
  if (offset !== undefined && !(Number.isSafeInteger(offset) && offset >= 0 && limit !== undefined))
    throw bad(`offset must be a non-negative integer, with a limit, got ${offset}`);
  const bucket =
    bucketMicros !== undefined
      ? { name: 'bucket' as const, micros: bucketMicros }
      : range.byMinute
        ? { name: 'minute' as const, micros: MINUTE_MICROS }
        : undefined;
  const outputs: OutputColumn[] = [
    ...groupBy.map((c) => ({ name: c, kind: kindOfColumn(rollup.view.columns[c]!.type) })),
    ...(bucket ? [{ name: bucket.name, kind: 'datetime' as const }] : []),
    ...['calls', 'errors'].map((name) => ({ name, kind: 'int' as const })),
    ...['duration_sum', 'duration_min', 'duration_max', 'p50', 'p95', 'p99'].map((name) => ({
      name,
      kind: 'float' as const,
    })),
  ];
  const names = outputs.map((o) => o.name);
  const orderBy: Required<OrderBy>[] = [];
  for (const o of range.orderBy ?? []) {
    if (!names.includes(o.by)) throw bad(`orderBy '${o.by}' is not an output (${names.join(', ')})`);
    if (!orderBy.some((x) => x.by === o.by)) orderBy.push({ by: o.by, direction: o.direction ?? 'asc' });
  }
  for (const key of [...groupBy, ...(bucket ? [bucket.name] : [])])
    if (!orderBy.some((x) => x.by === key)) orderBy.push({ by: key, direction: 'asc' });
  return {
    groupBy,
    ...(bucket ? { bucket } : {}),
    entityFilters,
    outputs,
    orderBy,
    ...(limit !== undefined ? { limit } : {}),
    ...(offset !== undefined ? { offset } : {}),
  };
}
