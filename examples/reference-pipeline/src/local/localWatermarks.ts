import type { WatermarkOptions } from '@ht/stream-core';

/**
 * The event-time settings {@link startLocalPipeline} gives its receivers' source unless told otherwise:
 * spans may arrive up to 1 s out of order (by end time); the channel's partition counts as idle after 1 s
 * without spans, and when it is idle the watermark follows the wall clock (`now - outOfOrdernessMs - 1`,
 * moved every `idleTimeoutMs`), so traces still close when traffic stops.
 *
 * @example
 * ```ts
 * // spans that arrive up to 2 s out of order: pass it as startLocalPipeline's `watermarks`
 * const watermarks: LocalPipelineOptions['watermarks'] = { ...LOCAL_WATERMARK_DEFAULTS, outOfOrdernessMs: 2_000 };
 * ```
 */
export const LOCAL_WATERMARK_DEFAULTS = Object.freeze({
  outOfOrdernessMs: 1_000,
  idleTimeoutMs: 1_000,
  whenAllIdle: 'follow-clock',
} as const satisfies WatermarkOptions);
