import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`: 100 on Linux). */
const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;

/** CPU time and resident memory of one process, from `/proc/<pid>/stat`. */
export interface ProcessSample {
  /** utime + stime, seconds (every thread of the process). */
  readonly cpuSeconds: number;
  readonly rssBytes: number;
  /** When it was read (unix ms). */
  readonly at: number;
}

/**
 * Reads a process's CPU time (user + system, all threads) and RSS from `/proc/<pid>/stat`.
 *
 * @example
 * ```ts
 * const before = processSample(child.pid!);
 * // … load …
 * const cpu = processSample(child.pid!).cpuSeconds - before.cpuSeconds;
 * ```
 */
export function processSample(pid: number): ProcessSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: the fields after it start past its closing parenthesis.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3 (state): utime is field 14, stime 15, rss (pages) 24.
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  const rssPages = Number(rest[21]);
  return { cpuSeconds: (utime + stime) / TICKS_PER_SECOND, rssBytes: rssPages * PAGE_BYTES, at: Date.now() };
}

/**
 * Samples a process every `intervalMs` until stopped; keeps every sample.
 *
 * @example
 * ```ts
 * const sampler = new ProcessSampler(pid, 1_000);
 * // … load …
 * const samples = sampler.stop();
 * ```
 */
export class ProcessSampler {
  readonly samples: ProcessSample[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    intervalMs: number,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  /** Takes one more sample, stops, and returns them all. */
  stop(): ProcessSample[] {
    clearInterval(this.timer);
    this.sample();
    return this.samples;
  }

  private sample(): void {
    try {
      this.samples.push(processSample(this.pid));
    } catch {
      // The process ended: nothing more to read.
    }
  }
}
