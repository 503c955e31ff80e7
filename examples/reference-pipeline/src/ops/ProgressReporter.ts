import type { Logger } from '@ht/enricher-sdk';
import { formatProgress } from './formatProgress.js';
import type { ProgressCounters } from './formatProgress.js';

/**
 * The clock and timer of a {@link ProgressReporter}, injectable for tests.
 *
 * @example
 * ```ts
 * const timer: ProgressTimer = { now: () => 0, every: () => () => undefined };
 * ```
 */
export interface ProgressTimer {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called; must not keep the process alive. */
  every(ms: number, tick: () => void): () => void;
}

/**
 * The real clock (`performance.now()`) and an unref'd `setInterval`.
 *
 * @example
 * ```ts
 * const stop = systemProgressTimer.every(1000, () => console.log(systemProgressTimer.now()));
 * stop();
 * ```
 */
export const systemProgressTimer: ProgressTimer = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const interval = setInterval(tick, ms);
    interval.unref();
    return () => clearInterval(interval);
  },
};

/**
 * Where the progress line goes: a writable stream; `isTTY` decides how (see {@link ProgressReporter}).
 *
 * @example
 * ```ts
 * const output: ProgressOutput = process.stdout;
 * ```
 */
export interface ProgressOutput {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * Options of {@link ProgressReporter}.
 *
 * @example
 * ```ts
 * const options: ProgressReporterOptions = { read: () => ({ spansIn: 0, tracesOut: 0, rowsStored: 0 }), intervalMs: 5000 };
 * ```
 */
export interface ProgressReporterOptions {
  /** The current totals (called once per update). */
  readonly read: () => ProgressCounters;
  /** Default `process.stdout`. */
  readonly output?: ProgressOutput;
  /** Where the periodic lines go when the output is not a TTY (default: plain lines on `output`). */
  readonly logger?: Logger;
  /** Default `output.isTTY === true`. */
  readonly isTTY?: boolean;
  /** Between updates (default 1000 ms in a TTY, 10000 ms otherwise). */
  readonly intervalMs?: number;
  /** Default {@link systemProgressTimer}. */
  readonly timer?: ProgressTimer;
}

const CLEAR_LINE = '\r\x1b[2K';

/**
 * The live progress of a running pipeline: spans in, traces out and rows stored, each with its rate per
 * second, and the queue. In a TTY, one line rewritten in place every second; otherwise one log line
 * (`progress: …`, with the totals as fields) every 10 s. {@link ProgressReporter.stop} ends with a summary
 * line (totals and average rates since start).
 *
 * @example
 * ```ts
 * const progress = new ProgressReporter({ read: () => ({ spansIn: 0, tracesOut: 0, rowsStored: 0 }) });
 * progress.start();
 * progress.stop(); // 'done in 0.0 s: spans in 0 (0/s) · …'
 * ```
 */
export class ProgressReporter {
  private readonly output: ProgressOutput;
  private readonly tty: boolean;
  private readonly timer: ProgressTimer;
  private readonly intervalMs: number;
  private cancel: (() => void) | undefined;
  private startedAt = 0;
  private previous: { counters: ProgressCounters; at: number } | undefined;
  /** The line shown in a TTY, redrawn after anything written through {@link ProgressReporter.interleave}. */
  private shown = '';

  constructor(private readonly options: ProgressReporterOptions) {
    this.output = options.output ?? process.stdout;
    this.tty = options.isTTY ?? this.output.isTTY === true;
    this.timer = options.timer ?? systemProgressTimer;
    this.intervalMs = options.intervalMs ?? (this.tty ? 1000 : 10_000);
  }

  /** Starts updating; a second call does nothing. */
  start(): void {
    if (this.cancel !== undefined) return;
    this.startedAt = this.timer.now();
    this.previous = { counters: this.options.read(), at: this.startedAt };
    this.cancel = this.timer.every(this.intervalMs, () => this.update());
  }

  /** Stops updating and prints the summary line; does nothing unless started. */
  stop(): void {
    if (this.cancel === undefined) return;
    this.cancel();
    this.cancel = undefined;
    const counters = this.options.read();
    const seconds = (this.timer.now() - this.startedAt) / 1000;
    const zero = { spansIn: 0, tracesOut: 0, rowsStored: 0 };
    const line = `done in ${seconds.toFixed(1)} s: ${formatProgress(counters, zero, seconds)}`;
    if (this.tty) {
      this.shown = '';
      this.output.write(`${CLEAR_LINE}${line}\n`);
    } else this.log(counters, seconds, line);
  }

  /** Reads the counters and shows one update (the timer calls it; tests may too). */
  update(): void {
    const now = this.timer.now();
    const counters = this.options.read();
    const previous = this.previous ?? { counters, at: now };
    const seconds = (now - previous.at) / 1000;
    this.previous = { counters, at: now };
    const line = formatProgress(counters, previous.counters, seconds);
    if (this.tty) {
      this.shown = line;
      this.output.write(`${CLEAR_LINE}${line}`);
    } else this.log(counters, seconds, `progress: ${line}`, (counters.spansIn - previous.counters.spansIn) / seconds);
  }

  /**
   * A stream for other output (the logger's) to the same terminal: in a TTY each chunk clears the
   * progress line, is written, and the line is drawn again below it; otherwise it is `output` itself.
   *
   * @example
   * ```ts
   * const progress = new ProgressReporter({ read: () => ({ spansIn: 0, tracesOut: 0, rowsStored: 0 }) });
   * const log = createLogger({ destination: progress.interleave(process.stdout) });
   * ```
   */
  interleave(destination: ProgressOutput): ProgressOutput {
    if (!this.tty) return destination;
    return {
      isTTY: destination.isTTY === true,
      write: (chunk: string) => {
        if (this.shown === '') return destination.write(chunk);
        this.output.write(CLEAR_LINE);
        destination.write(chunk);
        return this.output.write(this.shown);
      },
    };
  }

  private log(counters: ProgressCounters, seconds: number, line: string, spansPerSecond?: number): void {
    if (this.options.logger === undefined) {
      this.output.write(`${line}\n`);
      return;
    }
    const rate = spansPerSecond ?? counters.spansIn / seconds;
    const fields = { ...counters, spansPerSecond: Number.isFinite(rate) ? Math.round(rate * 10) / 10 : 0 };
    this.options.logger.info(fields, line);
  }
}
