import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { HtError, Job, MemoryPartitionSnapshotStore } from '../src/index.js';
import type { PartitionSnapshot, PartitionSnapshotStore } from '../src/index.js';
import type { AckToken, Batch, KeyedOperator, StateKey } from '../src/operator/index.js';
import { AckToken as Tokens, BatchBuilder, partitionOf, releaseBoth, TokenHolder } from '../src/operator/index.js';
import { MemorySink, MemorySource, VirtualClock, flushAsync } from '../src/testing/index.js';
import type { Rec } from './helpers.js';
import { rec } from './helpers.js';

interface Count {
  count: number;
  holder: TokenHolder;
}

/**
 * Counts each key's records per input partition and emits `partition/key=count` at the end of input;
 * its state is per partition (snapshotted, restored and dropped with the partition). `events` logs the
 * lifecycle calls it gets.
 */
function countPerPartition(events: string[]): KeyedOperator<Rec, string> {
  return (ctx, input) =>
    new Observable<Batch<string>>((subscriber) => {
      const byPartition = new Map<string, Map<StateKey, Count>>();
      const out = new BatchBuilder<string>();
      const countsOf = (p: string): Map<StateKey, Count> => {
        let counts = byPartition.get(p);
        if (counts === undefined) byPartition.set(p, (counts = new Map<StateKey, Count>()));
        return counts;
      };
      ctx.registerPartitionedParticipant({
        uid: ctx.name,
        snapshotPartition: (p) => [...countsOf(p)].map(([k, c]) => [k, c.count]),
        restorePartition: (p, state) => {
          events.push(`restore ${p}`);
          for (const [k, n] of state as [StateKey, number][])
            countsOf(p).set(k, { count: n, holder: new TokenHolder(false) });
        },
        dropPartition: (p) => {
          events.push(`drop ${p}`);
          byPartition.delete(p);
        },
        takeHeldTokens: () => {
          const taken: AckToken[] = [];
          for (const counts of byPartition.values()) for (const c of counts.values()) taken.push(...c.holder.take());
          return taken;
        },
      });
      return input.subscribe({
        next: (batch) => {
          batch.values.forEach((_v, i) => {
            const token = batch.tokens[i] ?? null;
            const counts = countsOf(partitionOf(token) ?? '?');
            const key = batch.keys?.[i] as StateKey;
            let c = counts.get(key);
            if (c === undefined) counts.set(key, (c = { count: 0, holder: new TokenHolder(false) }));
            c.count++;
            if (token !== null) {
              c.holder.hold(token);
              releaseBoth(token);
            }
          });
          if (batch.watermark === Infinity) {
            for (const [p, counts] of byPartition) {
              for (const [key, c] of counts) {
                out.push(
                  `${p}/${String(key)}=${c.count}`,
                  0,
                  Tokens.derived(c.holder.take(), 1, true, ctx.clock.now()),
                );
              }
            }
            byPartition.clear();
          }
          subscriber.next(out.build(batch.watermark, batch.idle));
        },
        error: (e: unknown) => subscriber.error(e),
        complete: () => subscriber.complete(),
      });
    });
}

function countingJob(options: {
  source: MemorySource<Rec>;
  store: PartitionSnapshotStore;
  clock: VirtualClock;
  events: string[];
  messageKey?: string;
  restoreTimeoutMs?: number;
}): { job: Job; sink: MemorySink<string> } {
  const sink = new MemorySink<string>();
  const job = new Job({
    name: 'counts',
    clock: options.clock,
    partitionState: {
      store: options.store,
      intervalMs: 60_000,
      restoreTimeoutMs: options.restoreTimeoutMs ?? 5_000,
      log: (line) => options.events.push(`log: ${line}`),
    },
  });
  job
    .source(options.source, { timestamp: (r) => r.t })
    .keyBy((r) => r.k, { messageKey: options.messageKey ?? 'k' })
    .operator(countPerPartition(options.events), { name: 'count' })
    .to(sink);
  return { job, sink };
}

const lifecycle = (events: string[]): string[] => events.filter((e) => !e.startsWith('log: restored'));

