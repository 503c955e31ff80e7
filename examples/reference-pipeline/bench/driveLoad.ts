import { randomBytes } from 'node:crypto';
import { startLoad } from './loadProcess.js';
import type { LoadResult } from './loadClient.js';
import { MemorySampler } from './memorySamples.js';
import type { MemorySample, ProcessMemory } from './memorySamples.js';
import { percentile } from './statistics.js';

/** Where a running `ht` is reached, and the load to drive it with. */
export interface DriveLoadPlan {
  /** OTLP/HTTP traces URL (`http://127.0.0.1:4318/v1/traces`). */
  readonly url: string;
  /**
   * The ops server (`http://127.0.0.1:8099`) whose process's RSS and heap are sampled (`/debug/heap` under
   * `--expose-gc`, else `/metrics`), or several, by name (the stage processes of the distributed mode).
   */
  readonly opsUrl: string | Readonly<Record<string, string>>;
  /** The GraphQL URL (`http://127.0.0.1:2020/graphql`): probes are read back there; no probes without it. */
  readonly graphqlUrl?: string;
  /** An `OtlpTemplateFile` (bench/benchPayload.ts) as JSON: copies get fresh trace ids and current times. */
  readonly templateFile: string;
  readonly spansPerSecond: number;
  readonly durationMs: number;
  /** Requests in flight. Default 4. */
  readonly concurrency?: number;
  /** RSS and heap sampled this often. Default 5 000 ms. */
  readonly sampleEveryMs?: number;
  /** A probe trace sent this often and polled until queryable. Default 1 000 ms. */
  readonly probeEveryMs?: number;
  /** Samples before this (from the load's start) are left out of the slopes. Default 0. */
  readonly warmUpMs?: number;
  /** Sees each memory sample as it is taken (progress of a long run). */
  readonly onSample?: (process: string, sample: MemorySample) => void;
  /** Lowers the rate during the load's first minutes when the pipeline falls behind (see {@link RateGuardPlan}). */
  readonly guard?: RateGuardPlan;
}

/**
 * A check of the rate while the load runs: every `everyMs` until `untilMs` (from the load's start),
 * `lower(rate)` answers a lower rate to go on at, or undefined to keep it (the soak: `loweredSoakRate` of
 * the pipeline's counts).
 */
export interface RateGuardPlan {
  readonly everyMs: number;
  readonly untilMs: number;
  lower(rate: number): Promise<number | undefined>;
}

/** A rate lowered by the guard: when (seconds from the load's start), from and to (spans/s). */
export interface RateChange {
  readonly seconds: number;
  readonly from: number;
  readonly to: number;
}

export type { MemorySample, ProcessMemory } from './memorySamples.js';

