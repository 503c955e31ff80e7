import { escapeLabel } from '../metrics/MetricsRegistry.js';

/**
 * Counters of a job's per-partition state: restores (done, missing, failed), the time the last and
 * the slowest restore took, snapshots saved, partitions dropped. `toPrometheus()` renders them.
 *
 * @example
 * ```ts
 * const text = job.partitionStateStats?.toPrometheus() ?? '';
 * ```
 */
export class PartitionStateStats {
  /** Partition snapshots restored on assignment. */
  restored = 0;
  /** Assigned partitions that had no snapshot (they start empty from the committed offset). */
  missing = 0;
  /** Restores that failed or timed out (the partition replays from the committed offset). */
  restoreFailures = 0;
  /** Seconds the last restore took, and the longest one. */
  lastRestoreSeconds = 0;
  maxRestoreSeconds = 0;
  /** Partition snapshots saved. */
  saved = 0;
  /** Partitions whose state was dropped (revoked). */
  dropped = 0;

  constructor(readonly job: string) {}

  /** Records one finished restore attempt of `seconds`. */
  restoreTook(seconds: number): void {
    this.lastRestoreSeconds = seconds;
    if (seconds > this.maxRestoreSeconds) this.maxRestoreSeconds = seconds;
  }

  /** The counters in the Prometheus text format. */
  toPrometheus(): string {
    const l = `{job="${escapeLabel(this.job)}"}`;
    const lines = [
      `# TYPE ht_partition_state_restores_total counter`,
      `ht_partition_state_restores_total${l.slice(0, -1)},outcome="restored"} ${this.restored}`,
      `ht_partition_state_restores_total${l.slice(0, -1)},outcome="missing"} ${this.missing}`,
      `ht_partition_state_restores_total${l.slice(0, -1)},outcome="failed"} ${this.restoreFailures}`,
      `# TYPE ht_partition_state_restore_seconds gauge`,
      `ht_partition_state_restore_seconds${l.slice(0, -1)},which="last"} ${this.lastRestoreSeconds}`,
      `ht_partition_state_restore_seconds${l.slice(0, -1)},which="max"} ${this.maxRestoreSeconds}`,
      `# TYPE ht_partition_state_snapshots_saved_total counter`,
      `ht_partition_state_snapshots_saved_total${l} ${this.saved}`,
      `# TYPE ht_partition_state_dropped_total counter`,
      `ht_partition_state_dropped_total${l} ${this.dropped}`,
    ];
    return `${lines.join('\n')}\n`;
  }
}
