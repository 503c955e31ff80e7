import type { Clock } from '../time/Clock.js';
import { systemClock } from '../time/Clock.js';
import type { BucketHistogram } from './BucketHistogram.js';
import type { OperatorKind } from './OperatorMetrics.js';
import { OperatorMetrics } from './OperatorMetrics.js';

/** A point-in-time copy of one operator's metrics, for logs and tests. */
export interface OperatorMetricsSnapshot {
  readonly operator: string;
  readonly kind: OperatorKind;
  readonly recordsIn: number;
  readonly recordsOut: number;
  readonly dropped: number;
  readonly late: number;
  readonly errors: number;
  readonly queueDepth: number;
  /** Async steps: records called and not yet sent downstream. */
  readonly inFlight: number;
  /** Processing time minus watermark, ms (`null` before the first watermark or after the last). */
  readonly watermarkLagMs: number | null;
  readonly batchSecondsP99: number;
}

/**
 * Every operator's metrics of a job, exportable as Prometheus text exposition (format 0.0.4).
 *
 * @example
 * ```ts
 * http.createServer((_, res) => res.end(job.metrics.toPrometheus())).listen(9464);
 * ```
 */
export class MetricsRegistry {
  private readonly operators: OperatorMetrics[] = [];

  constructor(private readonly clock: Clock = systemClock) {}

  /** Creates and registers the metrics of one operator. */
  register(job: string, operator: string, kind: OperatorKind): OperatorMetrics {
    const m = new OperatorMetrics(job, operator, kind);
    this.operators.push(m);
    return m;
  }

  /** The metrics of the operator with this name, if any. */
  operator(name: string): OperatorMetrics | undefined {
    return this.operators.find((m) => m.operator === name);
  }

  /** Plain copies of every operator's metrics. */
  snapshot(): OperatorMetricsSnapshot[] {
    return this.operators.map((m) => ({
      operator: m.operator,
      kind: m.kind,
      recordsIn: m.recordsIn,
      recordsOut: m.recordsOut,
      dropped: m.dropped,
      late: m.late,
      errors: m.errors,
      queueDepth: m.queueDepth(),
      inFlight: m.inFlight(),
      watermarkLagMs: this.lag(m),
      batchSecondsP99: m.batchSeconds.quantile(0.99),
    }));
  }

  /** Prometheus text exposition of every metric. */
  toPrometheus(): string {
    const lines: string[] = [];
    const counter = (name: string, help: string, read: (m: OperatorMetrics) => number): void => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      for (const m of this.operators) lines.push(`${name}{${labels(m)}} ${read(m)}`);
    };
    counter('ht_stream_records_in_total', 'Records received by the operator.', (m) => m.recordsIn);
    counter('ht_stream_records_out_total', 'Records emitted by the operator.', (m) => m.recordsOut);
    counter('ht_stream_records_dropped_total', 'Records filtered, skipped or dropped.', (m) => m.dropped);
    counter('ht_stream_records_late_total', 'Records later than the allowed lateness.', (m) => m.late);
    counter('ht_stream_user_errors_total', 'User callback failures.', (m) => m.errors);
    lines.push('# HELP ht_stream_queue_depth Records waiting in the operator buffer.');
    lines.push('# TYPE ht_stream_queue_depth gauge');
    for (const m of this.operators) lines.push(`ht_stream_queue_depth{${labels(m)}} ${m.queueDepth()}`);
    lines.push('# HELP ht_stream_in_flight Records an async step called and has not yet sent downstream.');
    lines.push('# TYPE ht_stream_in_flight gauge');
    for (const m of this.operators) lines.push(`ht_stream_in_flight{${labels(m)}} ${m.inFlight()}`);
    const partitions = this.operators.map((m) => [m, m.partitionsInFlight()] as const);
    for (const [unit, help] of [
      ['records', 'Records of the source partition inside the engine (credits taken, not yet returned).'],
      ['bytes', 'Bytes of the records of the source partition inside the engine, as the source counted them.'],
    ] as const) {
      lines.push(`# HELP ht_stream_source_in_flight_${unit} ${help}`);
      lines.push(`# TYPE ht_stream_source_in_flight_${unit} gauge`);
      for (const [m, byPartition] of partitions)
        for (const [partition, held] of byPartition)
          lines.push(
            `ht_stream_source_in_flight_${unit}{${labels(m)},partition="${escapeLabel(partition)}"} ${held[unit]}`,
          );
    }
    lines.push('# HELP ht_stream_watermark_lag_ms Processing time minus the operator watermark.');
    lines.push('# TYPE ht_stream_watermark_lag_ms gauge');
    for (const m of this.operators) {
      const lag = this.lag(m);
      if (lag !== null) lines.push(`ht_stream_watermark_lag_ms{${labels(m)}} ${lag}`);
    }
    histogram(lines, 'ht_stream_batch_seconds', 'Time spent per batch in the operator.', this.operators, (m) =>
      m.batchSeconds.count > 0 ? m.batchSeconds : undefined,
    );
    histogram(lines, 'ht_stream_end_to_end_seconds', 'Source emit to durable sink write.', this.operators, (m) =>
      m.kind === 'sink' && m.endToEndSeconds.count > 0 ? m.endToEndSeconds : undefined,
    );
    return lines.join('\n') + '\n';
  }

  private lag(m: OperatorMetrics): number | null {
    return Number.isFinite(m.watermark) ? this.clock.now() - m.watermark : null;
  }
}

function histogram(
  lines: string[],
  name: string,
  help: string,
  operators: readonly OperatorMetrics[],
  pick: (m: OperatorMetrics) => BucketHistogram | undefined,
): void {
  lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} histogram`);
  for (const m of operators) {
    const h = pick(m);
    if (h === undefined) continue;
    const base = labels(m);
    let cumulative = 0;
    h.bounds.forEach((bound, i) => {
      cumulative += h.counts[i] ?? 0;
      lines.push(`${name}_bucket{${base},le="${bound}"} ${cumulative}`);
    });
    lines.push(`${name}_bucket{${base},le="+Inf"} ${h.count}`);
    lines.push(`${name}_sum{${base}} ${h.sum}`, `${name}_count{${base}} ${h.count}`);
  }
}

function labels(m: OperatorMetrics): string {
  return `job="${escapeLabel(m.job)}",operator="${escapeLabel(m.operator)}",kind="${m.kind}"`;
}

/** Escapes a label value per the exposition format: backslash, double quote and newline. */
export function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
