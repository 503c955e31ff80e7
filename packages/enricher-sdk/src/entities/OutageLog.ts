import type { Logger } from '../context/Logger.js';

/** How often, at most, an outage's further failures are summed up in one `warn` line. */
const SUMMARY_EVERY_MS = 10_000;

/**
 * Logs an outage of a dependency without flooding the log: the first failure at `warn` with its
 * details, further ones summed up at most every 10 s (how many, since when), and the first success after
 * failures at `info` with the outage's count and length. At production rates a Redis outage fails every
 * new entity's registration; one line per failure would drown the log.
 */
export class OutageLog {
  private failures = 0;
  private unreported = 0;
  private since = 0;
  private lastReportAt = 0;

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** A failed call: logged at `warn` if it is the outage's first, else counted for the next summary. */
  failed(details: Record<string, unknown>, message: string): void {
    const t = this.now();
    this.failures++;
    if (this.failures === 1) {
      this.since = t;
      this.lastReportAt = t;
      this.logger.warn(details, message);
      return;
    }
    this.unreported++;
    if (t - this.lastReportAt >= SUMMARY_EVERY_MS) {
      this.logger.warn(
        { failures: this.failures, lastFailures: this.unreported, outageMs: t - this.since, ...details },
        `${this.what} still failing: ${this.unreported} more since the last report, ${this.failures} since the outage began`,
      );
      this.unreported = 0;
      this.lastReportAt = t;
    }
  }

  /** A call that worked: ends an outage, if one was under way, with an `info` line. */
  succeeded(): void {
    if (this.failures === 0) return;
    this.logger.info(
      { failures: this.failures, outageMs: this.now() - this.since },
      `${this.what} works again after ${this.failures} failures`,
    );
    this.failures = 0;
    this.unreported = 0;
  }
}
