/*
 * Type-level tests of the grouper's public API (checked by `tsc -p packages/enricher-sdk/test`; an unused
 * @ts-expect-error is itself an error), and the runtime behaviour of the same calls.
 */
import type { OperatorStream, Stream } from '@ht/stream-core';
import { HtError, Job } from '@ht/stream-core';
import { MemorySource } from '@ht/stream-core/testing';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { GrouperStats, groupTraces, grouperReasonOf, spanEndTime, traceKey } from '../../src/grouper/index.js';
import type { GroupedTraces, GrouperReason } from '../../src/grouper/index.js';
import type { Span, Trace } from '../../src/index.js';

describe('grouper public types', () => {
  it('takes a stream of spans and gives traces, late spans and stats', () => {
    const job = new Job({ name: 'types' });
    const spans = job.source(new MemorySource<Span>({ partitions: { p0: [] } }), { timestamp: spanEndTime });
    const grouped = groupTraces(spans, { gapMs: 3_000 });
    expectTypeOf(grouped).toEqualTypeOf<GroupedTraces>();
    expectTypeOf(grouped.traces).toEqualTypeOf<OperatorStream<Trace>>();
    expectTypeOf(grouped.lateSpans).toEqualTypeOf<Stream<Span>>();
    expectTypeOf(grouperReasonOf).returns.toEqualTypeOf<GrouperReason | undefined>();
    expectTypeOf(traceKey).parameter(0).toEqualTypeOf<Span>();
    expect(grouped.stats).toBeInstanceOf(GrouperStats);

    const numbers = job.source(new MemorySource<number>({ partitions: { p0: [] } }));
    // @ts-expect-error the grouper groups spans only
    expect(() => groupTraces(numbers, { name: 'numbers' })).not.toThrow();
    // @ts-expect-error options are typed
    expect(() => groupTraces(spans, { name: 'typo', gapMillis: 5 })).not.toThrow();
  });

  it('needs a distinct name per grouper in one job (the name identifies its checkpoint state)', () => {
    const job = new Job({ name: 'two-groupers' });
    const spans = job.source(new MemorySource<Span>({ partitions: { p0: [] } }), { timestamp: spanEndTime });
    groupTraces(spans);
    expect(() => groupTraces(spans)).toThrow(HtError);
    expect(() => groupTraces(spans, { name: 'grouper-eu' })).not.toThrow();
  });
});
