import type { LoadResult } from './loadClient.js';
import { startLoad } from './loadProcess.js';

/** Spans a pipeline accepted so far (answered 2xx) and stored so far (queryable), both since it started. */
export interface PipelineProgress {
  readonly accepted: number;
  readonly stored: number;
}

/** How {@link nextOfferedRate} steers the offered rate. */
export interface RateControl {
  /** Factor on the offered rate while the pipeline keeps up. Default 1.25. */
  readonly increase?: number;
  /** Factor on the stored rate while the backlog is over `backlogSeconds` and growing. Default 0.9. */
  readonly decrease?: number;
  /**
   * The pipeline is at its limit when its backlog (accepted, not yet stored) is more than this many
   * seconds of its stored rate (at least `startRate`). Default 8 s: at a rate it sustains, a span is stored within the latency
   * budget (4.5 s with the bench's 1 s gap), so the backlog stays under ~5 s of spans.
   */
  readonly backlogSeconds?: number;
  /** Never offered less than this. Default 50 spans/s. */
  readonly minRate?: number;
  /** The first rate offered: the backlog's measure until the stored rate passes it. Default `minRate`. */
  readonly startRate?: number;
}

/** What the pipeline did over the last step. */
export interface RateObservation {
  /** The rate offered during the step. */
  readonly offered: number;
  /** Spans stored per second over the last few steps. */
  readonly storedRate: number;
  /** Spans accepted and not stored, now and one step before. */
  readonly backlog: number;
  readonly previousBacklog: number;
}

/**
 * The rate to offer next: 25% more while the backlog (accepted, not stored) is under `backlogSeconds` of
 * the stored rate; beyond it, the stored rate while the backlog shrinks and 90% of it while it grows (at
 * most halving the rate in a step; holding it while nothing was stored in the last steps). The
 * load then settles at the rate the pipeline stores with a backlog that never empties, so it is busy all
 * along: like a receiver's channel kept full, but without the requests a full channel refuses (a refused
 * request is decoded first: CPU not spent storing spans) and without the unbounded backlog of the
 * distributed mode (Kafka takes whatever the receiver stage is sent, faster than the stages after it
 * store it). A pipeline that needs more than `backlogSeconds` to store a span at any rate is out of its
 * latency budget anyway: the search stops raising the rate there.
 *
 * @example
 * ```ts
 * nextOfferedRate({ offered: 4_000, storedRate: 3_000, backlog: 40_000, previousBacklog: 30_000 }); // 2,700
 * ```
 */
export function nextOfferedRate(observation: RateObservation, control: RateControl = {}): number {
  const { increase = 1.25, decrease = 0.9, backlogSeconds = 8, minRate = 50, startRate = minRate } = control;
  const { offered, storedRate, backlog, previousBacklog } = observation;
  // Until spans are stored (the first seconds), the backlog is weighed against the first rate offered.
  if (backlog <= backlogSeconds * Math.max(storedRate, startRate)) return Math.max(minRate, offered * increase);
  // Nothing stored in the window (a pipeline still starting, a stalled machine): nothing to judge by yet.
  if (storedRate <= 0) return offered;
  // At most halved in one step: a stored rate read low once (a write landing just after the step) does
  // not throw the search back to its start.
  const next = backlog > previousBacklog ? Math.max(storedRate * decrease, offered / 2) : storedRate;
  return Math.max(minRate, next);
}

/** What {@link findSustainableRate} is given. */
export interface SustainableRatePlan {
  /** OTLP/HTTP traces URL. */
  readonly url: string;
  /** An `OtlpTemplateFile` as JSON (fresh trace ids and current times in every copy). */
  readonly templateFile: string;
  readonly concurrency: number;
  readonly durationMs: number;
  /** The first rate offered. */
  readonly startRate: number;
  /** The rate is set again this often. Default 2 000 ms. */
  readonly stepMs?: number;
  readonly control?: RateControl;
  /** The pipeline's counts (its `/metrics`, its store). */
  progress(): Promise<PipelineProgress>;
  /** Sees each step (progress of the search). */
  onStep?(step: RateStep): void;
}

/** One step of the search. */
export interface RateStep {
  /** Seconds since the load started. */
  readonly seconds: number;
  readonly offered: number;
  readonly storedRate: number;
  readonly backlog: number;
}

/** What {@link findSustainableRate} measured. */
export interface SustainableRate {
  /** Spans stored per second over the second half of the run: the rate the pipeline sustains here. */
  readonly spansPerSecond: number;
  readonly steps: readonly RateStep[];
  readonly load: LoadResult;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Steps over which the stored rate is taken (a DuckDB or ClickHouse write lands about once a second). */
const RATE_WINDOW_STEPS = 3;

/**
 * Finds the rate a running pipeline stores spans at on this machine: the load client offers a rate set
 * every `stepMs` by {@link nextOfferedRate} from the pipeline's own counts (accepted, stored), starting at
 * `startRate`, for `durationMs`; the answer is the spans stored per second over the second half, when the
 * pipeline has been kept busy with a backlog for a while.
 *
 * @example
 * ```ts
 * const { spansPerSecond } = await findSustainableRate({ url, templateFile, concurrency: 8, durationMs: 90_000, startRate: 1_000, progress });
 * ```
 */
export async function findSustainableRate(plan: SustainableRatePlan): Promise<SustainableRate> {
  const stepMs = plan.stepMs ?? 2_000;
  const load = startLoad({
    url: plan.url,
    templateFile: plan.templateFile,
    concurrency: plan.concurrency,
    durationMs: plan.durationMs,
    spansPerSecond: plan.startRate,
  });
  const startedAt = Date.now();
  const history: { at: number; progress: PipelineProgress }[] = [{ at: startedAt, progress: await plan.progress() }];
  const steps: RateStep[] = [];
  let offered = plan.startRate;
  let ended = false;
  void load.done.finally(() => (ended = true)).catch(() => undefined);
  while (!ended && Date.now() - startedAt < plan.durationMs) {
    await sleep(stepMs);
    // A count not read this time (a busy ops server, ClickHouse) is read at the next step.
    const progress = await plan.progress().catch(() => undefined);
    if (progress === undefined) continue;
    const now = { at: Date.now(), progress };
    const previous = history.at(-1)!;
    const windowStart = history[Math.max(0, history.length - RATE_WINDOW_STEPS)]!;
    history.push(now);
    const storedRate = ((now.progress.stored - windowStart.progress.stored) * 1000) / (now.at - windowStart.at);
    const backlog = now.progress.accepted - now.progress.stored;
    const step = { seconds: (now.at - startedAt) / 1000, offered, storedRate, backlog };
    steps.push(step);
    plan.onStep?.(step);
    offered = nextOfferedRate(
      { offered, storedRate, backlog, previousBacklog: previous.progress.accepted - previous.progress.stored },
      { startRate: plan.startRate, ...plan.control },
    );
    load.setRate(offered);
  }
  load.stop();
  const result = await load.done;
  const half = history.find((h) => h.at - startedAt >= plan.durationMs / 2) ?? history[0]!;
  const last = history.at(-1)!;
  return {
    spansPerSecond: ((last.progress.stored - half.progress.stored) * 1000) / (last.at - half.at),
    steps,
    load: result,
  };
}
