import { flushAsync, VirtualClock } from '@ht/stream-core/testing';
import { describe, expect, it } from 'vitest';
import { defineRollup, eq, MINUTE_MICROS, RollupRebuilder } from '../../src/index.js';
import type { ViewStore } from '../../src/index.js';
import { spanEventView } from '../../src/testing/index.js';

const rollup = defineRollup({
  name: 'r',
  view: spanEventView,
  entity: ['service_name'],
  durationColumn: 'duration_micros',
  errors: [eq('status_code', 'ERROR')],
});

describe('RollupRebuilder', () => {
  it('rebuilds the closed minutes of the lateness window on every pass, until stopped', async () => {
    const calls: [string, number, number][] = [];
    const store = {
      rebuildRollup: async (name: string, from: number, to: number) => void calls.push([name, from, to]),
    } as unknown as ViewStore;
    const clock = new VirtualClock(10 * 60_000 + 30_000);
    const rebuilder = new RollupRebuilder(store, [rollup], { everyMs: 60_000, latenessMs: 3 * 60_000, clock });
    rebuilder.start();
    clock.advance(0);
    await flushAsync();
    expect(calls).toEqual([['r', 7 * MINUTE_MICROS, 10 * MINUTE_MICROS]]);
    clock.advance(60_000);
    await flushAsync();
    expect(calls[1]).toEqual(['r', 8 * MINUTE_MICROS, 11 * MINUTE_MICROS]);
    await rebuilder.stop();
    clock.advance(120_000);
    await flushAsync();
    expect(calls).toHaveLength(2);
  });

  it('reports a failed pass and keeps going', async () => {
    const errors: unknown[] = [];
    let n = 0;
    const store = {
      rebuildRollup: async () => {
        if (n++ === 0) throw new Error('down');
      },
    } as unknown as ViewStore;
    const clock = new VirtualClock(0);
    const rebuilder = new RollupRebuilder(store, [rollup], { everyMs: 1_000, clock, onError: (e) => errors.push(e) });
    rebuilder.start();
    clock.advance(0);
    await flushAsync();
    clock.advance(1_000);
    await flushAsync();
    await rebuilder.stop();
    expect(errors).toHaveLength(1);
    expect(n).toBe(2);
  });

  it('defineRollup refuses a rollup its view cannot feed', () => {
    expect(() =>
      defineRollup({ name: 'x', view: spanEventView, entity: ['nope'], durationColumn: 'span_name', errors: [] }),
    ).toThrow(
      "invalid rollup 'x': entity column 'nope' is not a column; durationColumn 'span_name' must be a numeric column",
    );
  });
});
