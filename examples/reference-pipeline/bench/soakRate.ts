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
   * seconds of its stored rate (at least `startRate`). By Little's law the backlog over the stored rate is
   * the mean time a span waits to be stored: the soak passes its latency budget's seconds (4.5 s embedded,
   * 5.5 s distributed), so the search stops raising the rate where the mean receipt → stored time reaches
   * the budget. Default 8 s.
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

/** The pipeline's counts at one instant (`at`: ms since the epoch). */
export interface ProgressReading {
  readonly at: number;
  readonly progress: PipelineProgress;
}

/** What {@link sustainedRate} measured. */
export interface SustainedRate {
  /** The lowest of `windows`: the rate the pipeline held in each of them. */
  readonly spansPerSecond: number;
  /** Spans stored per second in each window, in order. */
  readonly windows: readonly number[];
}

/**
 * The rate a pipeline sustained from `from` (ms since the epoch) to the last reading: that span is cut into
 * as many windows of about `windowMs` as it holds (its length over `windowMs`, rounded; each window bounded
 * by the reading nearest to its end, the last by the last reading), the spans stored per second are taken
 * in each, and the lowest is the answer. The lowest, not the mean: a store that slows down as its
 * database grows (DuckDB's tables and checkpoints) shows it in its last window, and the soak that follows
 * runs for longer than the search. NaN when the readings from `from` span less than half a window.
 *
 * @example
 * ```ts
 * sustainedRate(readings, startedAt + 120_000, 60_000); // { spansPerSecond: 7_900, windows: [8_600, 8_400, 7_900] }
 * ```
 */
export function sustainedRate(readings: readonly ProgressReading[], from: number, windowMs: number): SustainedRate {
  const kept = readings.filter((r) => r.at >= from);
  const first = kept[0];
  const last = kept.at(-1);
  if (first === undefined || last === undefined) return { spansPerSecond: NaN, windows: [] };
  const count = Math.round((last.at - first.at) / windowMs);
  const bounds: ProgressReading[] = [first];
  for (let k = 1; k < count; k++) {
    const end = first.at + k * windowMs;
    const nearest = kept.reduce((a, b) => (Math.abs(b.at - end) < Math.abs(a.at - end) ? b : a));
    if (nearest.at > bounds.at(-1)!.at && nearest.at < last.at) bounds.push(nearest);
  }
  if (count >= 1) bounds.push(last);
  const windows: number[] = [];
  for (let i = 1; i < bounds.length; i++) {
    const [a, b] = [bounds[i - 1]!, bounds[i]!];
    windows.push(((b.progress.stored - a.progress.stored) * 1000) / (b.at - a.at));
  }
  return { spansPerSecond: windows.length === 0 ? NaN : Math.min(...windows), windows };
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
  /** The sustainable rate is measured over the search's last this many ms. Default half of `durationMs`. */
  readonly measureMs?: number;
  /** … as the lowest stored rate over windows of this many ms ({@link sustainedRate}). Default 60 000 ms. */
  readonly windowMs?: number;
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
  /**
   * The lowest stored rate of the windows of the search's last `measureMs` ({@link sustainedRate}): the
   * rate the pipeline sustains here, with a backlog held at the `backlogSeconds` of {@link RateControl}.
   */
  readonly spansPerSecond: number;
  /** Spans stored per second in each window measured. */
  readonly windows: readonly number[];
  readonly steps: readonly RateStep[];
  readonly load: LoadResult;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Steps over which the stored rate is taken (a DuckDB or ClickHouse write lands about once a second). */
const RATE_WINDOW_STEPS = 3;

/**
 * Finds the rate a running pipeline stores spans at on this machine: the load client offers a rate set
 * every `stepMs` by {@link nextOfferedRate} from the pipeline's own counts (accepted, stored), starting at
 * `startRate`, for `durationMs`; the answer is the lowest stored rate of the windows of its last
 * `measureMs` ({@link sustainedRate}), when the pipeline has been kept busy with a backlog for minutes.
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
  const measured = sustainedRate(
    history,
    startedAt + plan.durationMs - (plan.measureMs ?? plan.durationMs / 2),
    plan.windowMs ?? 60_000,
  );
  return { spansPerSecond: measured.spansPerSecond, windows: measured.windows, steps, load: result };
}

/** One check of a soak's pipeline by {@link loweredSoakRate}. */
export interface SoakCheck {
  /** Spans stored per second since the check before. */
  readonly storedRate: number;
  /** Spans accepted and not stored yet. */
  readonly backlog: number;
}

/** How {@link loweredSoakRate} judges a soak's first minutes. */
export interface SoakGuard {
  /** Behind when the backlog is over this many seconds of the stored rate (the latency budget's). */
  readonly backlogSeconds: number;
  /** The rate lowered to this share of the stored rate (the soak's share, 0.8). */
  readonly share: number;
  /** Checks in a row the backlog must have been over the limit and growing. Default 3. */
  readonly checks?: number;
}

/**
 * The lower rate a soak should go on at, or undefined to keep `rate`: when at each of the last
 * `guard.checks` checks the backlog was over `backlogSeconds` of the stored rate (by Little's law, a mean
 * receipt → stored time over the latency budget) and had grown since the check before, the pipeline is
 * not keeping up with `rate` here and now (the search ran on another pipeline, the machine got busier):
 * `share` × the last stored rate, if that is lower than `rate`. Never raises the rate; holds it while
 * nothing was stored (a pipeline still starting).
 *
 * @example
 * ```ts
 * loweredSoakRate(8_000, checks, { backlogSeconds: 4.5, share: 0.8 }); // 5_600 when 7,000 were stored/s and the backlog grew
 * ```
 */
export function loweredSoakRate(rate: number, checks: readonly SoakCheck[], guard: SoakGuard): number | undefined {
  const n = guard.checks ?? 3;
  if (checks.length < n + 1) return undefined;
  const recent = checks.slice(-(n + 1));
  const behind = recent
    .slice(1)
    .every(
      (c, i) => c.storedRate > 0 && c.backlog > guard.backlogSeconds * c.storedRate && c.backlog > recent[i]!.backlog,
    );
  if (!behind) return undefined;
  const lowered = guard.share * recent.at(-1)!.storedRate;
  return lowered < rate ? lowered : undefined;
}

/**
 * The rate offered on average over a load of `seconds` that started at `rate` and was lowered at the
 * `changes` (seconds from its start, the rate from then on): what the spans accepted per second are
 * compared with.
 *
 * @example
 * ```ts
 * meanOfferedRate(10_000, [{ seconds: 60, to: 8_000 }], 600); // 8,200
 * ```
 */
export function meanOfferedRate(
  rate: number,
  changes: readonly { readonly seconds: number; readonly to: number }[],
  seconds: number,
): number {
  let total = 0;
  let from = 0;
  let current = rate;
  for (const change of changes) {
    const at = Math.min(Math.max(change.seconds, from), seconds);
    total += current * (at - from);
    from = at;
    current = change.to;
  }
  total += current * (seconds - from);
  return seconds > 0 ? total / seconds : rate;
}
