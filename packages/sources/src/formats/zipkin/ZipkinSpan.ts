/**
 * A Zipkin endpoint as every Zipkin encoding carries it (IPs as text).
 *
 * @example
 * ```ts
 * const local: ZipkinEndpoint = { serviceName: 'frontend', ipv4: '10.0.0.1', ipv6: '', port: 8080 };
 * ```
 */
export interface ZipkinEndpoint {
  readonly serviceName: string;
  readonly ipv4: string;
  readonly ipv6: string;
  readonly port: number;
}

/**
 * Zipkin v2 span kinds (`''`: unspecified).
 *
 * @example
 * ```ts
 * const kind: ZipkinKind = 'CLIENT';
 * ```
 */
export type ZipkinKind = '' | 'CLIENT' | 'SERVER' | 'PRODUCER' | 'CONSUMER';

/**
 * One Zipkin span in the v2 model, whatever encoding it came in (v2 JSON and proto3 directly, v1 JSON and
 * Thrift converted as Zipkin's own V1SpanConverter does). Ids are hex as sent; times are unix nanoseconds (Zipkin sends microseconds).
 *
 * @example
 * ```ts
 * const span: ZipkinSpan = { traceId: '463ac35c9f6413ad', id: 'a2fb4a1d1a96d312', parentId: '', kind: 'SERVER',
 *   name: 'get /', timestampNanos: 1_700_000_000_000_000_000n, durationNanos: 25_000n, annotations: [], tags: [],
 *   debug: false, shared: false };
 * ```
 */
export interface ZipkinSpan {
  readonly traceId: string;
  readonly id: string;
  readonly parentId: string;
  readonly kind: ZipkinKind;
  readonly name: string;
  readonly timestampNanos: bigint;
  readonly durationNanos: bigint;
  readonly localEndpoint?: ZipkinEndpoint;
  readonly remoteEndpoint?: ZipkinEndpoint;
  readonly annotations: readonly { readonly timestampNanos: bigint; readonly value: string }[];
  /** Tags in the order sent. */
  readonly tags: readonly (readonly [string, string])[];
  readonly debug: boolean;
  readonly shared: boolean;
}

/**
 * IPv4 text of 4 bytes, IPv6 text of 16 bytes (proto3 carries addresses as bytes); `''` otherwise.
 *
 * @example
 * ```ts
 * ipFromBytes(new Uint8Array([10, 0, 0, 1])); // '10.0.0.1'
 * ```
 */
export function ipFromBytes(bytes: Uint8Array | null | undefined): string {
  if (!bytes) return '';
  if (bytes.length === 4) return bytes.join('.');
  if (bytes.length !== 16) return '';
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return groups.join(':');
}
