import type { AttributeValueSelection } from './AttributeValueSelection.js';
import type { ComputedSelection, Expression } from './ComputedSelection.js';
import type { TimeUnit } from './Query.js';

const UNIT_MICROS: Readonly<Record<TimeUnit, number>> = {
  second: 1_000_000,
  minute: 60_000_000,
  hour: 3_600_000_000,
  day: 86_400_000_000,
};

/**
 * The width of `count` time units in microseconds (a bucket's width, a rate's window).
 *
 * @example
 * ```ts
 * bucketMicros('second', 30); // 30_000_000
 * ```
 */
export function bucketMicros(unit: TimeUnit, count = 1): number {
  return UNIT_MICROS[unit] * count;
}

/**
 * Selects the value of attribute `key` (the empty string when absent) from parallel key/value arrays;
 * put `as` in `groupBy` to group by it.
 *
 * @example
 * ```ts
 * const select = [attributeValue('attribute_keys', 'attribute_values', 'http.method', 'method'), count('calls')];
 * ```
 */
export const attributeValue = (
  keysColumn: string,
  valuesColumn: string,
  key: string,
  as: string,
): AttributeValueSelection => ({ kind: 'attributeValue', keysColumn, valuesColumn, key, as });

/**
 * A computed output from an {@link Expression} over other outputs.
 *
 * @example
 * ```ts
 * computed({ op: 'mul', left: { output: 'errors' }, right: { number: 100 } }, 'errors_x100');
 * ```
 */
export const computed = (expression: Expression, as: string): ComputedSelection => ({
  kind: 'computed',
  expression,
  as,
});

/**
 * `numerator / denominator` of two outputs, floating-point; 0 when the denominator is 0.
 *
 * @example
 * ```ts
 * ratio('errors', 'calls', 'error_ratio');
 * ```
 */
export const ratio = (numerator: string, denominator: string, as: string): ComputedSelection =>
  computed({ op: 'div', left: { output: numerator }, right: { output: denominator } }, as);

/**
 * `minuend - subtrahend` of two outputs, e.g. a group's time span `max(end) - min(start)` in µs.
 *
 * @example
 * ```ts
 * const select = [max('end_time', 'last_end'), min('start_time', 'first_start'), difference('last_end', 'first_start', 'span_micros')];
 * ```
 */
export const difference = (minuend: string, subtrahend: string, as: string): ComputedSelection =>
  computed({ op: 'sub', left: { output: minuend }, right: { output: subtrahend } }, as);

/**
 * An output per second or per minute over a window of `windowMicros` (a bucket's width from
 * {@link bucketMicros}, or a query's time range `to - from`): `output / (windowMicros / unit)`.
 *
 * @example
 * ```ts
 * rate('calls', 'second', bucketMicros('minute'), 'calls_per_second'); // per-minute buckets
 * rate('calls', 'minute', toMicros - fromMicros, 'calls_per_minute');   // over the whole range
 * ```
 */
export const rate = (output: string, per: 'second' | 'minute', windowMicros: number, as: string): ComputedSelection =>
  computed({ op: 'div', left: { output }, right: { number: windowMicros / UNIT_MICROS[per] } }, as);