/** What {@link driveLoad} measured. */
export interface DriveLoadResult {
  readonly load: LoadResult;
  /** Spans accepted per second of load. */
  readonly sustainedSpansPerSecond: number;
  /** The samples of the (first) process sampled. */
  readonly samples: readonly MemorySample[];
  /**
   * Slopes over its samples after the warm-up (Theil–Sen: robust to a few outliers), MiB per minute; the
   * heap's net of the spans its channel held at each sample ({@link ProcessMemory.heapSlopeMiBPerMinute}).
   */
  readonly heapSlopeMiBPerMinute: number;
  readonly rssSlopeMiBPerMinute: number;
  /** The heap's slope without taking the held spans out, MiB per minute. */
  readonly rawHeapSlopeMiBPerMinute: number;
  /** MiB of heap per 1,000 spans held, as fitted. */
  readonly heapMiBPerThousandHeld: number;
  /** Every process sampled, in the order of `opsUrl`. */
  readonly processes: readonly ProcessMemory[];
  /** Probes answered (each a one-span trace accepted and stored). */
  readonly probes: number;
  /** Of them, those the percentiles are taken over: sent from `latencyFromMs` on. */
  readonly latencyProbes: number;
  /** Probes accepted and never answered within 60 s. */
  readonly unansweredProbes: number;
  /** Probes refused (429/503: the channel full) and not sent again. */
  readonly refusedProbes: number;
  /** Probes answered otherwise (another status, or no answer at all). */
  readonly failedProbes: number;
  /** Receipt → queryable (sent → answered by GraphQL `trace`) of the `latencyProbes`, ms. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Rates the guard lowered, in order (none without a guard). */
  readonly rateChanges: readonly RateChange[];
  /** The rate the load ended at: `spansPerSecond`, or the guard's last. */
  readonly finalSpansPerSecond: number;
  /**
   * Probes sent after this many ms from the load's start make `latencyProbes` and the percentiles: 0 (all), or
   * `guard.untilMs` once the guard lowered the rate (the backlog of the rate it left drains meanwhile).
   */
  readonly latencyFromMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One probe: a one-span trace with a fresh id, sent as OTLP/HTTP JSON; its id and the answer's status (0: none). */
async function sendProbe(url: string): Promise<{ traceId: string; status: number }> {
  const traceId = randomBytes(16).toString('hex');
  const now = BigInt(Date.now()) * 1_000_000n;
  const body = JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'load-probe' } }] },
        scopeSpans: [
          {
            spans: [
              {
                traceId,
                spanId: randomBytes(8).toString('hex'),
                name: 'probe',
                kind: 2,
                startTimeUnixNano: String(now),
                endTimeUnixNano: String(now + 1_000_000n),
              },
            ],
          },
        ],
      },
    ],
  });
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await response.arrayBuffer();
    return { traceId, status: response.status };
  } catch {
    return { traceId, status: 0 };
  }
}

/** Probes asked about in one GraphQL request. */
const PROBE_SLOTS = 8;
/** A trace id no probe has: fills the slots of a request not all in use. */
const NO_TRACE = 'f'.repeat(32);
/**
 * One document for every poll (the ids are variables): a document that changed with each poll would fill
 * the GraphQL server's parse cache, which is memory of `ht` growing for the test's sake.
 */
const PROBE_QUERY =
  `query(${Array.from({ length: PROBE_SLOTS }, (_, i) => `$t${i}: String!`).join(', ')}) { ` +
  Array.from({ length: PROBE_SLOTS }, (_, i) => `p${i}: trace(traceId: $t${i}) { spans { spanId } }`).join(' ') +
  ' }';

/** Which of `traceIds` GraphQL answers with at least one span, {@link PROBE_SLOTS} per request. */
async function answeredProbes(graphqlUrl: string, traceIds: readonly string[]): Promise<Set<string>> {
  const answered = new Set<string>();
  for (let first = 0; first < traceIds.length; first += PROBE_SLOTS) {
    const ids = traceIds.slice(first, first + PROBE_SLOTS);
    const variables = Object.fromEntries(Array.from({ length: PROBE_SLOTS }, (_, i) => [`t${i}`, ids[i] ?? NO_TRACE]));
    try {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: PROBE_QUERY, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, { spans: unknown[] } | null> };
      ids.forEach((id, i) => {
        if ((body.data?.[`p${i}`]?.spans.length ?? 0) > 0) answered.add(id);
      });
    } catch {
      // Not answering right now: asked again at the next poll.
    }
  }
  return answered;
}

/**
 * Drives a running `ht` with the bench's load process (`bench/loadClient.ts`: OTLP/HTTP protobuf copies
 * of one request with fresh trace ids and current times, paced to `spansPerSecond` for `durationMs`),
 * while sampling its RSS and heap every `sampleEveryMs` and sending a probe trace every `probeEveryMs`
 * (read back through GraphQL: receipt → queryable). Resolves once the load ended and every probe was
 * answered (or given up after 60 s).
 *
 * @example
 * ```ts
 * const result = await driveLoad({ url, opsUrl, graphqlUrl, templateFile, spansPerSecond: 2_000, durationMs: 60_000 });
 * console.log(result.sustainedSpansPerSecond, result.p99Ms, result.heapSlopeMiBPerMinute);
 * ```
 */
