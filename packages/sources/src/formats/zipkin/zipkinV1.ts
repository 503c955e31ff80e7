import type { ZipkinEndpoint, ZipkinKind, ZipkinSpan } from './ZipkinSpan.js';

/**
 * A Zipkin v1 span (JSON or Thrift) before conversion: core annotations (`cs`, `sr`, …) still carry the
 * kind and the local endpoint, binary annotations carry tags and addresses.
 *
 * @example
 * ```ts
 * const v1: ZipkinV1Span = { traceId: '1', id: '2', parentId: '', name: 'get', annotations: [], binaryAnnotations: [], debug: false };
 * ```
 */
export interface ZipkinV1Span {
  readonly traceId: string;
  readonly id: string;
  readonly parentId: string;
  readonly name: string;
  readonly timestampNanos?: bigint;
  readonly durationNanos?: bigint;
  readonly annotations: readonly { timestampNanos: bigint; value: string; endpoint?: ZipkinEndpoint }[];
  /** `value` as text; `address` marks the `ca` / `sa` / `ma` address annotations (boolean `true`). */
  readonly binaryAnnotations: readonly { key: string; value: string; address: boolean; endpoint?: ZipkinEndpoint }[];
  readonly debug: boolean;
}

/** Core annotation pairs: start, end and the kind they mean. */
const CORE: readonly (readonly [string, string, ZipkinKind])[] = [
  ['cs', 'cr', 'CLIENT'],
  ['sr', 'ss', 'SERVER'],
  ['ms', 'ws', 'PRODUCER'],
  ['mr', 'wr', 'CONSUMER'],
];
const CORE_VALUES = new Set(['cs', 'cr', 'sr', 'ss', 'ms', 'mr', 'ws', 'wr']);
const REMOTE_ADDRESS: Readonly<Record<string, string>> = { CLIENT: 'sa', SERVER: 'ca', PRODUCER: 'ma', CONSUMER: 'ma' };

/**
 * Converts a v1 span to the v2 model as Zipkin's V1SpanConverter does: the first core annotation pair found
 * (`cs`/`cr`, `sr`/`ss`, `ms`, `mr`) gives the kind, the local endpoint and, when the span has none, the
 * timestamp and duration; the address annotation of the other side (`sa` for a client, `ca` for a
 * server, `ma` for messaging) is the remote endpoint; `lc` or any annotation's endpoint is the local
 * endpoint otherwise; other annotations stay annotations and other binary annotations become tags.
 *
 * @example
 * ```ts
 * zipkinV1ToV2(v1).kind; // 'SERVER' for a span with sr/ss
 * ```
 */
export function zipkinV1ToV2(span: ZipkinV1Span): ZipkinSpan {
  const find = (value: string): ZipkinV1Span['annotations'][number] | undefined =>
    span.annotations.find((a) => a.value === value);
  let kind: ZipkinKind = '';
  let local: ZipkinEndpoint | undefined;
  let start: bigint | undefined;
  let end: bigint | undefined;
  for (const [startValue, endValue, pairKind] of CORE) {
    const first = find(startValue);
    const last = find(endValue);
    if (!first && !last) continue;
    kind = pairKind;
    local = first?.endpoint ?? last?.endpoint;
    start = first?.timestampNanos;
    end = last?.timestampNanos;
    break;
  }
  const remoteKey = REMOTE_ADDRESS[kind];
  const remote = span.binaryAnnotations.find((b) => b.address && b.key === remoteKey)?.endpoint;
  local ??=
    span.binaryAnnotations.find((b) => b.key === 'lc')?.endpoint ??
    span.annotations.find((a) => a.endpoint)?.endpoint ??
    span.binaryAnnotations.find((b) => !b.address && b.endpoint)?.endpoint;
  const timestamp = span.timestampNanos ?? start ?? span.annotations[0]?.timestampNanos ?? 0n;
  const duration = span.durationNanos ?? (start !== undefined && end !== undefined && end >= start ? end - start : 0n);
  return {
    traceId: span.traceId,
    id: span.id,
    parentId: span.parentId,
    kind,
    name: span.name,
    timestampNanos: timestamp,
    durationNanos: duration,
    localEndpoint: local,
    remoteEndpoint: remote,
    annotations: span.annotations
      .filter((a) => !CORE_VALUES.has(a.value))
      .map((a) => ({ timestampNanos: a.timestampNanos, value: a.value })),
    tags: span.binaryAnnotations.filter((b) => !b.address).map((b) => [b.key, b.value] as const),
    debug: span.debug,
    shared: false,
  };
}
