/**
 * Credits of one source partition: how many of its records, and how many of their bytes, may be inside
 * the engine at once (in operator buffers, async stages, or written to a sink and not yet durable). A
 * record's credit (and its bytes) return when it is dropped, absorbed into state, or durable at its
 * sink. When the records run out, or the bytes in flight reach the byte capacity, the partition pauses;
 * it resumes once half the records are back and the bytes in flight are at most half the byte capacity
 * (hysteresis, so it does not flap). Records count as many bytes as their source says they took (0
 * when it says nothing): the byte bound is what keeps a partition of large records (whole traces)
 * from holding `capacity` of them.
 *
 * @example
 * ```ts
 * const credits = new CreditAccount(10_000, { pause: () => src.pause('0'), resume: () => src.resume('0') }, 8 * 1024 * 1024);
 * credits.take(512, 2_000_000);
 * credits.give(512, 2_000_000);
 * ```
 */
export class CreditAccount {
  private available: number;
  private bytes = 0;
  private pausedForCredits = false;
  private held = false;
  private throttled = false;
  private paused = false;
  private detached = false;

  constructor(
    readonly capacity: number,
    private readonly control: { pause(): void; resume(): void },
    /** Bytes of records in flight at which the partition pauses. Default: no byte bound. */
    readonly byteCapacity = Number.POSITIVE_INFINITY,
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

  /** Bytes of the records in flight (as their source counted them). */
  get bytesInFlight(): number {
    return this.bytes;
  }

  /** True while the source is asked to pause this partition. */
  get isPaused(): boolean {
    return this.paused;
  }

  /** True while the partition is paused because its credits (records or bytes) ran out (whatever else holds it). */
  get isOutOfCredits(): boolean {
    return this.pausedForCredits;
  }

  /** `n` records of `bytes` bytes entered the engine. */
  take(n: number, bytes = 0): void {
    this.available -= n;
    this.bytes += bytes;
    if ((this.available <= 0 || this.bytes >= this.byteCapacity) && !this.pausedForCredits) {
      this.pausedForCredits = true;
      this.update();
    }
  }

  /** `n` records of `bytes` bytes left the engine (durable, dropped or absorbed into state). */
  give(n: number, bytes = 0): void {
    this.available += n;
    this.bytes -= bytes;
    if (this.pausedForCredits && this.available * 2 >= this.capacity && this.bytes * 2 <= this.byteCapacity) {
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
