import { SpanKind, StatusCode } from '@ht/enricher-sdk';
import type { Attributes } from '@ht/enricher-sdk';

/**
 * A span status derived from Zipkin tags or Jaeger tags.
 *
 * @example
 * ```ts
 * const status: DerivedStatus = { code: 'ERROR', message: 'timeout' };
 * ```
 */
export interface DerivedStatus {
  readonly code: StatusCode;
  readonly message: string;
}

const CONSUMED = ['otel.status_code', 'otel.status_description'];

/**
 * `otel.status_code` values (upper-cased): `OK` / `ERROR` as OTel SDK exporters and the Jaeger
 * translator write them, `STATUS_CODE_OK` / `STATUS_CODE_ERROR` as the Collector's zipkin exporter does.
 */
const OTEL_STATUS_CODES: ReadonlyMap<string, StatusCode> = new Map([
  ['OK', StatusCode.OK],
  ['ERROR', StatusCode.ERROR],
  ['STATUS_CODE_OK', StatusCode.OK],
  ['STATUS_CODE_ERROR', StatusCode.ERROR],
]);

/**
 * The status of a span from formats without one (Zipkin, Jaeger, OpenCensus-less tags), the way the OTel
 * Collector's translators derive it, consuming the tags it reads:
 * 1. `error` (boolean `true`, or a string other than `false`) -> ERROR; the message is `otel.status_description`,
 *    else a non-boolean `error` value; the `error` tag is removed.
 * 2. else `otel.status_code` (`OK` / `ERROR`, or the Collector's zipkin form `STATUS_CODE_OK` /
 *    `STATUS_CODE_ERROR`; any case) with `otel.status_description` as the message.
 * 3. else an HTTP status (`http.status_code` / `http.response.status_code`): 5xx -> ERROR, 4xx -> ERROR on
 *    CLIENT spans (a server's 4xx is the caller's fault), otherwise UNSET.
 * `otel.status_code` and `otel.status_description` are always removed (they are the status itself).
 *
 * @example
 * ```ts
 * const attrs = new Attributes({ error: 'true', 'http.status_code': '500' });
 * statusFromTags(attrs, 'SERVER'); // { code: 'ERROR', message: '' }; attrs no longer has 'error'
 * ```
 */
export function statusFromTags(attrs: Attributes, kind: SpanKind): DerivedStatus {
  const description = attrs.asString('otel.status_description') ?? '';
  const otelCode = attrs.asString('otel.status_code')?.toUpperCase();
  for (const key of CONSUMED) attrs.delete(key);
  const error = attrs.get('error');
  if (error === true || (typeof error === 'string' && error.toLowerCase() !== 'false')) {
    attrs.delete('error');
    const message = description || (typeof error === 'string' && error.toLowerCase() !== 'true' ? error : '');
    return { code: StatusCode.ERROR, message };
  }
  const code = otelCode === undefined ? undefined : OTEL_STATUS_CODES.get(otelCode);
  if (code !== undefined) return { code, message: description };
  const http = httpStatus(attrs);
  if (http !== undefined && (http >= 500 || (http >= 400 && kind === SpanKind.CLIENT))) {
    return { code: StatusCode.ERROR, message: attrs.asString('http.status_message') ?? '' };
  }
  return { code: StatusCode.UNSET, message: '' };
}

function httpStatus(attrs: Attributes): number | undefined {
  for (const key of ['http.response.status_code', 'http.status_code']) {
    const value = attrs.get(key);
    if (typeof value === 'bigint') return Number(value);
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && /^\d{3}$/.test(value)) return Number(value);
  }
  return undefined;
}

/**
 * The instrumentation scope that OTel exporters put into Zipkin and Jaeger tags (`otel.scope.name`,
 * `otel.scope.version`, or the older `otel.library.name` / `otel.library.version`), removed from the
 * attributes as the Collector does.
 *
 * @example
 * ```ts
 * scopeFromTags(new Attributes({ 'otel.scope.name': 'http' })); // { name: 'http', version: '' }
 * ```
 */
export function scopeFromTags(attrs: Attributes): { name: string; version: string } {
  const name = attrs.asString('otel.scope.name') ?? attrs.asString('otel.library.name') ?? '';
  const version = attrs.asString('otel.scope.version') ?? attrs.asString('otel.library.version') ?? '';
  for (const key of ['otel.scope.name', 'otel.scope.version', 'otel.library.name', 'otel.library.version']) {
    attrs.delete(key);
  }
  return { name, version };
}
