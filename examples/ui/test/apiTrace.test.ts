import { describe, expect, it } from 'vitest';
import { apiCalls } from '../src/trace/apiTrace.js';
import { layoutWaterfall } from '../src/trace/waterfall.js';
import { span } from './support.js';

describe('the API trace view', () => {
  it('gives each entry span its exits up to the next entry, each exit with the entry it reached', () => {
    const calls = apiCalls(
      layoutWaterfall([
        span('gw', null, 0, 1_000, { serviceName: 'gateway', name: 'POST /checkout', spanType: 'ENTRY' }),
        span('auth', 'gw', 10, 50, { serviceName: 'gateway', name: 'verify', spanType: 'INTERNAL' }),
        span('x1', 'gw', 100, 400, { serviceName: 'gateway', name: 'POST checkout', spanType: 'EXIT' }),
        span('co', 'x1', 110, 380, { serviceName: 'checkout', name: 'POST /checkout', spanType: 'ENTRY' }),
        span('db', 'co', 120, 50, { serviceName: 'checkout', name: 'SELECT cart', spanType: 'EXIT' }),
        span('x2', 'gw', 600, 100, { serviceName: 'gateway', name: 'GET cache', spanType: 'EXIT' }),
      ]),
    );
    expect(
      calls.map((c) => [
        c.entry.span.spanId,
        c.exits.map((e) => [e.row.span.spanId, e.callee?.span.spanId]),
        c.internalSpans,
      ]),
    ).toEqual([
      [
        'gw',
        [
          ['x1', 'co'],
          ['x2', undefined],
        ],
        1,
      ],
      ['co', [['db', undefined]], 0],
    ]);
  });

  it('reads the span kind when the spans are not enriched, and heads orphans with a call of their own', () => {
    const calls = apiCalls(
      layoutWaterfall([
        span('s', null, 0, 100, { kind: 'SERVER' }),
        span('c', 's', 10, 50, { kind: 'CLIENT' }),
        span('i', 's', 70, 10, { kind: 'INTERNAL' }),
        span('orphan', 'gone', 200, 10, { kind: 'CLIENT' }),
      ]),
    );
    expect(calls.map((c) => [c.entry.span.spanId, c.exits.map((e) => e.row.span.spanId), c.internalSpans])).toEqual([
      ['s', ['c'], 1],
      ['orphan', [], 0],
    ]);
  });
});
