/**
 * The JSON shapes of Jaeger's HTTP query API (the one Jaeger UI and Grafana's Jaeger data source read):
 * every answer is a {@link JaegerResponse} envelope around its `data`.
 *
 * @example
 * ```ts
 * const answer: JaegerResponse<string[]> = { data: ['cart'], total: 1, limit: 0, offset: 0, errors: null };
 * ```
 */
export interface JaegerResponse<T> {
  readonly data: T;
  /** The number of items in `data` for services and operations; 0 for traces and dependencies, as Jaeger. */
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** `null` when there is none, as Jaeger (a Go nil slice). */
  readonly errors: readonly JaegerError[] | null;
}

/**
 * One error of a {@link JaegerResponse}: the HTTP status (omitted for a trace not found in a search by
 * ids, which names the trace instead) and a message.
 *
 * @example
 * ```ts
 * const e: JaegerError = { code: 400, msg: "parameter 'service' is required" };
 * ```
 */
export interface JaegerError {
  readonly code?: number;
  readonly msg: string;
  readonly traceID?: string;
}

/**
 * Jaeger's value types of a tag or log field.
 *
 * @example
 * ```ts
 * const type: JaegerValueType = 'string';
 * ```
 */
export type JaegerValueType = 'string' | 'bool' | 'int64' | 'float64' | 'binary';

/**
 * A tag of a span or process, or a field of a log.
 *
 * @example
 * ```ts
 * const tag: JaegerKeyValue = { key: 'span.kind', type: 'string', value: 'server' };
 * ```
 */
export interface JaegerKeyValue {
  readonly key: string;
  readonly type: JaegerValueType;
  readonly value: string | number | boolean;
}

/**
 * A span's log (an OTel span event): its time in unix µs and its fields (`event` holds the event name).
 *
 * @example
 * ```ts
 * const log: JaegerLog = { timestamp: 1_700_000_000_000_000, fields: [{ key: 'event', type: 'string', value: 'retry' }] };
 * ```
 */
export interface JaegerLog {
  readonly timestamp: number;
  readonly fields: readonly JaegerKeyValue[];
}

/**
 * A reference from a span to another: `CHILD_OF` its parent.
 *
 * @example
 * ```ts
 * const ref: JaegerReference = { refType: 'CHILD_OF', traceID: '4bf92f3577b34da6a3ce929d0e0e4736', spanID: '00f067aa0ba902b7' };
 * ```
 */
export interface JaegerReference {
  readonly refType: 'CHILD_OF' | 'FOLLOWS_FROM';
  readonly traceID: string;
  readonly spanID: string;
}

/**
 * The process (service) that emitted spans, shared by the spans naming its id in `processID`.
 *
 * @example
 * ```ts
 * const process: JaegerProcess = { serviceName: 'cart', tags: [] };
 * ```
 */
export interface JaegerProcess {
  readonly serviceName: string;
  readonly tags: readonly JaegerKeyValue[];
}

/**
 * One span: ids in lowercase hex (trace 32, span 16 characters), times in unix µs.
 *
 * @example
 * ```ts
 * const span: JaegerSpan = {
 *   traceID: '4bf92f3577b34da6a3ce929d0e0e4736', spanID: '00f067aa0ba902b7', operationName: 'GET /cart',
 *   references: [], startTime: 1_700_000_000_000_000, duration: 1_500, tags: [], logs: [], processID: 'p1',
 *   warnings: null,
 * };
 * ```
 */
export interface JaegerSpan {
  readonly traceID: string;
  readonly spanID: string;
  readonly operationName: string;
  readonly references: readonly JaegerReference[];
  readonly startTime: number;
  readonly duration: number;
  readonly tags: readonly JaegerKeyValue[];
  readonly logs: readonly JaegerLog[];
  readonly processID: string;
  readonly warnings: readonly string[] | null;
}

/**
 * A whole trace: its spans and the processes they name (`p1`, `p2`, … in the order of the spans).
 *
 * @example
 * ```ts
 * const trace: JaegerTrace = { traceID: '4bf92f3577b34da6a3ce929d0e0e4736', spans: [], processes: {}, warnings: null };
 * ```
 */
export interface JaegerTrace {
  readonly traceID: string;
  readonly spans: readonly JaegerSpan[];
  readonly processes: Readonly<Record<string, JaegerProcess>>;
  readonly warnings: readonly string[] | null;
}

/**
 * An operation of a service, as `/api/operations` lists it: the span name and its kind in lowercase
 * (`server`, `client`, `producer`, `consumer`, `internal`).
 *
 * @example
 * ```ts
 * const op: JaegerOperation = { name: 'GET /cart', spanKind: 'server' };
 * ```
 */
export interface JaegerOperation {
  readonly name: string;
  readonly spanKind: string;
}

/**
 * An edge of the dependency graph: `parent` called `child` `callCount` times in the time range.
 *
 * @example
 * ```ts
 * const link: JaegerDependencyLink = { parent: 'frontend', child: 'cart', callCount: 12 };
 * ```
 */
export interface JaegerDependencyLink {
  readonly parent: string;
  readonly child: string;
  readonly callCount: number;
}
