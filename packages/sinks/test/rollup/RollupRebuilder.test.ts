import { HtError } from '@ht/stream-core';
import { flushAsync, VirtualClock } from '@ht/stream-core/testing';
import { describe, expect, it } from 'vitest';
import { defineRollup, eq, MINUTE_MICROS, RollupRebuilder } from '../../src/index.js';
import type { RebuiltMinutes, ViewStore } from '../../src/index.js';
import { fixtureSpanEventView } from '../../src/testing/index.js';

const rollup = defineRollup({
  name: 'r',
  view: fixtureSpanEventView,
  entity: ['service_name'],
  durationColumn: 'duration_micros',
  errors: [eq('status_code', 'ERROR')],
});
const other = defineRollup({ ...rollup, name: 'other' });

const MIN_MS = 60_000;
const HOUR_MS = 60 * MIN_MS;
/** `n` minutes in µs. */
const m = (n: number): number => n * MINUTE_MICROS;

/**
 * The rollup side of a store that rebuilds like ClickHouse: one interval per rollup, extended by a rebuild
 * that touches it, moved by a later one that does not. `failOn` picks calls (0-based) that reject.
 */
class FakeRollupStore {
  readonly calls: [string, number, number][] = [];
  readonly rebuilt = new Map<string, RebuiltMinutes>();
  failOn = new Set<number>();
  gate: Promise<void> | undefined;

  async rebuiltRollupMinutes(name: string): Promise<RebuiltMinutes | undefined> {
    return this.rebuilt.get(name);
  }

  async rebuildRollup(name: string, fromMicros: number, toMicros: number): Promise<void> {
    const n = this.calls.push([name, fromMicros, toMicros]) - 1;
    if (this.gate) await this.gate;
    if (this.failOn.has(n)) throw new HtError('DEPENDENCY_UNAVAILABLE', 'down');
    const r = this.rebuilt.get(name);
    if (r !== undefined && fromMicros <= r.toMicros && toMicros >= r.fromMicros) {
      this.rebuilt.set(name, {
        fromMicros: Math.min(fromMicros, r.fromMicros),
        toMicros: Math.max(toMicros, r.toMicros),
      });
    } else if (r === undefined || toMicros >= r.toMicros) {
      this.rebuilt.set(name, { fromMicros, toMicros });
    }
  }

  asStore(): ViewStore {
    return this as unknown as ViewStore;
  }
}

