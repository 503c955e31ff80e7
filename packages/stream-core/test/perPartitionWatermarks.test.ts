import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { Job } from '../src/index.js';
import type { Batch, KeyedOperator, WatermarkOptions } from '../src/operator/index.js';
import { END_OF_TIME, NO_WATERMARK, PerPartitionWatermarks, releaseBoth } from '../src/operator/index.js';
import { MemorySink, MemorySource, VirtualClock, runToCompletion } from '../src/testing/index.js';
import type { Rec } from './helpers.js';
import { rec } from './helpers.js';

describe('PerPartitionWatermarks', () => {
  const options = { outOfOrdernessMs: 100, idleTimeoutMs: 1_000 };

  it('assign: a partition starts with no event time and moves with its own records, whatever the input says', () => {
    const wm = new PerPartitionWatermarks(options);
    expect(wm.watermarkOf('t:0', 5_000, 0)).toBe(5_000); // unknown: the input's
    wm.observe('t:0', 1_000, 0);
    expect(wm.watermarkOf('t:0', 50_000, 10)).toBe(899);
    wm.observe('t:0', 900, 20); // an older record does not move it back
    expect(wm.watermarkOf('t:0', 50_000, 30)).toBe(899);
    wm.observe('t:0', 2_000, 40);
    expect(wm.watermarkOf('t:0', 0, 50)).toBe(1_899);
  });

  it('restore: the watermark restarts from the snapshot, never below it, and forgets what it was before', () => {
    const wm = new PerPartitionWatermarks(options);
    wm.observe('t:0', 90_000, 0);
    wm.restore('t:0', 10_000, 100); // the partition came back (a rebalance): its snapshot rules
    expect(wm.watermarkOf('t:0', 80_000, 200)).toBe(10_000);
    wm.observe('t:0', 9_000, 300); // replayed records behind the snapshot
    expect(wm.watermarkOf('t:0', 80_000, 400)).toBe(10_000);
    wm.observe('t:0', 10_500, 500);
    expect(wm.watermarkOf('t:0', 80_000, 600)).toBe(10_399);
    wm.restore('t:1', NO_WATERMARK, 0); // a snapshot taken before any record
    expect(wm.watermarkOf('t:1', 80_000, 10)).toBe(NO_WATERMARK);
  });

  it('idle: after idleTimeoutMs without records a partition follows the input when it is ahead', () => {
    const wm = new PerPartitionWatermarks(options);
    wm.observe('t:0', 1_000, 0);
    expect(wm.watermarkOf('t:0', 7_000, 999)).toBe(899);
    expect(wm.watermarkOf('t:0', 7_000, 1_000)).toBe(7_000);
    expect(wm.watermarkOf('t:0', 6_000, 1_500)).toBe(7_000); // never backwards
    wm.observe('t:0', 2_000, 1_600); // active again: its own time is behind what it reached
    expect(wm.watermarkOf('t:0', 9_000, 1_700)).toBe(7_000);
    wm.restore('t:1', 500, 2_000); // a restore counts as activity
    expect(wm.watermarkOf('t:1', 9_000, 2_999)).toBe(500);
    expect(wm.watermarkOf('t:1', 9_000, 3_000)).toBe(9_000);
  });

  it('move: a dropped partition is forgotten; the end of input reaches every partition', () => {
    const wm = new PerPartitionWatermarks(options);
    wm.observe('t:0', 1_000, 0);
    wm.observe('t:1', 1_000, 0);
    wm.drop('t:1');
    expect(wm.size).toBe(1);
    expect(wm.watermarkOf('t:1', 42, 10)).toBe(42);
    expect(wm.watermarkOf('t:0', END_OF_TIME, 10)).toBe(END_OF_TIME);
  });

  it('without an idle timeout a quiet partition keeps its own time', () => {
    const wm = new PerPartitionWatermarks({});
    wm.observe('t:0', 1_000, 0);
    expect(wm.watermarkOf('t:0', 50_000, 10_000_000)).toBe(999);
  });
});

describe('OperatorContext.sourceWatermarks', () => {
  it('gives an operator the event-time settings of the source upstream, for watermarks of its own', async () => {
    const seen: (WatermarkOptions | undefined)[] = [];
    const passOn: KeyedOperator<Rec, Rec> = (ctx, input) =>
      new Observable<Batch<Rec>>((subscriber) => {
        seen.push(ctx.sourceWatermarks);
        return input.subscribe({
          next: (batch) => {
            for (const t of batch.tokens) if (t !== null) releaseBoth(t);
            subscriber.next({ ...batch, tokens: batch.tokens.map(() => null), keys: undefined });
          },
          error: (e: unknown) => subscriber.error(e),
          complete: () => subscriber.complete(),
        });
      });
    const clock = new VirtualClock(0);
    const job = new Job({ name: 'source-watermarks', clock });
    const watermarks = { outOfOrdernessMs: 250, idleTimeoutMs: 2_000, whenAllIdle: 'follow-clock' } as const;
    const sink = new MemorySink<Rec>();
    job
      .source(new MemorySource({ partitions: { p0: [rec('a', 1)] } }), { timestamp: (r) => r.t, watermarks })
      .keyBy((r) => r.k)
      .operator(passOn, { name: 'pass-on' })
      .to(sink);
    await runToCompletion(job, clock);
    expect(seen).toEqual([watermarks]);
    expect(sink.records).toEqual([rec('a', 1)]);
  });
});
