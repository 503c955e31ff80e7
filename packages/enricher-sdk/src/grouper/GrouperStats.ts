import { escapeLabel } from '@ht/stream-core';
import type { Counter, Labels, Metrics } from '../context/Metrics.js';
import { GROUPER_REASONS } from './GrouperReason.js';
import type { GrouperReason } from './GrouperReason.js';

/**
 * A point-in-time copy of a grouper's {@link GrouperStats}.
 *
 * @example
 * ```ts
 * const { openTraces, openSpans } = stats.snapshot();
 * ```
 */
export interface GrouperStatsSnapshot {
  readonly openTraces: number;
  readonly openSpans: number;
  /** Keys remembered: open traces plus emitted ones kept for follow-up fragments. */
  readonly trackedTraces: number;
  readonly tracesEmitted: Readonly<Record<GrouperReason, number>>;
  readonly spansEmitted: Readonly<Record<GrouperReason, number>>;
  /** Spans that arrived after their trace was emitted and went into a follow-up fragment. */
  readonly lateSpans: number;
  /** Spans later than the allowed lateness, sent to the `lateSpans` stream (dropped, and counted, when unread). */
  readonly tooLateSpans: number;
  /** Traces that resumed after more than gap + allowed lateness: a new session, numbered from 0 again. */
  readonly restartedTraces: number;
}

type Gauges = () => { openTraces: number; openSpans: number; trackedTraces: number };

const perReason = (): Record<GrouperReason, number> =>
  Object.fromEntries(GROUPER_REASONS.map((r) => [r, 0])) as Record<GrouperReason, number>;

/**
 * The grouper's live metrics: open traces and spans (gauges), traces and spans emitted per reason, late
 * and too-late spans. Read them with {@link GrouperStats.snapshot} or expose them with
 * {@link GrouperStats.toPrometheus}; counters also go to the `metrics` option when given.
 *
 * @example
 * ```ts
 * const { traces, stats } = groupTraces(spanStream);
 * import { createServer } from 'node:http';
 * createServer((_, res) => res.end(job.metrics.toPrometheus() + stats.toPrometheus({ job: job.name }))).listen(9464);
 * ```
 */
export class GrouperStats {
  private readonly tracesEmitted = perReason();
  private readonly spansEmitted = perReason();
  private late = 0;
  private tooLate = 0;
  private restarted = 0;
  private gauges: Gauges = () => ({ openTraces: 0, openSpans: 0, trackedTraces: 0 });
  private readonly counters: {
    traces: Counter;
    spans: Counter;
    late: Counter;
    tooLate: Counter;
    restarted: Counter;
  } | null;

  constructor(metrics?: Metrics) {
    this.counters =
      metrics === undefined
        ? null
        : {
            traces: metrics.counter('ht_grouper_traces_emitted_total', 'Trace fragments emitted, by reason.'),
            spans: metrics.counter('ht_grouper_spans_emitted_total', 'Spans emitted in trace fragments, by reason.'),
            late: metrics.counter('ht_grouper_late_spans_total', 'Spans that became follow-up fragments.'),
            tooLate: metrics.counter('ht_grouper_too_late_spans_total', 'Spans later than the allowed lateness.'),
            restarted: metrics.counter(
              'ht_grouper_traces_restarted_total',
              'Traces that started a new session (fragment numbering from 0) after pausing past gap + allowed lateness.',
            ),
          };
  }

  /** @internal The running grouper reports its gauges through this. */
  attach(gauges: Gauges): void {
    this.gauges = gauges;
  }

  /** @internal */
  emitted(reason: GrouperReason, spans: number): void {
    this.tracesEmitted[reason]++;
    this.spansEmitted[reason] += spans;
    this.counters?.traces.inc(1, { reason });
    this.counters?.spans.inc(spans, { reason });
  }

  /** @internal */
  lateSpan(): void {
    this.late++;
    this.counters?.late.inc();
  }

  /** @internal */
  tooLateSpan(): void {
    this.tooLate++;
    this.counters?.tooLate.inc();
  }

  /** @internal */
  restartedTrace(): void {
    this.restarted++;
    this.counters?.restarted.inc();
  }

  snapshot(): GrouperStatsSnapshot {
    return {
      ...this.gauges(),
      tracesEmitted: { ...this.tracesEmitted },
      spansEmitted: { ...this.spansEmitted },
      lateSpans: this.late,
      tooLateSpans: this.tooLate,
      restartedTraces: this.restarted,
    };
  }

  /** Prometheus text exposition (format 0.0.4) of every metric, each with `labels` added. */
  toPrometheus(labels: Labels = {}): string {
    const s = this.snapshot();
    const base = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
    const l = (extra: string[] = []): string =>
      base.length + extra.length > 0 ? `{${[...base, ...extra].join(',')}}` : '';
    const lines: string[] = [];
    const metric = (name: string, type: string, help: string, values: [string[], number][]): void => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
      for (const [extra, v] of values) lines.push(`${name}${l(extra)} ${v}`);
    };
    metric('ht_grouper_open_traces', 'gauge', 'Traces being collected.', [[[], s.openTraces]]);
    metric('ht_grouper_open_spans', 'gauge', 'Spans held in open traces.', [[[], s.openSpans]]);
    metric('ht_grouper_tracked_traces', 'gauge', 'Trace keys remembered, open or kept for follow-ups.', [
      [[], s.trackedTraces],
    ]);
    const byReason = (r: Record<GrouperReason, number>): [string[], number][] =>
      GROUPER_REASONS.map((reason) => [[`reason="${reason}"`], r[reason]]);
    metric(
      'ht_grouper_traces_emitted_total',
      'counter',
      'Trace fragments emitted, by reason.',
      byReason(s.tracesEmitted),
    );
    metric(
      'ht_grouper_spans_emitted_total',
      'counter',
      'Spans emitted in trace fragments, by reason.',
      byReason(s.spansEmitted),
    );
    metric('ht_grouper_late_spans_total', 'counter', 'Spans that became follow-up fragments.', [[[], s.lateSpans]]);
    metric('ht_grouper_too_late_spans_total', 'counter', 'Spans later than the allowed lateness.', [
      [[], s.tooLateSpans],
    ]);
    metric(
      'ht_grouper_traces_restarted_total',
      'counter',
      'Traces that started a new session (fragment numbering from 0) after pausing past gap + allowed lateness.',
      [[[], s.restartedTraces]],
    );
    return lines.join('\n') + '\n';
  }
}
