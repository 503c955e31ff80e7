import { describe, expect, it } from 'vitest';
import type { MapStateDescriptor, ValueStateDescriptor } from '../src/index.js';
import {
  Job,
  MemoryStateBackend,
  OutputTag,
  aggregatingState,
  countAggregate,
  listState,
  mapState,
  valueState,
} from '../src/index.js';
import { createStateHandles } from '../src/state/StateHandles.js';
import { MemorySink, VirtualClock, marbleSource, schedulerClock } from '../src/testing/index.js';
import type { Rec } from './helpers.js';
import { rec, testScheduler } from './helpers.js';

describe('keyed process', () => {
  it('keeps value state per key', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const source = marbleSource<Rec>({ p0: cold('-a-b-c-|', { a: rec('x', 1), b: rec('x', 2), c: rec('y', 3) }) });
      const sink = new MemorySink<string>();
      const job = new Job({ name: 'process', clock: schedulerClock(ts) });
      job
        .source(source, { timestamp: (r) => r.t })
        .keyBy((r) => r.k)
        .process({
          state: { count: valueState<number>('count') },
          processElement(_r, ctx) {
            const n = (ctx.state.count.get() ?? 0) + 1;
            ctx.state.count.set(n);
            ctx.emit(`${ctx.key}=${n}`);
          },
        })
        .to(sink);
      expectObservable(sink.values$).toBe('-a-b-c-|', { a: 'x=1', b: 'x=2', c: 'y=1' });
      expectObservable(source.acks$).toBe('-a-b-c-', { a: 'p0@0', b: 'p0@1', c: 'p0@2' });
      void job.start();
    });
  });

  it('fires event-time timers when the watermark reaches them, after the batch that moved it', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const source = marbleSource<Rec>({ p0: cold('-a-b-----|', { a: rec('x', 1), b: rec('y', 10) }) });
      const sink = new MemorySink<string>();
      const job = new Job({ name: 'timers', clock: schedulerClock(ts) });
      job
        .source(source, { timestamp: (r) => r.t })
        .keyBy((r) => r.k)
        .process<string>({
          processElement(r, ctx) {
            ctx.timers.registerEventTimeTimer(r.t + 5);
            ctx.emit(`in ${ctx.key}`);
          },
          onTimer(t, ctx) {
            ctx.emit(`${ctx.domain} ${ctx.key}@${t}`);
          },
        })
        .to(sink);
      // y's timer fires at the final flush (watermark +∞).
      expectObservable(sink.values$).toBe('-a-(bc)--(d|)', {
        a: 'in x',
        b: 'in y',
        c: 'event-time x@6',
        d: 'event-time y@15',
      });
      void job.start();
    });
  });

  it('fires processing-time timers on the clock', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const source = marbleSource<Rec>({ p0: cold('-a------|', { a: rec('x', 1) }) });
      const sink = new MemorySink<string>();
      const job = new Job({ name: 'ptimers', clock: schedulerClock(ts) });
      job
        .source(source, { timestamp: (r) => r.t })
        .keyBy((r) => r.k)
        .process<string>({
          processElement(_r, ctx) {
            ctx.timers.registerProcessingTimeTimer(ctx.timers.currentProcessingTime() + 3);
          },
          onTimer(t, ctx) {
            ctx.emit(`${ctx.domain} ${ctx.key}@${t}`);
          },
        })
        .to(sink);
      expectObservable(sink.values$).toBe('----a---|', { a: 'processing-time x@4' });
      void job.start();
    });
  });

  it('expires state after its TTL (processing time)', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const source = marbleSource<Rec>({ p0: cold('-a-b---c-|', { a: rec('x', 1), b: rec('x', 2), c: rec('x', 3) }) });
      const sink = new MemorySink<string>();
      const job = new Job({ name: 'ttl', clock: schedulerClock(ts) });
      job
        .source(source, { timestamp: (r) => r.t })
        .keyBy((r) => r.k)
        .process({
          state: { seen: valueState<number>('seen', { ttlMs: 3 }) },
          processElement(r, ctx) {
            ctx.emit(`${r.t}:${ctx.state.seen.get() ?? 'none'}`);
            ctx.state.seen.set(r.t);
          },
        })
        .to(sink);
      // Written at frame 1, read at 3 (alive); written at 3, read at 7 (expired at 6).
      expectObservable(sink.values$).toBe('-a-b---c-|', { a: '1:none', b: '2:1', c: '3:none' });
      void job.start();
    });
  });

  it('writes typed side outputs', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const source = marbleSource<Rec>({ p0: cold('-a-b-|', { a: rec('x', 1, 5), b: rec('x', 2, -3) }) });
      const negatives = new OutputTag<number>('negatives');
      const sink = new MemorySink<number>({ name: 'main' });
      const side = new MemorySink<number>({ name: 'side' });
      const job = new Job({ name: 'side', clock: schedulerClock(ts) });
      const out = job
        .source(source, { timestamp: (r) => r.t })
        .keyBy((r) => r.k)
        .process<number>({
          processElement(r, ctx) {
            if ((r.v ?? 0) < 0) ctx.output(negatives, r.v ?? 0);
            else ctx.emit(r.v ?? 0);
          },
        });
      out.to(sink);
      out.sideOutput(negatives).to(side);
      expectObservable(sink.values$).toBe('-a---|', { a: 5 });
      expectObservable(side.values$).toBe('---b-|', { b: -3 });
      expectObservable(source.acks$).toBe('-a-b-', { a: 'p0@0', b: 'p0@1' });
      void job.start();
    });
  });
});

