/**
 * `@ht/stream-core`: a typed dataflow engine on RxJS with Flink-like semantics: event time and
 * watermarks, windows, keyed state, checkpoints and credit-based backpressure. It knows nothing of
 * tracing; the @ht trace pipeline is its first user.
 *
 * @packageDocumentation
 */
export { HtError, HtErrorCode, isHtError, toHtError } from './errors/HtError.js';
export type { HtErrorOptions } from './errors/HtError.js';
