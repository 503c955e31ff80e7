import type { CancelTimer, Clock } from '../time/Clock.js';

/**
 * The schedule both checkpoint coordinators share: `take` every `intervalMs` (default 10 s) on the job's
 * clock, one at a time (`trigger` joins the one in progress), the next scheduled once the last finished;
 * a failed one goes to `onError` and stops the schedule.
 */
export abstract class PeriodicCheckpoints<R> {
  private timer: CancelTimer | undefined;
  private running: Promise<R> | undefined;
  private stopped = false;

  protected constructor(
    protected readonly clock: Clock,
    private readonly intervalMs: number | undefined,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Starts periodic checkpoints. */
  schedule(): void {
    if (this.stopped) return;
    this.timer = this.clock.setTimer(() => {
      this.timer = undefined;
      this.trigger().then(
        () => this.schedule(),
        (e: unknown) => this.onError(e),
      );
    }, this.intervalMs ?? 10_000);
  }

  stop(): void {
    this.stopped = true;
    this.timer?.();
  }

  /** Takes a checkpoint now (or joins the one in progress). */
  trigger(): Promise<R> {
    this.running ??= this.take().finally(() => (this.running = undefined));
    return this.running;
  }

  /** One checkpoint. */
  protected abstract take(): Promise<R>;
}
