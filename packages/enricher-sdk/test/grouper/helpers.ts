import type { Stream } from '@ht/stream-core';
import { Job } from '@ht/stream-core';
import type { MarbleSource } from '@ht/stream-core/testing';
import { marbleSource, schedulerClock } from '@ht/stream-core/testing';
import type { Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { expect } from 'vitest';
import { createSpan } from '../../src/index.js';
import type { Span, Trace } from '../../src/index.js';
import { grouperReasonOf, spanEndTime } from '../../src/grouper/index.js';

/** A TestScheduler whose assertions are vitest's deep equality. */
export function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

const hex = (name: string, width: number): string =>
  [...name]
    .map((c) => c.charCodeAt(0).toString(16).padStart(2, '0'))
    .join('')
    .padStart(width, '0');

/**
 * A span of trace `trace` (a short name, one letter) named `name`, ending at event time `t` ms. Span ids
 * come from the name, so names must be unique within a test.
 */
export function sp(trace: string, name: string, t: number, tenantId = 'default'): Span {
  return createSpan({
    tenantId,
    traceId: hex(trace, 32),
    spanId: hex(name, 16),
    name,
    startTimeUnixNano: BigInt(t) * 1_000_000n - 1n,
    endTimeUnixNano: BigInt(t) * 1_000_000n,
  });
}

/** The short name `sp` was given for a trace id. */
export function traceName(traceId: string): string {
  return Buffer.from(traceId.replace(/^(00)+/, ''), 'hex').toString();
}

/** A trace as `tenant/trace#fragment reason: span names` (tenant left out when it is `default`). */
export function label(trace: Trace): string {
  const tenant = trace.tenantId === 'default' ? '' : `${trace.tenantId}/`;
  const names = trace.spans.map((s) => s.name).join(',');
  return `${tenant}${traceName(trace.traceId)}#${trace.fragment} ${grouperReasonOf(trace)}: ${names}`;
}

/** A job reading spans from marble partitions, timed by `spanEndTime`, on the scheduler's clock. */
export function marbleJob(
  ts: TestScheduler,
  partitions: Record<string, Observable<Span | Span[]>>,
  watermarks: { outOfOrdernessMs?: number; idleTimeoutMs?: number } = {},
): { job: Job; spans: Stream<Span>; source: MarbleSource<Span> } {
  const source = marbleSource<Span>(partitions);
  const job = new Job({ name: 'grouper-test', clock: schedulerClock(ts) });
  const spans = job.source(source, { timestamp: spanEndTime, watermarks });
  return { job, spans, source };
}
