import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Job, countAggregate, sessionWindows, slidingWindows, tumblingWindows } from '../src/index.js';
import { MemorySink, MemorySource } from '../src/testing/index.js';

const assign = (assigner: ReturnType<typeof tumblingWindows>, t: number): [number, number][] => {
  if (assigner.kind === 'session') throw new Error('not aligned');
  const out: number[] = [];
  const n = assigner.assign(t, out);
  return Array.from({ length: n }, (_, i) => [out[2 * i] as number, out[2 * i + 1] as number]);
};

describe('window assignment (properties)', () => {
  it('tumbling: exactly one aligned window holds each timestamp', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 1e6 }),
        (t, size, offset) => {
          const windows = assign(tumblingWindows({ sizeMs: size, offsetMs: offset }), t);
          expect(windows).toHaveLength(1);
          const [start, end] = windows[0]!;
          expect(start <= t && t < end).toBe(true);
          expect(end - start).toBe(size);
          expect((((start - offset) % size) + size) % size).toBe(0);
        },
      ),
    );
  });

  it('sliding: size/slide distinct aligned windows hold each timestamp', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 10 }),
        (t, slide, factor) => {
          const size = slide * factor;
          const windows = assign(slidingWindows({ sizeMs: size, slideMs: slide }), t);
          expect(windows).toHaveLength(factor);
          expect(new Set(windows.map(([s]) => s)).size).toBe(factor);
          for (const [start, end] of windows) {
            expect(start <= t && t < end).toBe(true);
            expect(end - start).toBe(size);
            expect(((start % slide) + slide) % slide).toBe(0);
          }
        },
      ),
    );
  });

  it('tumbling counts through a job equal a grouped count, in any arrival order within the lateness bound', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ k: fc.constantFrom('a', 'b', 'c'), t: fc.integer({ min: 0, max: 500 }) }), {
          maxLength: 200,
        }),
        fc.integer({ min: 1, max: 50 }),
        async (records, size) => {
          const expected = new Map<string, number>();
          for (const r of records) {
            const key = `${r.k}:${r.t - (r.t % size)}`;
            expected.set(key, (expected.get(key) ?? 0) + 1);
          }
          const sink = new MemorySink<[string, number]>();
          const job = new Job({ name: 'prop-tumbling' });
          job
            .source(new MemorySource({ partitions: { '0': records }, batchSize: 7 }), {
              timestamp: (r) => r.t,
              watermarks: { outOfOrdernessMs: 1000 },
            })
            .keyBy((r) => r.k)
            .window(tumblingWindows({ sizeMs: size }))
            .aggregate(countAggregate(), (n, w): [string, number] => [`${w.key}:${w.start}`, n])
            .to(sink);
          await job.start();
          await job.done;
          expect(new Map(sink.records)).toEqual(expected);
          expect(sink.records).toHaveLength(expected.size);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('sessions: merged windows equal gap-separated runs of the sorted timestamps', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ k: fc.constantFrom('a', 'b'), t: fc.integer({ min: 0, max: 300 }) }), {
          maxLength: 120,
        }),
        fc.integer({ min: 1, max: 30 }),
        async (records, gap) => {
          const expected: string[] = [];
          for (const key of ['a', 'b']) {
            const ts = records.filter((r) => r.k === key).map((r) => r.t);
            ts.sort((x, y) => x - y);
            let start: number | undefined;
            let last = 0;
            let count = 0;
            for (const t of ts) {
              if (start !== undefined && t > last + gap) {
                expected.push(`${key}:${start}-${last + gap}:${count}`);
                start = undefined;
              }
              if (start === undefined) {
                start = t;
                count = 0;
              }
              last = t;
              count++;
            }
            if (start !== undefined) expected.push(`${key}:${start}-${last + gap}:${count}`);
          }
          const sink = new MemorySink<string>();
          const job = new Job({ name: 'prop-sessions' });
          job
            .source(new MemorySource({ partitions: { '0': records }, batchSize: 5 }), {
              timestamp: (r) => r.t,
              watermarks: { outOfOrdernessMs: 1000 },
            })
            .keyBy((r) => r.k)
            .window(sessionWindows({ gapMs: gap }))
            .aggregate(countAggregate(), (n, w) => `${w.key}:${w.start}-${w.end}:${n}`)
            .to(sink);
          await job.start();
          await job.done;
          expect([...sink.records].sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 60 },
    );
  });
});
