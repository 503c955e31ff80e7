import { randomBytes } from 'node:crypto';
import { runLoad } from './loadProcess.js';
import type { LoadResult } from './loadClient.js';
import { percentile, robustSlope } from './statistics.js';

/** Where a running `ht` is reached, and the load to drive it with. */
export interface DriveLoadPlan {
  /** OTLP/HTTP traces URL (`http://127.0.0.1:4318/v1/traces`). */
  readonly url: string;
  /** The ops server (`http://127.0.0.1:8099`): RSS and heap from `/debug/heap` (under `--expose-gc`) or `/metrics`. */
  readonly opsUrl: string;
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
}

/** One memory sample of the `ht` process. */
export interface MemorySample {
  /** Seconds since the load started. */
  readonly seconds: number;
  readonly rssMiB: number;
  /** The V8 heap used, after a forced full GC when `afterGc`. */
  readonly heapMiB: number;
  readonly afterGc: boolean;
}

/** What {@link driveLoad} measured. */
export interface DriveLoadResult {
  readonly load: LoadResult;
  /** Spans accepted per second of load. */
  readonly sustainedSpansPerSecond: number;
  readonly samples: readonly MemorySample[];
  /** Slopes over the samples after the warm-up (Theil–Sen: robust to a few outliers), MiB per minute. */
  readonly heapSlopeMiBPerMinute: number;
  readonly rssSlopeMiBPerMinute: number;
  /** Receipt → queryable of the probes (sent → answered by GraphQL `trace`), ms. */
  readonly probes: number;
  /** Probes accepted and never answered within 60 s. */
  readonly unansweredProbes: number;
  /** Probes refused (429/503: the channel full) and not sent again. */
  readonly refusedProbes: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Forced-GC readings per heap sample, 300 ms apart: the least is kept (the fewest spans in flight). */
const GC_READINGS = 3;

/**
 * RSS and heap of `ht`: after a forced GC (`/debug/heap`, under `--expose-gc`; the least of
 * {@link GC_READINGS}, so the spans passing through at that instant weigh less), else `/metrics` as it is.
 */
async function memorySample(opsUrl: string): Promise<Omit<MemorySample, 'seconds'> | undefined> {
  const mib = (bytes: number): number => bytes / 2 ** 20;
  try {
    const heap = await fetch(`${opsUrl}/debug/heap`);
    if (heap.status === 200) {
      let least = (await heap.json()) as { heapUsedBytes: number; rssBytes: number };
      for (let i = 1; i < GC_READINGS; i++) {
        await sleep(300);
        const next = (await (await fetch(`${opsUrl}/debug/heap`)).json()) as typeof least;
        if (next.heapUsedBytes < least.heapUsedBytes) least = next;
      }
      return { rssMiB: mib(least.rssBytes), heapMiB: mib(least.heapUsedBytes), afterGc: true };
    }
    await heap.arrayBuffer();
    const text = await (await fetch(`${opsUrl}/metrics`)).text();
    const value = (name: string): number => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1]);
    return {
      rssMiB: mib(value('process_resident_memory_bytes')),
      heapMiB: mib(value('nodejs_heap_size_used_bytes')),
      afterGc: false,
    };
  } catch {
    return undefined;
  }
}

/** One probe: a one-span trace with a fresh id, sent as OTLP/HTTP JSON; resolves with its id (undefined when refused). */
async function sendProbe(url: string): Promise<string | undefined> {
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
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await response.arrayBuffer();
  return response.ok ? traceId : undefined;
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
  const startedAt = Date.now();
  const samples: MemorySample[] = [];
  const latencies: number[] = [];
  let unanswered = 0;
  let refused = 0;
  let running = true;
  const sampling = (async () => {
    for (let next = startedAt; running;) {
      const sample = await memorySample(plan.opsUrl);
      if (sample) samples.push({ seconds: (Date.now() - startedAt) / 1000, ...sample });
      next += plan.sampleEveryMs ?? 5_000;
      await sleep(Math.max(0, next - Date.now()));
    }
  })();
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
              const traceId = await sendProbe(plan.url).catch(() => undefined);
              if (traceId === undefined) refused++;
              else waiting.set(traceId, lastSent);
            }
            if (waiting.size > 0) {
              const answered = await answeredProbes(graphqlUrl, [...waiting.keys()]);
              const now = performance.now();
              for (const [traceId, sentAt] of waiting) {
                if (answered.has(traceId)) latencies.push(now - sentAt);
                else if (now - sentAt < probeTimeoutMs) continue;
                else unanswered++;
                waiting.delete(traceId);
              }
            }
            await sleep(250);
          }
        })();
  let load: LoadResult;
  try {
    load = await runLoad({
      url: plan.url,
      templateFile: plan.templateFile,
      concurrency: plan.concurrency ?? 4,
      durationMs: plan.durationMs,
      spansPerSecond: plan.spansPerSecond,
    });
  } finally {
    running = false;
    await sampling;
    await probing;
  }
  const warm = samples.filter((s) => s.seconds * 1000 >= (plan.warmUpMs ?? 0));
  const perMinute = (pick: (s: MemorySample) => number): number =>
    robustSlope(warm.map((s) => ({ x: s.seconds / 60, y: pick(s) })));
  return {
    load,
    sustainedSpansPerSecond: load.spans / ((load.endedAt - load.startedAt) / 1000),
    samples,
    heapSlopeMiBPerMinute: perMinute((s) => s.heapMiB),
    rssSlopeMiBPerMinute: perMinute((s) => s.rssMiB),
    probes: latencies.length,
    unansweredProbes: unanswered,
    refusedProbes: refused,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: Math.max(...latencies),
  };
}
