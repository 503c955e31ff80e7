import type { JaegerApiLimits } from './JaegerApiLimits.js';
import { parseJaegerDuration } from './jaegerDuration.js';
import { parseJaegerTags } from './jaegerTags.js';
import { JaegerRequestError } from './JaegerRequestError.js';

/** Jaeger's default lookback of a trace search without `start` (its query service: 2 days). */
const DEFAULT_SEARCH_LOOKBACK_MICROS = 2 * 24 * 3600 * 1e6;
/** Jaeger's default lookback of the dependency graph (24 h). */
const DEFAULT_DEPENDENCY_LOOKBACK_MS = 24 * 3600 * 1e3;
/** Jaeger's default number of traces a search returns. */
const DEFAULT_SEARCH_LIMIT = 100;

/**
 * A trace search (`GET /api/traces`) after parsing: times and durations in µs, tags as key → value.
 *
 * @example
 * ```ts
 * const search: TraceSearch = {
 *   service: 'cart', tags: new Map(), startMicros: 0, endMicros: 1e15, limit: 20, traceIds: [],
 * };
 * ```
 */
export interface TraceSearch {
  readonly service: string;
  readonly operation?: string;
  readonly tags: ReadonlyMap<string, string>;
  readonly startMicros: number;
  readonly endMicros: number;
  readonly minDurationMicros?: number;
  readonly maxDurationMicros?: number;
  readonly limit: number;
  /** `traceID` parameters: the search returns these traces instead (32-hex, lowercase). */
  readonly traceIds: readonly string[];
}

/**
 * A dependency graph request (`GET /api/dependencies`): the range in µs and an optional service that
 * must be the parent or the child of each link.
 *
 * @example
 * ```ts
 * const request: DependencyRequest = { startMicros: 0, endMicros: 86_400_000_000 };
 * ```
 */
export interface DependencyRequest {
  readonly startMicros: number;
  readonly endMicros: number;
  readonly service?: string;
}

/**
 * A trace id as Jaeger takes it (1-32 hex digits, any case) in the 32 lowercase hex digits @ht stores
 * (docs/contracts.md); shorter ids are left-padded with zeros, as Jaeger reads them.
 *
 * @example
 * ```ts
 * parseTraceId('00F067AA0BA902B7'); // '000000000000000000f067aa0ba902b7'
 * ```
 */
export function parseTraceId(text: string): string {
  if (!/^[0-9a-fA-F]{1,32}$/.test(text)) {
    throw new JaegerRequestError(
      400,
      `cannot parse traceID ${JSON.stringify(text.slice(0, 64))}: expecting 1 to 32 hexadecimal digits`,
    );
  }
  return text.toLowerCase().padStart(32, '0');
}

function integerParam(params: URLSearchParams, name: string): number | undefined {
  const text = params.get(name);
  if (text === null || text === '') return undefined;
  if (!/^-?\d{1,19}$/.test(text)) {
    throw new JaegerRequestError(
      400,
      `unable to parse param '${name}': ${JSON.stringify(text.slice(0, 64))} is not an integer`,
    );
  }
  return Number(text);
}

function checkRange(startMicros: number, endMicros: number, limits: JaegerApiLimits): void {
  if (endMicros < startMicros) throw new JaegerRequestError(400, "'end' must not be before 'start'");
  if (endMicros - startMicros > limits.maxTimeRangeMicros) {
    throw new JaegerRequestError(
      400,
      `the time range (${Math.round((endMicros - startMicros) / 3.6e9)} h) exceeds maxTimeRange (${Math.round(limits.maxTimeRangeMicros / 3.6e9)} h): narrow 'start' and 'end' or 'lookback'`,
    );
  }
}

