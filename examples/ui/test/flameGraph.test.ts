import { describe, expect, it } from 'vitest';
import { flameStep, layoutFlame } from '../src/trace/flameGraph.js';
import { layoutWaterfall } from '../src/trace/waterfall.js';
import { span } from './support.js';

describe('flame graph layout', () => {
  const model = layoutWaterfall([
    span('a', null, 0, 1_000),
    span('b', 'a', 100, 600),
    span('c1', 'b', 150, 100),
    span('c2', 'b', 300, 50),
    span('tiny', 'b', 400, 0),
    span('under-tiny', 'tiny', 400, 0),
    span('d', 'a', 800, 150),
  ]);
  const layout = layoutFlame(model.rows, model.durationMicros, 0.01);
  const id = (i: number): string => layout.frames[i]?.row.span.spanId ?? '';
  const frameOf = (spanId: string): number => layout.frames.findIndex((f) => f.row.span.spanId === spanId);

  it('places each span under its parent, as wide as its share of the trace', () => {
    expect(layout.frames.map((f) => [f.row.span.spanId, f.depth, f.left, f.width])).toEqual([
      ['a', 0, 0, 1],
      ['b', 1, 0.1, 0.6],
      ['c1', 2, 0.15, 0.1],
      ['c2', 2, 0.3, 0.05],
      ['d', 1, 0.8, 0.15],
    ]);
    expect(layout.frames.map((f) => (f.parent === undefined ? '' : id(f.parent)))).toEqual(['', 'a', 'b', 'b', 'a']);
    expect(layout.levels.map((level) => level.map(id))).toEqual([['a'], ['b', 'd'], ['c1', 'c2']]);
  });

  it('leaves out spans too narrow to draw, and the spans under them', () => {
    expect(frameOf('tiny')).toBe(-1);
    expect(frameOf('under-tiny')).toBe(-1);
  });

  it('moves by keyboard to the parent, the first child and the neighbours of a level', () => {
    expect(id(flameStep(layout, frameOf('a'), 'child'))).toBe('b');
    expect(id(flameStep(layout, frameOf('b'), 'next'))).toBe('d');
    expect(id(flameStep(layout, frameOf('d'), 'previous'))).toBe('b');
    expect(id(flameStep(layout, frameOf('c2'), 'parent'))).toBe('b');
    // At an edge, it stays.
    expect(id(flameStep(layout, frameOf('a'), 'parent'))).toBe('a');
    expect(id(flameStep(layout, frameOf('d'), 'next'))).toBe('d');
    expect(id(flameStep(layout, frameOf('c1'), 'child'))).toBe('c1');
  });

  it('draws a 20,000-span trace of short siblings as the spans wide enough to see', () => {
    const many = layoutWaterfall([
      span('root', null, 0, 20_000),
      ...Array.from({ length: 19_999 }, (_, i) => span(`s${i}`, 'root', i, i % 1000 === 0 ? 500 : 1)),
    ]);
    const big = layoutFlame(many.rows, many.durationMicros);
    expect(big.frames).toHaveLength(1 + 20);
  });
});
