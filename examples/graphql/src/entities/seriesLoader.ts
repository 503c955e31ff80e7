import DataLoader from 'dataloader';
import { bucket, bucketMicros } from '@ht/sinks';
import type { Selection, TimeUnit } from '@ht/sinks';
import type { QueryContext } from '../query/QueryContext.js';
import { formatTimeMicros } from '../query/timeText.js';
import { finite, num } from '../resolvers/rowValues.js';
import type { EntityObject } from './EntityObject.js';
import { entityKey, entityRows, groupBatch } from './entityRows.js';
import { metricSelection } from './metricSelection.js';
import type { AggregationName } from './metricSelection.js';

/**
 * A bucket width as the schema takes it (`IntervalArg`).
 *
 * @example
 * ```ts
 * const fiveMinutes: IntervalInput = { size: 5, unit: 'MINUTE' };
 * ```
 */
export interface IntervalInput {
  readonly size?: number | null;
  readonly unit: 'SECOND' | 'MINUTE' | 'HOUR' | 'DAY';
}

/**
 * One point of a metric's series: the bucket's start and its numbers (for calls and errors, `count` and
 * `sum` are the number of calls; the other numbers are 0). `widthMicros` turns the sum into a rate.
 *
 * @example
 * ```ts
 * const point: MetricPointObject = { startTime: '2024-05-01T00:00:00.000000Z', widthMicros: 60_000_000, count: 3, sum: 3, avg: 0, min: 0, max: 0, p50: 0, p95: 0, p99: 0 };
 * ```
 */
export interface MetricPointObject {
  readonly startTime: string;
  readonly widthMicros: number;
  readonly count: number;
  readonly sum: number;
  readonly avg: number;
  readonly min: number;
  readonly max: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/**
 * One series: metric `key` of an entity per `interval`.
 *
 * @example
 * ```ts
 * const points = await loaders.series.load({ entity, key: 'duration', interval: { unit: 'MINUTE' } });
 * ```
 */
export interface SeriesRequest {
  readonly entity: EntityObject;
  readonly key: string;
  readonly interval: IntervalInput;
}

const intervalId = (r: SeriesRequest): string => `${r.key}|${r.interval.size ?? 1}|${r.interval.unit}`;

const POINT_MEASURES: readonly (readonly [keyof MetricPointObject, AggregationName, number?])[] = [
  ['sum', 'SUM'],
  ['avg', 'AVG'],
  ['min', 'MIN'],
  ['max', 'MAX'],
  ['p50', 'PERCENTILE', 50],
  ['p95', 'PERCENTILE', 95],
  ['p99', 'PERCENTILE', 99],
];

/**
 * The batched series look-up of one request: the series of every entity of one `entities` field, for one
 * metric and interval, in one store query (grouped by entity and bucket).
 *
 * @example
 * ```ts
 * const loader = seriesLoader(() => context);
 * ```
 */
export function seriesLoader(context: () => QueryContext): DataLoader<SeriesRequest, MetricPointObject[], string> {
  return new DataLoader<SeriesRequest, MetricPointObject[], string>(
    async (requests) => {
      const out: MetricPointObject[][] = requests.map(() => []);
      await Promise.all(
        [...groupBatch(requests, (r) => `${r.entity.scope.id}|${intervalId(r)}`)].map(async ([, items]) => {
          const { entity, key, interval } = items[0]!.key;
          const scope = entity.scope;
          const view = context().catalog.view(scope.kind.view);
          const unit = interval.unit.toLowerCase() as TimeUnit;
          const size = interval.size ?? 1;
          const counted = key === 'calls' || key === 'errors';
          const selections: Selection[] = [
            bucket(view.timeColumn, unit, 't', size),
            metricSelection(view, scope.kind.errors, key, 'COUNT', undefined, 'count'),
            ...(counted ? [] : POINT_MEASURES.map(([name, a, p]) => metricSelection(view, [], key, a, p, name))),
          ];
          const rows = await entityRows(
            context(),
            scope,
            items.map((i) => i.key.entity),
            selections,
            { groupBy: ['t'], orderBy: [{ by: 't' }] },
          );
          const widthMicros = bucketMicros(unit, size);
          for (const { key: request, index } of items) {
            out[index] = (rows.get(entityKey(request.entity.keyValues)) ?? []).map((row) => {
              const n = finite(num(row, 'count'));
              const point = (name: string): number => (counted ? 0 : finite(num(row, name)));
              return {
                startTime: formatTimeMicros(num(row, 't')),
                widthMicros,
                count: n,
                sum: counted ? n : point('sum'),
                avg: point('avg'),
                min: point('min'),
                max: point('max'),
                p50: point('p50'),
                p95: point('p95'),
                p99: point('p99'),
              };
            });
          }
        }),
      );
      return out;
    },
    { cacheKeyFn: (r) => `${r.entity.scope.id}|${entityKey(r.entity.keyValues)}|${intervalId(r)}` },
  );
}