describe('RollupRebuilder', () => {
  it('rebuilds the closed minutes of the lateness window on every pass, until stopped', async () => {
    const fake = new FakeRollupStore();
    const clock = new VirtualClock(10 * MIN_MS + 30_000);
    const rebuilder = new RollupRebuilder(fake.asStore(), [rollup], {
      everyMs: MIN_MS,
      latenessMs: 3 * MIN_MS,
      clock,
    });
    rebuilder.start();
    clock.advance(0);
    await flushAsync();
    expect(fake.calls).toEqual([['r', m(7), m(10)]]);
    clock.advance(MIN_MS);
    await flushAsync();
    expect(fake.calls[1]).toEqual(['r', m(8), m(11)]);
    expect(fake.rebuilt.get('r')).toEqual({ fromMicros: m(7), toMicros: m(11) });
    await rebuilder.stop();
    clock.advance(2 * MIN_MS);
    await flushAsync();
    expect(fake.calls).toHaveLength(2);
  });

  it('reports a failed pass and keeps going', async () => {
    const errors: unknown[] = [];
    const fake = new FakeRollupStore();
    fake.failOn.add(0);
    const clock = new VirtualClock(0);
    const rebuilder = new RollupRebuilder(fake.asStore(), [rollup], {
      everyMs: 1_000,
      clock,
      onError: (e) => errors.push(e),
    });
    rebuilder.start();
    clock.advance(0);
    await flushAsync();
    clock.advance(1_000);
    await flushAsync();
    await rebuilder.stop();
    expect(errors).toHaveLength(1);
    expect(fake.calls).toHaveLength(2);
  });

  it('catches up after a downtime: from the end of the rebuilt minutes, 60 minutes per statement, interval contiguous', async () => {
    const fake = new FakeRollupStore();
    fake.rebuilt.set('r', { fromMicros: m(0), toMicros: m(10) });
    const clock = new VirtualClock(160 * MIN_MS + 30_000);
    const rebuilder = new RollupRebuilder(fake.asStore(), [rollup, other], { clock });
    await rebuilder.rebuildNow();
    expect(fake.calls).toEqual([
      ['r', m(10), m(70)],
      ['r', m(70), m(130)],
      ['r', m(130), m(160)],
      // Nothing rebuilt yet for `other`: only the lateness window (there is no end to catch up from).
      ['other', m(155), m(160)],
    ]);
    expect(fake.rebuilt.get('r')).toEqual({ fromMicros: m(0), toMicros: m(160) });
    // Caught up: the next pass is the lateness window again.
    clock.advance(MIN_MS);
    await rebuilder.rebuildNow();
    expect(fake.calls.slice(4)).toEqual([
      ['r', m(156), m(161)],
      ['other', m(156), m(161)],
    ]);
  });

  it('bounds the catch-up by maxCatchUpMs (24 h by default); older minutes stay on the base view', async () => {
    const fake = new FakeRollupStore();
    fake.rebuilt.set('r', { fromMicros: m(0), toMicros: m(10) });
    const clock = new VirtualClock(30 * HOUR_MS + 30_000);
    await new RollupRebuilder(fake.asStore(), [rollup], { clock }).rebuildNow();
    expect(fake.calls).toHaveLength(24);
    expect(fake.calls[0]).toEqual(['r', m(6 * 60), m(7 * 60)]);
    expect(fake.calls.at(-1)).toEqual(['r', m(29 * 60), m(30 * 60)]);
    // The old interval did not touch the new minutes: the interval moved to them.
    expect(fake.rebuilt.get('r')).toEqual({ fromMicros: m(6 * 60), toMicros: m(30 * 60) });

    const bounded = new FakeRollupStore();
    bounded.rebuilt.set('r', { fromMicros: m(0), toMicros: m(10) });
    const clock2 = new VirtualClock(300 * MIN_MS + 59_000);
    await new RollupRebuilder(bounded.asStore(), [rollup], {
      clock: clock2,
      maxCatchUpMs: 90 * MIN_MS,
      catchUpChunkMs: 30 * MIN_MS + 20_000, // rounded down to whole minutes
    }).rebuildNow();
    expect(bounded.calls).toEqual([
      ['r', m(210), m(240)],
      ['r', m(240), m(270)],
      ['r', m(270), m(300)],
    ]);
    expect(bounded.rebuilt.get('r')).toEqual({ fromMicros: m(210), toMicros: m(300) });
  });

  it('a failed chunk ends the pass; the next pass resumes where the interval ends', async () => {
    const errors: unknown[] = [];
    const fake = new FakeRollupStore();
    fake.rebuilt.set('r', { fromMicros: m(0), toMicros: m(10) });
    fake.rebuilt.set('other', { fromMicros: m(0), toMicros: m(10) });
    fake.failOn.add(1);
    const clock = new VirtualClock(160 * MIN_MS + 30_000);
    const rebuilder = new RollupRebuilder(fake.asStore(), [rollup, other], {
      everyMs: MIN_MS,
      clock,
      onError: (e) => errors.push(e),
    });
    rebuilder.start();
    clock.advance(0);
    await flushAsync();
    expect(fake.calls).toEqual([
      ['r', m(10), m(70)],
      ['r', m(70), m(130)],
    ]);
    expect(errors).toHaveLength(1);
    expect(fake.rebuilt.get('r')).toEqual({ fromMicros: m(0), toMicros: m(70) });
    clock.advance(MIN_MS);
    await flushAsync();
    await rebuilder.stop();
    expect(fake.calls.slice(2)).toEqual([
      ['r', m(70), m(130)],
      ['r', m(130), m(161)],
      ['other', m(10), m(70)],
      ['other', m(70), m(130)],
      ['other', m(130), m(161)],
    ]);
    expect(fake.rebuilt.get('r')).toEqual({ fromMicros: m(0), toMicros: m(161) });
    expect(fake.rebuilt.get('other')).toEqual({ fromMicros: m(0), toMicros: m(161) });
  });

  it('catches up nothing where the store computes rollups on query (no rebuilt minutes)', async () => {
    const calls: [string, number, number][] = [];
    const store = {
      rebuiltRollupMinutes: async () => undefined,
      rebuildRollup: async (name: string, from: number, to: number) => void calls.push([name, from, to]),
    } as unknown as ViewStore;
    await new RollupRebuilder(store, [rollup], { clock: new VirtualClock(50 * HOUR_MS) }).rebuildNow();
    expect(calls).toEqual([['r', m(50 * 60 - 5), m(50 * 60)]]);
  });

  it('stop() ends a catch-up after the chunk in flight', async () => {
    const fake = new FakeRollupStore();
    fake.rebuilt.set('r', { fromMicros: m(0), toMicros: m(10) });
    let release = (): void => undefined;
    fake.gate = new Promise<void>((resolve) => (release = resolve));
    const clock = new VirtualClock(600 * MIN_MS);
    const rebuilder = new RollupRebuilder(fake.asStore(), [rollup], { clock });
    rebuilder.start();
    clock.advance(0);
    await flushAsync();
    const stopped = rebuilder.stop();
    release();
    await stopped;
    expect(fake.calls).toEqual([['r', m(10), m(70)]]);
    expect(fake.rebuilt.get('r')).toEqual({ fromMicros: m(0), toMicros: m(70) });
  });

  it('refuses options it cannot honour', () => {
    const store = new FakeRollupStore().asStore();
    expect(() => new RollupRebuilder(store, [rollup], { catchUpChunkMs: 1_000 })).toThrow(
      'RollupRebuilder: catchUpChunkMs must be a finite number >= 60000, got 1000',
    );
    expect(() => new RollupRebuilder(store, [rollup], { maxCatchUpMs: -1 })).toThrow(/maxCatchUpMs/);
    expect(() => new RollupRebuilder(store, [rollup], { latenessMs: Number.NaN })).toThrow(/latenessMs/);
  });

  it('defineRollup refuses a rollup its view cannot feed', () => {
    expect(() =>
      defineRollup({
        name: 'x',
        view: fixtureSpanEventView,
        entity: ['nope'],
        durationColumn: 'span_name',
        errors: [],
      }),
    ).toThrow(
      "invalid rollup 'x': entity column 'nope' is not a column; durationColumn 'span_name' must be a numeric column",
    );
  });
});
