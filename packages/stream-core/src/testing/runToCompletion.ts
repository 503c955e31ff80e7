import type { Job } from '../api/Job.js';
import type { VirtualClock } from './VirtualClock.js';
import { flushAsync } from './VirtualClock.js';

/** How {@link runToCompletion} drives virtual time. */
export interface RunToCompletionOptions {
  /** Virtual time per step. Default 10 ms. */
  readonly stepMs?: number;
  /** Give up (the job's `done` is still awaited) after this much virtual time. Default 60 s. */
  readonly maxMs?: number;
}

/**
 * The virtual-time harness: starts the job if needed, then advances the clock step by step, letting
 * promise callbacks (async sinks, retries) run between steps, until the job finished or failed.
 * Resolves like `job.done`.
 *
 * @example
 * ```ts
 * const clock = new VirtualClock(0);
 * const job = new Job({ name: 't', clock });
 * job.source(source).to(new MemorySink({ latencyMs: 50, clock }));
 * await runToCompletion(job, clock);
 * ```
 */
export async function runToCompletion(
  job: Job,
  clock: VirtualClock,
  options: RunToCompletionOptions = {},
): Promise<void> {
  const step = options.stepMs ?? 10;
  const max = options.maxMs ?? 60_000;
  if (job.status === 'created') await job.start();
  await flushAsync();
  for (let elapsed = 0; elapsed < max && (job.status === 'running' || job.status === 'stopping'); elapsed += step) {
    clock.advance(step);
    await flushAsync();
  }
  return job.done;
}
