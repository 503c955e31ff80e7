const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;
const HEX = /^[0-9a-fA-F]+$/;
const ZERO_TRACE_ID = '0'.repeat(32);
const ZERO_SPAN_ID = '0'.repeat(16);
const TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * Whether `id` is a canonical trace id: 32 lowercase hex characters, not all zero.
 *
 * @example
 * ```ts
 * isTraceId('0af7651916cd43dd8448eb211c80319c'); // true
 * ```
 */
export function isTraceId(id: string): boolean {
  return TRACE_ID.test(id) && id !== ZERO_TRACE_ID;
}

/**
 * Whether `id` is a canonical span id: 16 lowercase hex characters, not all zero.
 *
 * @example
 * ```ts
 * isSpanId('b7ad6b7169203331'); // true
 * ```
 */
export function isSpanId(id: string): boolean {
  return SPAN_ID.test(id) && id !== ZERO_SPAN_ID;
}

/**
 * Whether `id` is a tenant id: 1-128 characters of letters, digits, `.`, `_`, `:` and `-`, starting with
 * a letter or digit. Receivers and the Kafka source refuse any other tenant.
 *
 * @example
 * ```ts
 * isTenantId('acme-eu'); // true
 * isTenantId('-acme'); // false
 * ```
 */
export function isTenantId(id: string): boolean {
  return TENANT_ID.test(id);
}

/**
 * Canonical form of a hex trace id from any format: lowercased, left-padded with zeros to 32 characters
 * (Jaeger and Zipkin 64-bit ids are widened). Returns `undefined` for non-hex, too long, or all-zero ids.
 *
 * @example
 * ```ts
 * normalizeTraceId('463AC35C9F6413AD'); // '0000000000000000463ac35c9f6413ad'
 * ```
 */
export function normalizeTraceId(id: string): string | undefined {
  return normalizeHex(id, 32);
}

/**
 * Canonical form of a hex span id: lowercased, left-padded to 16 characters; `undefined` when invalid.
 *
 * @example
 * ```ts
 * normalizeSpanId('A2FB4A1D1A96D312'); // 'a2fb4a1d1a96d312'
 * ```
 */
export function normalizeSpanId(id: string): string | undefined {
  return normalizeHex(id, 16);
}

function normalizeHex(id: string, width: number): string | undefined {
  if (id.length === 0 || id.length > width || !HEX.test(id)) return undefined;
  const hex = id.toLowerCase().padStart(width, '0');
  return /^0+$/.test(hex) ? undefined : hex;
}

/**
 * Lowercase hex of raw id bytes (OTLP and Jaeger proto carry ids as bytes).
 *
 * @example
 * ```ts
 * bytesToHex(new Uint8Array([0xb7, 0xad])); // 'b7ad'
 * ```
 */
export function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
