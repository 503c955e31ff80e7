import { HtError } from '@ht/stream-core';

/**
 * The error of a payload that cannot be decoded: `INPUT_INVALID`, naming the encoding and the problem, with
 * the underlying library error as `cause`. Receivers answer it with HTTP 400 / gRPC INVALID_ARGUMENT.
 *
 * @example
 * ```ts
 * throw malformed('zipkin_json', 'expected a JSON array of spans, got an object');
 * ```
 */
export function malformed(encoding: string, problem: string, cause?: unknown): HtError {
  const detail = cause instanceof Error && cause.message !== '' ? `: ${cause.message}` : '';
  return new HtError('INPUT_INVALID', `malformed ${encoding} payload: ${problem}${detail}`, {
    cause,
    context: { encoding },
  });
}

/**
 * Runs a decode step and turns anything it throws (a library's RangeError on a truncated buffer, a
 * TypeError on an unexpected shape) into a {@link malformed} error; `HtError`s pass through.
 *
 * @example
 * ```ts
 * const request = guardDecode('otlp_proto', 'not an ExportTraceServiceRequest', () => Request.decode(body));
 * ```
 */
export function guardDecode<T>(encoding: string, problem: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof HtError) throw error;
    throw malformed(encoding, problem, error);
  }
}
