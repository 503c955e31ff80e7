import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { Job } from '../src/index.js';
import type { Batch, KeyedOperator, StateKey } from '../src/operator/index.js';
import { AckToken, BatchBuilder, TokenHolder, releaseBoth } from '../src/operator/index.js';
import { MemorySink, MemorySource, VirtualClock, runToCompletion } from '../src/testing/index.js';
import type { Rec } from './helpers.js';
import { rec } from './helpers.js';

/** Counts each key's records and emits `key=count` once the watermark passes `closeAt`. */
function countUntil(closeAt: number): KeyedOperator<Rec, string> {
  return (ctx, input) =>
    new Observable<Batch<string>>((subscriber) => {
      const open = new Map<StateKey, { count: number; holder: TokenHolder }>();
      const out = new BatchBuilder<string>();
      return input.subscribe({
        next: (batch) => {
          batch.values.forEach((_v, i) => {
            const key = batch.keys?.[i] as StateKey;
            let entry = open.get(key);
            if (entry === undefined) open.set(key, (entry = { count: 0, holder: new TokenHolder(false) }));
            entry.count++;
            const token = batch.tokens[i] ?? null;
            if (token !== null) {
              entry.holder.hold(token);
              releaseBoth(token);
            }
          });
          if (batch.watermark >= closeAt) {
            for (const [key, entry] of open) {
              const token = AckToken.derived(entry.holder.take(), 1, true, ctx.clock.now());
              out.push(`${key}=${entry.count}`, closeAt, token);
            }
            open.clear();
          }
          subscriber.next(out.build(batch.watermark, batch.idle));
        },
        error: (e: unknown) => subscriber.error(e),
        complete: () => subscriber.complete(),
      });
    });
}

describe('custom keyed operators (KeyedStream.operator)', () => {
  it('run with keyed batches, and the records they hold are acknowledged only once their results are written', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource<Rec>({
      partitions: { p0: [rec('x', 1), rec('y', 2), rec('x', 3)] },
      batchSize: 1,
      bounded: false,
    });
    const sink = new MemorySink<string>();
    const job = new Job({ name: 'custom', clock });
    job
      .source(source, { timestamp: (r) => r.t })
      .keyBy((r) => r.k)
      .operator(countUntil(Infinity), { name: 'count-until-end' })
      .to(sink);
    await job.start();
    expect(sink.records).toEqual([]);
    expect(source.ackLog).toEqual([]);
    source.end(); // watermark +∞: the operator emits, the sink writes, the positions are acknowledged
    expect(sink.records).toEqual(['x=2', 'y=1']);
    expect(source.ackLog).toEqual([
      ['p0', 0],
      ['p0', 2],
    ]);
    await runToCompletion(job, clock);
    expect(job.metrics.operator('count-until-end')?.kind).toBe('process');
  });
});