describe('per-partition keyed state', () => {
  it('refuses a keyed operator whose key is not the message key, saying why', async () => {
    const clock = new VirtualClock(0);
    const unkeyed = new MemorySource<Rec>({ partitions: { p0: [rec('x', 1)] } });
    const a = countingJob({ source: unkeyed, store: new MemoryPartitionSnapshotStore(), clock, events: [] });
    await a.job.start().catch(() => undefined);
    const refused = await a.job.done.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(HtError);
    expect((refused as HtError).code).toBe('CONFIG_INVALID');
    expect((refused as HtError).message).toContain('only sound when its key is the Kafka message key');
    expect((refused as HtError).message).toContain('source "memory-source" does not say how its records are keyed');

    const otherKey = new MemorySource<Rec>({ partitions: { p0: [rec('x', 1)] }, messageKey: 'k' });
    const b = countingJob({
      source: otherKey,
      store: new MemoryPartitionSnapshotStore(),
      clock,
      events: [],
      messageKey: 'v',
    });
    await b.job.start().catch(() => undefined);
    await expect(b.job.done).rejects.toThrow('source "memory-source" is keyed by "k", keyBy "keyBy#1" keys by "v"');
  });

  it('refuses checkpoints and partitionState together, and whole-job state in a per-partition job', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource<Rec>({ partitions: { p0: [rec('x', 1)] }, messageKey: 'k' });
    const store = new MemoryPartitionSnapshotStore();
    const both = new Job({
      name: 'both',
      clock,
      partitionState: { store },
      checkpoints: { store: { save: () => Promise.resolve(), load: () => Promise.resolve(undefined) } },
    });
    both.source(source).to(new MemorySink());
    await expect(both.start()).rejects.toThrow('not both');

    // A custom operator that keeps its state for the whole job cannot run per partition.
    const whole = new Job({ name: 'whole', clock, partitionState: { store, log: () => undefined } });
    whole
      .source(source, { timestamp: (r) => r.t })
      .keyBy((r) => r.k, { messageKey: 'k' })
      .operator<string>(
        (ctx, input) => {
          ctx.registerParticipant({
            uid: ctx.name,
            snapshot: () => null,
            restore: () => undefined,
            takeHeldTokens: () => [],
          });
          return input as unknown as Observable<Batch<string>>;
        },
        { name: 'whole-job-state' },
      )
      .to(new MemorySink());
    await whole.start().catch(() => undefined);
    await expect(whole.done).rejects.toThrow(
      'operator "whole-job-state" keeps its state for the whole job, but job "whole" keeps state per input partition',
    );
  });

  it('snapshots each partition with its position, drops a revoked partition and restores it on assignment before its records flow', async () => {
    const clock = new VirtualClock(0);
    const store = new MemoryPartitionSnapshotStore();
    const events: string[] = [];
    const source = new MemorySource<Rec>({
      partitions: { p0: [rec('x', 1), rec('y', 2), rec('x', 3)], p1: [rec('z', 4)] },
      batchSize: 1,
      bounded: false,
      messageKey: 'k',
    });
    const { job, sink } = countingJob({ source, store, clock, events });
    await job.start();
    await flushAsync();
    // Nothing to restore on the first assignment: both partitions start empty.
    expect(lifecycle(events)).toEqual(['drop p0', 'drop p1']);
    expect(job.partitionStateStats?.missing).toBe(2);
    // …and the log names them, with what becomes of them.
    expect(events).toContainEqual(
      expect.stringMatching(
        /^log: restored 2 partition\(s\) of job "counts" from memory in [0-9.]+ s: p0, p1; no snapshot of p0, p1 in memory \(a first start, or the snapshot was lost\): they start empty and read from the committed offset$/,
      ),
    );

    const result = await job.checkpointPartitions();
    expect(result.positions).toEqual({ p0: 2, p1: 0 });
    const p0 = (await store.load('counts', 'p0')) as PartitionSnapshot;
    expect(p0).toMatchObject({
      partition: 'p0',
      position: 2,
      maxTimestamp: 3,
      operators: {
        count: [
          ['x', 2],
          ['y', 1],
        ],
      },
    });
    // The records held in state are acknowledged once their snapshot is saved.
    expect(source.acked).toEqual(
      new Map([
        ['p0', 2],
        ['p1', 0],
      ]),
    );

    source.push('p0', [rec('x', 5)]);
    source.revoke('p0');
    expect(lifecycle(events).slice(2)).toEqual(['drop p0']);
    expect(job.partitionStateStats?.dropped).toBe(1);

    source.assignPartition('p0');
    await flushAsync();
    // Dropped, then restored from the snapshot; reading resumed after its position (x@5 only).
    expect(lifecycle(events).slice(3)).toEqual(['drop p0', 'restore p0']);
    expect(job.partitionStateStats?.restored).toBe(1);

    source.end();
    await flushAsync();
    expect(sink.records.sort()).toEqual(['p0/x=3', 'p0/y=1', 'p1/z=1']);
  });

  it('moves a partition to another job: the second restores its state and position and the counts come out whole', async () => {
    const clock = new VirtualClock(0);
    const store = new MemoryPartitionSnapshotStore();
    const data = { p0: [rec('x', 1), rec('x', 2)], p1: [rec('y', 3)] };
    const first = countingJob({
      source: new MemorySource<Rec>({ partitions: data, batchSize: 1, bounded: false, messageKey: 'k' }),
      store,
      clock,
      events: [],
    });
    await first.job.start();
    await flushAsync();
    await first.job.checkpointPartitions();
    await first.job.stop({ drain: 'discard' });

    const events: string[] = [];
    const moved = { p0: [...data.p0, rec('x', 4)], p1: [...data.p1, rec('y', 5)] };
    const second = countingJob({
      source: new MemorySource<Rec>({ partitions: moved, batchSize: 1, messageKey: 'k' }),
      store,
      clock,
      events,
    });
    await second.job.start();
    await flushAsync();
    expect(lifecycle(events)).toEqual(['drop p0', 'drop p1', 'restore p0', 'restore p1']);
    expect(events.some((e) => e.startsWith('log: restored 2 partition(s) of job "counts" from memory in'))).toBe(true);
    expect(second.sink.records.sort()).toEqual(['p0/x=3', 'p1/y=2']);
  });

  it('a corrupt snapshot is reported naming the partition, which then replays from its committed offset', async () => {
    const clock = new VirtualClock(0);
    const store = new MemoryPartitionSnapshotStore();
    store.corrupt('counts', 'p0', '{"version":');
    const events: string[] = [];
    const source = new MemorySource<Rec>({ partitions: { p0: [rec('x', 1)] }, batchSize: 1, messageKey: 'k' });
    const { job, sink } = countingJob({ source, store, clock, events });
    await job.start();
    await flushAsync();
    expect(events).toContainEqual(
      expect.stringMatching(
        /^log: could not restore partition p0 of job "counts" from memory: snapshot of partition p0 .* is corrupt.*; it starts empty and replays from its committed offset \(spans before that offset that only the snapshot held are lost\)$/,
      ),
    );
    expect(job.partitionStateStats?.restoreFailures).toBe(1);
    expect(sink.records).toEqual(['p0/x=1']);
  });

  it('a restore that hangs gives up after restoreTimeoutMs (virtual time) and the partition flows from its committed offset', async () => {
    const clock = new VirtualClock(0);
    const hanging: PartitionSnapshotStore = {
      description: 'hanging',
      save: () => Promise.resolve(),
      load: () => new Promise<undefined>(() => undefined),
    };
    const events: string[] = [];
    const source = new MemorySource<Rec>({ partitions: { p0: [rec('x', 1)] }, batchSize: 1, messageKey: 'k' });
    const { job, sink } = countingJob({ source, store: hanging, clock, events, restoreTimeoutMs: 500 });
    await job.start();
    await flushAsync();
    expect(sink.records).toEqual([]);
    clock.advance(499);
    await flushAsync();
    expect(sink.records).toEqual([]);
    clock.advance(1);
    await flushAsync();
    expect(events).toContainEqual(expect.stringContaining('restoring partition p0 took longer than 500 ms'));
    expect(job.partitionStateStats?.toPrometheus()).toContain(
      'ht_partition_state_restores_total{job="counts",outcome="failed"} 1',
    );
    expect(sink.records).toEqual(['p0/x=1']);
  });
});
