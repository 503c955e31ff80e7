/**
 * Credits of one source partition: how many of its records may be inside the engine at once (in
 * operator buffers, async stages, or written to a sink and not yet durable). A record's credit returns
 * when it is dropped, absorbed into state, or durable at its sink. Below zero the partition pauses; it
 * resumes once half the capacity is back (hysteresis, so it does not flap).
 *
 * @example
 * ```ts
 * const credits = new CreditAccount(10_000, { pause: () => src.pause('0'), resume: () => src.resume('0') });
 * credits.take(512);
 * credits.give(512);
 * ```
 */
export class CreditAccount {
  private available: number;
  private pausedForCredits = false;
  private held = false;
  private throttled = false;
  private paused = false;
  private detached = false;

  constructor(
    readonly capacity: number,
    private readonly control: { pause(): void; resume(): void },
  ) {
    this.available = capacity;
  }

  /** Credits left (negative when a source overshot). */
  get left(): number {
    return this.available;
  }

  /** Records in flight. */
  get inFlight(): number {
    return this.capacity - this.available;
  }

  /** True while the source is asked to pause this partition. */
  get isPaused(): boolean {
    return this.paused;
  }

  /** True while the partition is paused because its credits ran out (whatever else holds it). */
  get isOutOfCredits(): boolean {
    return this.pausedForCredits;
  }

  take(n: number): void {
    this.available -= n;
    if (this.available <= 0 && !this.pausedForCredits) {
      this.pausedForCredits = true;
      this.update();
    }
  }

  give(n: number): void {
    this.available += n;
    if (this.pausedForCredits && this.available * 2 >= this.capacity) {
      this.pausedForCredits = false;
      this.update();
    }
  }

  /** Pauses regardless of credits (a checkpoint waiting for quiescence), or lifts that hold. */
  hold(held: boolean): void {
    this.held = held;
    this.update();
  }

  /**
   * Pauses regardless of credits because an operator downstream buffers records that hold no credits
   * (an async step behind a window), or lifts that. Independent of {@link hold}.
   */
  throttle(throttled: boolean): void {
    this.throttled = throttled;
    this.update();
  }

  /**
   * Stops driving the source (the partition was revoked): credits of records still in flight keep
   * returning here, but must not pause or resume the partition that a new assignment now owns.
   */
  detach(): void {
    this.detached = true;
  }

  private update(): void {
    if (this.detached) return;
    const shouldPause = this.pausedForCredits || this.held || this.throttled;
    if (shouldPause === this.paused) return;
    this.paused = shouldPause;
    if (shouldPause) this.control.pause();
    else this.control.resume();
  }
}
