import { HtError } from '@ht/stream-core/errors';

/**
 * `name` made a valid Prometheus metric name (`[a-zA-Z_:][a-zA-Z0-9_:]*`): every other character becomes
 * `_`, and a leading digit gets a `_` before it. An empty name is an `HtError` (`CONFIG_INVALID`).
 *
 * @example
 * ```ts
 * prometheusMetricName('geo.lookups-total'); // 'geo_lookups_total'
 * prometheusMetricName('5xx_total'); // '_5xx_total'
 * ```
 */
export function prometheusMetricName(name: string): string {
  if (name.length === 0) throw new HtError('CONFIG_INVALID', 'a metric name must not be empty');
  const sanitized = name.replace(/[^a-zA-Z0-9_:]/g, '_');
  return /^[0-9]/.test(sanitized) ? `_${sanitized}` : sanitized;
}

/**
 * `name` made a valid Prometheus label name (`[a-zA-Z_][a-zA-Z0-9_]*`, not starting with the reserved
 * `__`): every other character becomes `_`, a leading digit gets a `_` before it, leading `__` become one
 * `_`. An empty name is an `HtError` (`CONFIG_INVALID`).
 *
 * @example
 * ```ts
 * prometheusLabelName('http.method'); // 'http_method'
 * prometheusLabelName('__name__'); // '_name__'
 * ```
 */
export function prometheusLabelName(name: string): string {
  if (name.length === 0) throw new HtError('CONFIG_INVALID', 'a metric label name must not be empty');
  const sanitized = name.replace(/[^a-zA-Z0-9_]/g, '_').replace(/^_{2,}/, '_');
  return /^[0-9]/.test(sanitized) ? `_${sanitized}` : sanitized;
}
