/**
 * The gRPC status code names, by code (0-16), as the gRPC spec and OTel's `rpc.response.status_code` use them.
 *
 * @example
 * ```ts
 * GRPC_CODE_NAMES[5]; // 'NOT_FOUND'
 * ```
 */
export const GRPC_CODE_NAMES: readonly string[] = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
];

const BY_NAME = new Map(GRPC_CODE_NAMES.map((name, code) => [name, code]));

/**
 * The numeric gRPC code of a code name or a decimal string; `undefined` when it is neither.
 *
 * @example
 * ```ts
 * grpcCodeOf('NOT_FOUND'); // 5
 * grpcCodeOf('14'); // 14
 * ```
 */
export function grpcCodeOf(value: string): number | undefined {
  const named = BY_NAME.get(value.toUpperCase());
  if (named !== undefined) return named;
  if (!/^\d{1,2}$/.test(value)) return undefined;
  const code = Number(value);
  return code < GRPC_CODE_NAMES.length ? code : undefined;
}

/**
 * Whether a gRPC code is an error for the side that recorded the span, as OTel's gRPC conventions say:
 * every code but OK on the client; on the server only UNKNOWN, DEADLINE_EXCEEDED, UNIMPLEMENTED,
 * INTERNAL, UNAVAILABLE and DATA_LOSS (the others are the caller's fault).
 *
 * @example
 * ```ts
 * isGrpcError(5, 'SERVER'); // false: NOT_FOUND is the caller's problem
 * ```
 */
export function isGrpcError(code: number, kind: string): boolean {
  if (code === 0) return false;
  if (kind !== 'SERVER') return true;
  return code === 2 || code === 4 || code === 12 || code === 13 || code === 14 || code === 15;
}
