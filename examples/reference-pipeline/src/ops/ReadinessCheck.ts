/**
 * One condition of `/readyz`: a name the 503 answer shows when it fails, and a check that passes when it
 * resolves to anything but `false`; a `false`, a throw or a rejection fails it (the error's message is the
 * reason shown), and so does taking longer than the ops server's check timeout.
 *
 * @example
 * ```ts
 * const storeAnswers: ReadinessCheck = { name: 'store answers', check: () => store.traceRows('spans', 'demo', traceId) };
 * ```
 */
export interface ReadinessCheck {
  readonly name: string;
  check(): unknown;
}

/**
 * The outcome of one {@link ReadinessCheck}.
 *
 * @example
 * ```ts
 * const result: ReadinessResult = { name: 'grouper started', ready: false, reason: 'not yet' };
 * ```
 */
export interface ReadinessResult {
  readonly name: string;
  readonly ready: boolean;
  /** Why it failed (absent when ready). */
  readonly reason?: string;
}

/**
 * A readiness check that fails (`not started`) until {@link ReadinessFlag.set} says otherwise: one per
 * stage, set once the stage has started.
 *
 * @example
 * ```ts
 * const grouperStarted = new ReadinessFlag('grouper started');
 * const ops = await startOpsServer({ port: 8099, readiness: [grouperStarted] });
 * grouperStarted.set(true); // /readyz answers 200 once every check passes
 * await ops.close();
 * ```
 */
export class ReadinessFlag implements ReadinessCheck {
  private ready = false;

  constructor(
    readonly name: string,
    private readonly notReadyReason = 'not started',
  ) {}

  /** Marks the condition met (`true`) or not (`false`, e.g. while stopping). */
  set(ready: boolean): void {
    this.ready = ready;
  }

  check(): void {
    if (!this.ready) throw new Error(this.notReadyReason);
  }
}

/**
 * Runs every check at once, each bounded by `timeoutMs`, and reports each one's outcome in order.
 *
 * @example
 * ```ts
 * const results = await runReadinessChecks([new ReadinessFlag('store answers')], 2000);
 * results[0]?.ready; // false
 * ```
 */
export async function runReadinessChecks(
  checks: readonly ReadinessCheck[],
  timeoutMs: number,
): Promise<ReadinessResult[]> {
  return Promise.all(
    checks.map(async (readiness): Promise<ReadinessResult> => {
      const { name } = readiness;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        const outcome: unknown = await Promise.race([Promise.resolve().then(() => readiness.check()), timeout]);
        return outcome === false ? { name, ready: false, reason: 'check returned false' } : { name, ready: true };
      } catch (error) {
        return { name, ready: false, reason: error instanceof Error ? error.message : String(error) };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}