describe('state handles (memory backend)', () => {
  it('scope value, map, list and aggregating state to the current key', () => {
    const clock = new VirtualClock(0);
    const store = new MemoryStateBackend().open({ job: 'j', operator: 'o' }, clock);
    const cursor = { key: 'a' as string | number };
    const spec = {
      v: valueState<string>('v'),
      m: mapState<string, number>('m'),
      l: listState<number>('l'),
      agg: aggregatingState('agg', countAggregate<string>()),
    };
    const s = createStateHandles(spec, store, cursor);
    s.v.set('va');
    s.m.set('x', 1);
    s.m.set('y', 2);
    s.l.add(1);
    s.l.add(2);
    s.agg.add('r');
    s.agg.add('r');
    cursor.key = 'b';
    expect([s.v.get(), s.m.size, s.l.get(), s.agg.get()]).toEqual([undefined, 0, [], undefined]);
    s.m.set('z', 3);
    cursor.key = 'a';
    expect(s.v.get()).toBe('va');
    expect(s.m.entries()).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
    expect(s.m.has('y')).toBe(true);
    s.m.delete('y');
    expect(s.m.get('y')).toBeUndefined();
    expect(s.l.get()).toEqual([1, 2]);
    s.l.update([9]);
    expect(s.l.get()).toEqual([9]);
    expect(s.agg.get()).toBe(2);

    const snapshot = store.snapshot();
    const restored = new MemoryStateBackend().open({ job: 'j', operator: 'o' }, clock);
    restored.restore(JSON.parse(JSON.stringify(snapshot)));
    const r = createStateHandles(spec, restored, cursor);
    expect([r.v.get(), r.m.entries(), r.l.get(), r.agg.get()]).toEqual(['va', [['x', 1]], [9], 2]);
    cursor.key = 'b';
    expect(r.m.get('z')).toBe(3);
    s.v.clear();
    expect(s.v.get()).toBeUndefined();
  });

  it('drops expired entries on read and on persist, and keeps TTLs across a snapshot', () => {
    const clock = new VirtualClock(0);
    const store = new MemoryStateBackend().open({ job: 'j', operator: 'o' }, clock);
    const cursor = { key: 'k1' as string | number };
    const spec: { v: ValueStateDescriptor<number>; m: MapStateDescriptor<string, number> } = {
      v: valueState<number>('v', { ttlMs: 100 }),
      m: mapState<string, number>('m'),
    };
    const s = createStateHandles(spec, store, cursor);
    s.v.set(1);
    clock.advance(60);
    cursor.key = 'k2';
    s.v.set(2);
    clock.advance(50);
    expect(s.v.get()).toBe(2);
    cursor.key = 'k1';
    expect(s.v.get()).toBeUndefined();
    const snap = store.snapshot() as Record<string, [string, number, number][]>;
    expect(snap['v']).toEqual([['k2', 2, 160]]);
    clock.advance(100);
    void store.persist();
    expect(store.snapshot()).toEqual({ v: [], m: [] });
  });
});
