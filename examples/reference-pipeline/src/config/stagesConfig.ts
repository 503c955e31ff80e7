import { GROUPER_DEFAULTS } from '@ht/enricher-sdk/grouper';
import { z } from 'zod';
import { durationMs, durationOrOff } from './duration.js';
import { grouperStateConfigSchema } from './grouperStateConfig.js';
import { countOf } from './port.js';
import { watermarksConfigSchema } from './watermarksConfig.js';

/**
 * The `channel` section: the bounded in-memory channel between the receivers and the job. `capacity` is
 * the most spans it holds; a request arriving while it is full waits up to `waitForRoomMs` for room
 * (undecoded), then the receiver answers 429 (gRPC RESOURCE_EXHAUSTED).
 *
 * @example
 * ```ts
 * channelConfigSchema.parse({}).capacity; // 100000
 * ```
 */
export const channelConfigSchema = z.strictObject({
  capacity: countOf(1).default(100_000),
  waitForRoomMs: durationMs(0).default(1_000),
});

/**
 * The `grouper` section, with the option names of `GrouperOptions` (`@ht/enricher-sdk/grouper`) and its
 * defaults (`GROUPER_DEFAULTS`); times take durations (`3s`, `5m` or ms). `idleTimeoutMs` is left to
 * the grouper (twice the gap) unless set; `off` turns it off. `state` and `watermarks` (`ht stage grouper`
 * only) say where the stage keeps its open traces ({@link grouperStateConfigSchema}) and how event time
 * moves per `raw-spans` partition (`watermarksConfigSchema`); the rest are the grouper's options
 * (`grouperOptionsOf`).
 *
 * @example
 * ```ts
 * grouperConfigSchema.parse({ gapMs: '3s' }).gapMs; // 3000
 * ```
 */
export const grouperConfigSchema = z
  .strictObject({
    gapMs: durationMs(1).default(GROUPER_DEFAULTS.gapMs),
    maxSpansPerTrace: countOf(1).default(GROUPER_DEFAULTS.maxSpansPerTrace),
    maxTraceDurationMs: durationMs(1).default(GROUPER_DEFAULTS.maxTraceDurationMs),
    maxOpenSpans: countOf(1).default(GROUPER_DEFAULTS.maxOpenSpans),
    allowedLatenessMs: durationMs(0).default(GROUPER_DEFAULTS.allowedLatenessMs),
    idleTimeoutMs: durationOrOff(1)
      .transform((ms) => (ms === false ? Infinity : ms))
      .optional(),
    state: grouperStateConfigSchema.prefault({ kind: 'memory' }),
    watermarks: watermarksConfigSchema.prefault({}),
  })
  .superRefine((grouper, ctx) => {
    if (grouper.maxOpenSpans < grouper.maxSpansPerTrace) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxOpenSpans'],
        message: `must be at least maxSpansPerTrace (${grouper.maxSpansPerTrace}); raise it or lower maxSpansPerTrace`,
      });
    }
  });

/**
 * The grouper's options of a `grouper` section: everything but `state` (where the stage keeps them) and
 * `watermarks` (the stage's source's event time).
 *
 * @example
 * ```ts
 * groupTraces(spans, grouperOptionsOf(config.grouper));
 * ```
 */
export function grouperOptionsOf(grouper: GrouperConfig): Omit<GrouperConfig, 'state' | 'watermarks'> {
  const { state: _state, watermarks: _watermarks, ...options } = grouper;
  return options;
}

/**
 * The `sink` section: how the `ViewSink` of `@ht/sinks` batches rows into the store, with its option
 * names. Unset keys keep the sink's defaults (rows per insert from the store, 32 MiB, 4 × maxRows).
 *
 * @example
 * ```ts
 * sinkConfigSchema.parse({ maxDelayMs: '500ms' }).maxDelayMs; // 500
 * ```
 */
export const sinkConfigSchema = z.strictObject({
  maxRows: countOf(1).optional(),
  maxBytes: countOf(1).optional(),
  maxDelayMs: durationMs(1).default(1_000),
  maxInFlight: countOf(1).optional(),
  maxPendingRows: countOf(1).optional(),
});

/**
 * The `channel` section after defaults.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * const { capacity }: ChannelConfig = config.channel;
 * ```
 */
export type ChannelConfig = z.output<typeof channelConfigSchema>;

/**
 * The `grouper` section after defaults: a `GrouperOptions` of `@ht/enricher-sdk/grouper`.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * const grouper: GrouperConfig = config.grouper;
 * ```
 */
export type GrouperConfig = z.output<typeof grouperConfigSchema>;

/**
 * The `sink` section after defaults: `ViewSinkOptions` of `@ht/sinks`.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * const sink: SinkConfig = config.sink;
 * ```
 */
export type SinkConfig = z.output<typeof sinkConfigSchema>;
