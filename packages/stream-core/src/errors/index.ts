/**
 * `@ht/stream-core/errors`: the one error type of @ht (`HtError`, its codes and helpers) and the
 * record-error shapes of the error policies. It imports nothing outside this folder, so a package that
 * only needs the error type (the `@ht/enricher-sdk` model, a plugin) does not load the engine.
 *
 * @example
 * ```ts
 * import { HtError, isHtError } from '@ht/stream-core/errors';
 *
 * if (isHtError(e, 'CONFIG_INVALID')) console.error(e.message);
 * ```
 *
 * @packageDocumentation
 */
export { HtError, HtErrorCode, isHtError, toHtError } from './HtError.js';
export type { HtErrorOptions } from './HtError.js';
export type { DeadLetter, ErrorPolicy, RecordError } from './ErrorPolicy.js';
