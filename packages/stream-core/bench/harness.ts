import type { Sink, Source, SourceContext } from '../src/index.js';

/** A span-like record: what the trace pipeline pushes through the engine. */
export interface SpanLike {
  readonly traceId: string;
  readonly spanId: string;
  readonly service: string;
  readonly name: string;
  readonly kind: string;
  readonly status: string;
  readonly startMs: number;
  readonly durationMs: number;
}

const KINDS = ['SERVER', 'CLIENT', 'INTERNAL', 'PRODUCER', 'CONSUMER'];
const STATUS = ['OK', 'UNSET', 'ERROR'];

/** `count` span-like records in batches, keys from a pool of `keys`, `perMs` records per event-time ms. */
export function makeBatches(count: number, keys: number, perMs: number, batchSize = 1024): SpanLike[][] {
  const services = Array.from({ length: keys }, (_, i) => `service-${i}`);
  const names = Array.from({ length: 64 }, (_, i) => `GET /api/v1/resource/${i}`);
  const batches: SpanLike[][] = [];
  let seed = 42;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < count; i += batchSize) {
    const batch: SpanLike[] = [];
    for (let j = i; j < Math.min(count, i + batchSize); j++) {
      batch.push({
        traceId: `t${j >> 4}`,
        spanId: `s${j}`,
        service: services[Math.floor(rand() * keys)] as string,
        name: names[j & 63] as string,
        kind: KINDS[j % 5] as string,
        status: STATUS[j % 3] as string,
        startMs: 1_700_000_000_000 + Math.floor(j / perMs),
        durationMs: Math.floor(rand() * 1000),
      });
    }
    batches.push(batch);
  }
  return batches;
}

/** Emits pre-built batches round-robin over `partitions`, synchronously, then ends. */
export function arraySource<T>(batches: readonly (readonly T[])[], partitions = 4): Source<T> {
  return {
    name: 'bench-source',
    start(ctx: SourceContext<T>) {
      ctx.assign(Array.from({ length: partitions }, (_, i) => String(i)));
      batches.forEach((b, i) => ctx.emit(String(i % partitions), b, i));
      ctx.end();
    },
    pause() {},
    resume() {},
    ack() {},
    stop() {},
  };
}

/** Counts what it is given. */
export class CountingSink<T> implements Sink<T> {
  readonly name = 'bench-sink';
  records = 0;
  write(records: readonly T[]): void {
    this.records += records.length;
  }
}

export interface Measured<R> {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly result: R;
}

/** Runs `fn` and measures wall time and this process's CPU time. */
export async function measure<R>(fn: () => R | Promise<R>): Promise<Measured<R>> {
  global.gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await fn();
  const wallSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, result };
}

/** Best (highest records per CPU-second) of `runs` measurements. */
export async function best<R>(runs: number, fn: () => R | Promise<R>): Promise<Measured<R>> {
  let top: Measured<R> | undefined;
  for (let i = 0; i < runs; i++) {
    const m = await measure(fn);
    if (top === undefined || m.cpuSeconds < top.cpuSeconds) top = m;
  }
  return top as Measured<R>;
}

export const round = (x: number, digits = 3): number => Number(x.toPrecision(digits));
