import { robustSlope, slopeNetOf } from './statistics.js';

/** One memory sample of a process, read through its ops server. */
export interface MemorySample {
  /** Seconds since the sampling started. */
  readonly seconds: number;
  readonly rssMiB: number;
  /** The V8 heap used, after a forced full GC when `afterGc`. */
  readonly heapMiB: number;
  /** Memory of JavaScript objects held outside the V8 heap (Buffers, zlib): `process.memoryUsage().external`. */
  readonly externalMiB: number;
  readonly afterGc: boolean;
  /**
   * Spans the process's channel held (accepted, not yet stored: `ht_span_channel_held_spans`) right after
   * the heap was read; absent for a process without a channel (the Kafka stages).
   */
  readonly heldSpans?: number;
}

/** The memory samples of one process and their slopes after a warm-up. */
export interface ProcessMemory {
  readonly name: string;
  readonly samples: readonly MemorySample[];
  /**
   * Theil–Sen slopes over the samples after the warm-up, MiB per minute (robust to a few outliers). The
   * heap's is net of the spans held at each sample when every sample has {@link MemorySample.heldSpans}
   * (`slopeNetOf`): the heap holds the spans in flight, whose number swings with the machine's load, and
   * a backlog is not a leak.
   */
  readonly heapSlopeMiBPerMinute: number;
  readonly rssSlopeMiBPerMinute: number;
  /** The heap's slope without taking the held spans out. */
  readonly rawHeapSlopeMiBPerMinute: number;
  /** MiB of heap per 1,000 spans held, as fitted (0 without {@link MemorySample.heldSpans}). */
  readonly heapMiBPerThousandHeld: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Forced-GC readings per heap sample, 300 ms apart: the least is kept (the fewest spans in flight). */
const GC_READINGS = 3;

/**
 * RSS and heap of a process with an `ht` ops server: after a forced GC (`/debug/heap`, under
 * `--expose-gc`; the least of {@link GC_READINGS}, so the spans passing through at that instant weigh
 * less), else `/metrics` as it is. Undefined when it does not answer.
 *
 * @example
 * ```ts
 * const sample = await readMemory('http://127.0.0.1:8099');
 * ```
 */
export async function readMemory(opsUrl: string): Promise<Omit<MemorySample, 'seconds'> | undefined> {
  const mib = (bytes: number): number => bytes / 2 ** 20;
  try {
    const heap = await fetch(`${opsUrl}/debug/heap`);
    if (heap.status === 200) {
      type Reading = { heapUsedBytes: number; externalBytes: number; rssBytes: number; heldSpans?: number };
      const withHeld = async (reading: Reading): Promise<Reading> => {
        const held = metricValue(await (await fetch(`${opsUrl}/metrics`)).text(), 'ht_span_channel_held_spans');
        return Number.isNaN(held) ? reading : { ...reading, heldSpans: held };
      };
      let least = await withHeld((await heap.json()) as Reading);
      for (let i = 1; i < GC_READINGS; i++) {
        await sleep(300);
        const next = await withHeld((await (await fetch(`${opsUrl}/debug/heap`)).json()) as Reading);
        if (next.heapUsedBytes < least.heapUsedBytes) least = next;
      }
      return {
        rssMiB: mib(least.rssBytes),
        heapMiB: mib(least.heapUsedBytes),
        externalMiB: mib(least.externalBytes),
        afterGc: true,
        ...(least.heldSpans === undefined ? {} : { heldSpans: least.heldSpans }),
      };
    }
    await heap.arrayBuffer();
    const text = await (await fetch(`${opsUrl}/metrics`)).text();
    const value = (name: string): number => metricValue(text, name);
    return {
      rssMiB: mib(value('process_resident_memory_bytes')),
      heapMiB: mib(value('nodejs_heap_size_used_bytes')),
      externalMiB: mib(value('nodejs_external_memory_bytes')),
      afterGc: false,
    };
  } catch {
    return undefined;
  }
}

/** The first sample of a metric family in Prometheus text (labels ignored); NaN when absent. */
function metricValue(text: string, name: string): number {
  return Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1]);
}

/**
 * Samples the memory of processes (name → ops server URL) every `everyMs` until stopped, each process on
 * its own schedule (their forced GCs do not wait for one another).
 *
 * @example
 * ```ts
 * const sampler = new MemorySampler({ ht: 'http://127.0.0.1:8099' }, 5_000);
 * // … load …
 * const [ht] = await sampler.stop(60_000);
 * console.log(ht.rssSlopeMiBPerMinute);
 * ```
 */
export class MemorySampler {
  private readonly startedAt = Date.now();
  private readonly samples = new Map<string, MemorySample[]>();
  private running = true;
  private readonly loops: Promise<void>[];

  constructor(
    processes: Readonly<Record<string, string>>,
    everyMs: number,
    onSample?: (name: string, sample: MemorySample) => void,
  ) {
    this.loops = Object.entries(processes).map(async ([name, opsUrl]) => {
      const samples: MemorySample[] = [];
      this.samples.set(name, samples);
      for (let next = this.startedAt; this.running;) {
        const sample = await readMemory(opsUrl);
        if (sample) {
          const taken = { seconds: (Date.now() - this.startedAt) / 1000, ...sample };
          samples.push(taken);
          onSample?.(name, taken);
        }
        next += everyMs;
        // Wakes at least every second, so a stop does not wait a whole interval.
        while (this.running && Date.now() < next) await sleep(Math.min(1_000, next - Date.now()));
      }
    });
  }

  /** Stops sampling; each process's samples, with slopes over those taken `warmUpMs` or more after the start. */
  async stop(warmUpMs = 0): Promise<ProcessMemory[]> {
    this.running = false;
    await Promise.all(this.loops);
    return [...this.samples].map(([name, samples]) => {
      const warm = samples.filter((s) => s.seconds * 1000 >= warmUpMs);
      const perMinute = (pick: (s: MemorySample) => number): number =>
        robustSlope(warm.map((s) => ({ x: s.seconds / 60, y: pick(s) })));
      const rawHeapSlopeMiBPerMinute = perMinute((s) => s.heapMiB);
      const held = warm.every((s) => s.heldSpans !== undefined)
        ? slopeNetOf(warm.map((s) => ({ x: s.seconds / 60, y: s.heapMiB, z: s.heldSpans! / 1_000 })))
        : undefined;
      return {
        name,
        samples,
        heapSlopeMiBPerMinute: held?.slope ?? rawHeapSlopeMiBPerMinute,
        rssSlopeMiBPerMinute: perMinute((s) => s.rssMiB),
        rawHeapSlopeMiBPerMinute,
        heapMiBPerThousandHeld: held?.perZ ?? 0,
      };
    });
  }
}
