import type { Batch } from '../core/Batch.js';
import type { OperatorContext } from '../graph/OperatorContext.js';

/**
 * A stateless operator: a plain function from batch to batch, made once per job run from its context.
 * Exceptions it throws (the `fail` policy) go to the RxJS error channel.
 *
 * @example
 * ```ts
 * const double: BatchTransform<number, number> = (ctx) => (b) => ({ ...b, values: b.values.map((v) => v * 2) });
 * ```
 */
export type BatchTransform<I, O> = (ctx: OperatorContext) => (batch: Batch<I>) => Batch<O>;
