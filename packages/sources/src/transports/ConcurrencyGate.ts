/**
 * Counts the requests (or calls) one receiver endpoint is serving and refuses one more past the limit,
 * so a flood of slow or concurrent clients cannot pile up unbounded work in the process.
 *
 * @example
 * ```ts
 * const gate = new ConcurrencyGate(DEFAULT_LIMITS.maxConcurrentRequests);
 * if (gate.tryEnter()) {
 *   try { console.log(gate.inFlight); } finally { gate.leave(); }
 * }
 * ```
 */
export class ConcurrencyGate {
  private active = 0;

  constructor(private readonly limit: number) {}

  /** Takes a place; `false` when `limit` requests are already in. */
  tryEnter(): boolean {
    if (this.active >= this.limit) return false;
    this.active++;
    return true;
  }

  /** Gives back a place taken by {@link tryEnter}. */
  leave(): void {
    if (this.active > 0) this.active--;
  }

  /** Requests being served now. */
  get inFlight(): number {
    return this.active;
  }
}

/**
 * The message of a request refused for concurrency (HTTP 503 / gRPC UNAVAILABLE).
 *
 * @example
 * ```ts
 * overCapacityMessage(256); // 'the receiver is serving its limit of 256 requests at once: retry later'
 * ```
 */
export function overCapacityMessage(limit: number): string {
  return `the receiver is serving its limit of ${limit} requests at once: retry later`;
}
