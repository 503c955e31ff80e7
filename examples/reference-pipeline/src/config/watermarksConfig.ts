import { z } from 'zod';
import { LOCAL_WATERMARK_DEFAULTS } from '../local/localWatermarks.js';
import { durationMs, durationOrOff } from './duration.js';

const WHEN_ALL_IDLE = ['hold', 'follow-clock'] as const;

/**
 * `grouper.watermarks`, used by `ht stage grouper`: the event time of each `raw-spans` partition, with the
 * names of `WatermarkOptions` (`@ht/stream-core`) and the defaults of `LOCAL_WATERMARK_DEFAULTS` (1 s out of
 * order, idle after 1 s, the clock when every partition is idle). `whenAllIdle: hold` is for catching up
 * on a backlog (docs/scaling.md): the watermark then never follows the clock, so spans read late are not
 * dropped as too late; `idleTimeoutMs: off` never counts a partition idle.
 *
 * @example
 * ```ts
 * watermarksConfigSchema.parse({ whenAllIdle: 'hold' }).idleTimeoutMs; // 1000
 * ```
 */
export const watermarksConfigSchema = z.strictObject({
  /** How far behind the newest span end a span may arrive and still be on time. Default 1 s. */
  outOfOrdernessMs: durationMs(0).default(LOCAL_WATERMARK_DEFAULTS.outOfOrdernessMs),
  /** A partition without spans for this long stops holding the others back; `off`: never. Default 1 s. */
  idleTimeoutMs: durationOrOff(1)
    .transform((ms) => (ms === false ? Infinity : ms))
    .default(LOCAL_WATERMARK_DEFAULTS.idleTimeoutMs),
  /** When every partition is idle: `follow-clock` (the default) or `hold`. */
  whenAllIdle: z
    .enum(WHEN_ALL_IDLE, {
      error: () =>
        `must be one of ${WHEN_ALL_IDLE.join(', ')}; hold while a backlog is read (catching up), ` +
        'follow-clock so traces close when traffic stops',
    })
    .default(LOCAL_WATERMARK_DEFAULTS.whenAllIdle),
});

/**
 * `grouper.watermarks` after defaults: the grouper stage's `watermarks` (`WatermarkOptions`).
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * const watermarks: WatermarksConfig = config.grouper.watermarks;
 * ```
 */
export type WatermarksConfig = z.output<typeof watermarksConfigSchema>;