export async function driveLoad(plan: DriveLoadPlan): Promise<DriveLoadResult> {
  /** Receipt → queryable of each probe answered, and when it was sent (ms from the load's start). */
  const latencies: { sentMs: number; ms: number }[] = [];
  const rateChanges: RateChange[] = [];
  let rate = plan.spansPerSecond;
  let loadStartedAt = performance.now();
  let unanswered = 0;
  let refused = 0;
  let failed = 0;
  let running = true;
  const sampler = new MemorySampler(
    typeof plan.opsUrl === 'string' ? { ht: plan.opsUrl } : plan.opsUrl,
    plan.sampleEveryMs ?? 5_000,
    plan.onSample,
  );
  const graphqlUrl = plan.graphqlUrl;
  /** Probes sent and not answered yet: trace id → when it was sent (performance.now()). */
  const waiting = new Map<string, number>();
  const probeTimeoutMs = 60_000;
  const probing =
    graphqlUrl === undefined
      ? Promise.resolve()
      : (async () => {
          let lastSent = -Infinity;
          while (running || waiting.size > 0) {
            if (running && performance.now() - lastSent >= (plan.probeEveryMs ?? 1_000)) {
              lastSent = performance.now();
              const { traceId, status } = await sendProbe(plan.url);
              if (status >= 200 && status < 300) waiting.set(traceId, lastSent);
              else if (status === 429 || status === 503) refused++;
              else failed++;
            }
            if (waiting.size > 0) {
              const answered = await answeredProbes(graphqlUrl, [...waiting.keys()]);
              const now = performance.now();
              for (const [traceId, sentAt] of waiting) {
                if (answered.has(traceId)) latencies.push({ sentMs: sentAt - loadStartedAt, ms: now - sentAt });
                else if (now - sentAt < probeTimeoutMs) continue;
                else unanswered++;
                waiting.delete(traceId);
              }
            }
            await sleep(250);
          }
        })();
  let load: LoadResult;
  let processes: ProcessMemory[];
  try {
    loadStartedAt = performance.now();
    const loadRun = startLoad({
      url: plan.url,
      templateFile: plan.templateFile,
      concurrency: plan.concurrency ?? 4,
      durationMs: plan.durationMs,
      spansPerSecond: plan.spansPerSecond,
    });
    const guard = plan.guard;
    if (guard !== undefined) {
      let ended = false;
      void loadRun.done.finally(() => (ended = true)).catch(() => undefined);
      while (!ended && performance.now() - loadStartedAt + guard.everyMs <= guard.untilMs) {
        await sleep(guard.everyMs);
        if (ended) break;
        // A count not read this time (a busy ops server) is read at the next check.
        const lower = await guard.lower(rate).catch(() => undefined);
        if (lower === undefined || lower >= rate) continue;
        rateChanges.push({ seconds: (performance.now() - loadStartedAt) / 1000, from: rate, to: lower });
        rate = lower;
        loadRun.setRate(rate);
      }
    }
    load = await loadRun.done;
  } finally {
    running = false;
    // Sampling stops with the load; probes still waiting are polled until answered (or given up).
    processes = await sampler.stop(plan.warmUpMs ?? 0);
    await probing;
  }
  const first = processes[0]!;
  const latencyFromMs = rateChanges.length === 0 ? 0 : plan.guard!.untilMs;
  const judged = latencies.filter((l) => latencyFromMs === 0 || l.sentMs >= latencyFromMs).map((l) => l.ms);
  return {
    load,
    sustainedSpansPerSecond: load.spans / ((load.endedAt - load.startedAt) / 1000),
    samples: first.samples,
    heapSlopeMiBPerMinute: first.heapSlopeMiBPerMinute,
    rssSlopeMiBPerMinute: first.rssSlopeMiBPerMinute,
    rawHeapSlopeMiBPerMinute: first.rawHeapSlopeMiBPerMinute,
    heapMiBPerThousandHeld: first.heapMiBPerThousandHeld,
    processes,
    probes: latencies.length,
    latencyProbes: judged.length,
    unansweredProbes: unanswered,
    refusedProbes: refused,
    failedProbes: failed,
    p50Ms: percentile(judged, 50),
    p99Ms: percentile(judged, 99),
    maxMs: Math.max(...judged),
    rateChanges,
    finalSpansPerSecond: rate,
    latencyFromMs,
  };
}