/**
 * Parses the parameters of a trace search as Jaeger's query service does: `service` (required unless
 * `traceID` is given), `operation`, `tag`/`tags`, `start`/`end` in unix µs (default: the 2 days up to
 * now, or `lookback` as a duration such as `1h` when `start` is missing), `minDuration`/`maxDuration` as
 * duration strings, `limit` (default 100). A malformed parameter, or one beyond a limit, throws a 400
 * {@link JaegerRequestError} naming it.
 *
 * @example
 * ```ts
 * const search = parseTraceSearch(new URLSearchParams('service=cart&minDuration=2ms&limit=20'), DEFAULT_JAEGER_API_LIMITS, Date.now() * 1000);
 * ```
 */
export function parseTraceSearch(params: URLSearchParams, limits: JaegerApiLimits, nowMicros: number): TraceSearch {
  const service = params.get('service') ?? '';
  const operation = params.get('operation') ?? '';
  const tags = parseJaegerTags(params.getAll('tag'), params.getAll('tags'));
  const endMicros = integerParam(params, 'end') ?? nowMicros;
  const lookback = params.get('lookback');
  const lookbackMicros =
    lookback && lookback !== 'custom' ? parseJaegerDuration(lookback, 'lookback') : DEFAULT_SEARCH_LOOKBACK_MICROS;
  const startMicros = integerParam(params, 'start') ?? endMicros - lookbackMicros;
  const limit = integerParam(params, 'limit') ?? DEFAULT_SEARCH_LIMIT;
  const minDuration = params.get('minDuration');
  const maxDuration = params.get('maxDuration');
  const minDurationMicros = minDuration ? parseJaegerDuration(minDuration, 'minDuration') : undefined;
  const maxDurationMicros = maxDuration ? parseJaegerDuration(maxDuration, 'maxDuration') : undefined;
  const traceIds = params.getAll('traceID').map(parseTraceId);

  if (traceIds.length === 0 && service === '') throw new JaegerRequestError(400, "parameter 'service' is required");
  if (traceIds.length > limits.maxTraceIds) {
    throw new JaegerRequestError(
      400,
      `${traceIds.length} 'traceID' parameters exceed maxTraceIds (${limits.maxTraceIds})`,
    );
  }
  if (minDurationMicros && maxDurationMicros && maxDurationMicros < minDurationMicros) {
    throw new JaegerRequestError(400, "'maxDuration' should be greater than 'minDuration'");
  }
  if (limit <= 0)
    throw new JaegerRequestError(400, `unable to parse param 'limit': ${limit} is not a positive integer`);
  if (limit > limits.maxTraces) {
    throw new JaegerRequestError(400, `'limit' ${limit} exceeds maxTraces (${limits.maxTraces})`);
  }
  checkRange(startMicros, endMicros, limits);
  return {
    service,
    ...(operation === '' ? {} : { operation }),
    tags,
    startMicros,
    endMicros,
    ...(minDurationMicros ? { minDurationMicros } : {}),
    ...(maxDurationMicros ? { maxDurationMicros } : {}),
    limit,
    traceIds,
  };
}

/**
 * Parses a dependency graph request as Jaeger does: `endTs` in unix ms (default now), `lookback` in ms
 * (default 24 h), an optional `service`.
 *
 * @example
 * ```ts
 * parseDependencyRequest(new URLSearchParams('endTs=1700000000000&lookback=3600000'), DEFAULT_JAEGER_API_LIMITS, Date.now() * 1000);
 * ```
 */
export function parseDependencyRequest(
  params: URLSearchParams,
  limits: JaegerApiLimits,
  nowMicros: number,
): DependencyRequest {
  const endMicros = (integerParam(params, 'endTs') ?? Math.floor(nowMicros / 1e3)) * 1e3;
  const lookbackMs = integerParam(params, 'lookback') ?? DEFAULT_DEPENDENCY_LOOKBACK_MS;
  if (lookbackMs < 0) throw new JaegerRequestError(400, "unable to parse param 'lookback': it must not be negative");
  const startMicros = endMicros - lookbackMs * 1e3;
  checkRange(startMicros, endMicros, limits);
  const service = params.get('service') ?? '';
  return { startMicros, endMicros, ...(service === '' ? {} : { service }) };
}
