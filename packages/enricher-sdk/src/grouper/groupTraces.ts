import { OutputTag } from '@ht/stream-core';
import type { OperatorStream, Stream } from '@ht/stream-core';
import type { Span } from '../model/Span.js';
import type { Trace } from '../model/Trace.js';
import type { GrouperOptions } from './GrouperOptions.js';
import { resolveGrouperOptions } from './GrouperOptions.js';
import { GrouperStats } from './GrouperStats.js';
import { traceGrouper } from './traceGrouper.js';
import { TRACE_MESSAGE_KEY, traceKey } from './traceKey.js';

/**
 * What {@link groupTraces} adds to a job.
 *
 * @example
 * ```ts
 * const { traces, lateSpans, stats } = groupTraces(spanStream, { gapMs: 3_000 });
 * ```
 */
export interface GroupedTraces {
  /**
   * Trace fragments: fragment 0 first, then follow-ups and continuations, numbered within the trace's
   * `session` (a trace that pauses past gap + allowed lateness starts a new one, from fragment 0);
   * `ht.grouper.reason` says why each was emitted.
   */
  readonly traces: OperatorStream<Trace>;
  /**
   * Spans of traces already forgotten (later than `allowedLatenessMs` after their trace was emitted). Send
   * them to a sink (a dead-letter topic); unread, they are dropped and counted.
   */
  readonly lateSpans: Stream<Span>;
  /** Live metrics of this grouper (filled while the job runs). */
  readonly stats: GrouperStats;
}

/**
 * Groups spans into traces: keyed by `tenant:traceId`, a trace is emitted after `gapMs` of event-time
 * silence (with a processing-time fallback), at `maxSpansPerTrace` spans, or when its spans cover
 * `maxTraceDurationMs`; spans arriving after it was emitted become follow-up fragments; at the memory cap
 * the oldest open traces are emitted early. Fragments are numbered within a session, named by the event
 * time of the span that opened it, so `(tenant, trace, session, fragment)` never repeats for other
 * spans. Give the source `timestamp: spanEndTime`, and run the job with checkpoints so a restart
 * replays into the same fragments (see docs/grouper.md); or, for several copies sharing a Kafka
 * consumer group, with `partitionState` over a source keyed by `TRACE_MESSAGE_KEY` (docs/scaling.md).
 *
 * @example
 * ```ts
 * import { FileSnapshotStore, Job } from '@ht/stream-core';
 * const job = new Job({ name: 'grouper', checkpoints: { store: new FileSnapshotStore(dir), intervalMs: 10_000 } });
 * const spans = job.source(rawSpans, { timestamp: spanEndTime, watermarks: { outOfOrdernessMs: 5_000 } });
 * const { traces, lateSpans } = groupTraces(spans, { gapMs: 30_000 });
 * traces.to(traceSink);
 * lateSpans.to(deadLetterSink);
 * await job.start();
 * ```
 */
export function groupTraces(spans: Stream<Span>, options: GrouperOptions = {}): GroupedTraces {
  const o = resolveGrouperOptions(options);
  const stats = new GrouperStats(o.metrics);
  const late = new OutputTag<Span>(`${o.name}:late-spans`);
  const traces = spans
    .keyBy(traceKey, { name: `${o.name}:key`, messageKey: TRACE_MESSAGE_KEY })
    .operator(traceGrouper(o, stats, late.id), { name: o.name });
  return { traces, lateSpans: traces.sideOutput(late), stats };
}
