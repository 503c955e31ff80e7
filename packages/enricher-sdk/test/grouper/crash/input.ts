import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One input span as the crash child reads it: event time `t` in ms. */
export interface InputSpan {
  readonly tenant: string;
  readonly trace: string;
  readonly span: string;
  readonly t: number;
}

/** How the input is made. */
export interface InputShape {
  readonly partitions: readonly string[];
  readonly perPartition: number;
  /** Share of spans that arrive 150-400 ms behind their place in the file (late data). */
  readonly lateShare: number;
}

const TENANTS = ['acme', 'globex', 'initech'];

/** A seeded random source (mulberry32), so a failing run can be replayed with its seed. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const hex = (rand: () => number, digits: number): string =>
  Array.from({ length: digits }, () => Math.floor(rand() * 16).toString(16)).join('');

/**
 * Writes one JSON-lines file per partition, in arrival order. Each trace lives on one partition (as
 * a topic keyed `tenant:traceId` places it); spans come 1-25 ms apart, some traces pause 80 ms (they
 * resume as the next fragment) or 250 ms (past gap + lateness: numbering starts over), every fifth trace
 * reuses the previous trace id under another tenant. Arrival times never go back within a partition,
 * except for the `lateShare` spans whose event time is moved back.
 */
export function writeInput(dir: string, shape: InputShape, seed: number): InputSpan[] {
  const all: InputSpan[] = [];
  shape.partitions.forEach((p, pi) => {
    const rand = random(seed * 101 + pi);
    const arrivals: { at: number; seq: number; span: InputSpan }[] = [];
    let spanNo = 0;
    // The first digit names the partition: a trace never spans two partitions.
    const traceId = (): string => pi.toString(16) + hex(rand, 31);
    let lastTrace = traceId();
    let lastTenant = 0;
    for (let traceNo = 0; arrivals.length < shape.perPartition; traceNo++) {
      const sameId = traceNo % 5 === 4;
      const tenantIx = sameId ? (lastTenant + 1) % TENANTS.length : Math.floor(rand() * TENANTS.length);
      const trace = sameId ? lastTrace : traceId();
      [lastTrace, lastTenant] = [trace, tenantIx];
      let t = Math.floor(rand() * 2_000);
      const n = 1 + Math.floor(rand() * 24);
      for (let k = 0; k < n; k++) {
        t += 1 + Math.floor(rand() * 25);
        const pause = rand();
        if (pause < 0.03) t += 80;
        else if (pause < 0.05) t += 250;
        const late = rand() < shape.lateShare;
        const span: InputSpan = {
          tenant: TENANTS[tenantIx] as string,
          trace,
          span: (pi * 1_000_000 + spanNo++).toString(16).padStart(16, '0'),
          t: late ? Math.max(0, t - 150 - Math.floor(rand() * 250)) : t,
        };
        arrivals.push({ at: t, seq: arrivals.length, span });
      }
    }
    arrivals.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const spans = arrivals.slice(0, shape.perPartition).map((a) => a.span);
    all.push(...spans);
    writeFileSync(join(dir, `input-${p}.jsonl`), spans.map((s) => JSON.stringify(s)).join('\n') + '\n');
  });
  return all;
}
