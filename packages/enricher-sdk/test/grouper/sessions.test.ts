import { readFileSync } from 'node:fs';
import { isHtError, Job } from '@ht/stream-core';
import { MemorySink, MemorySource, VirtualClock, runToCompletion } from '@ht/stream-core/testing';
import { describe, expect, it } from 'vitest';
import { bigintAvroType } from '../../src/avro/bigintLong.js';
import { traceToRecord } from '../../src/avro/traceAvro.js';
import { rawTraceView } from '../../src/builtins/views/rawTraceView.js';
import { groupTraces, spanEndTime } from '../../src/grouper/index.js';
import type { GrouperOptions } from '../../src/grouper/index.js';
import type { GrouperSnapshot } from '../../src/grouper/grouperSnapshot.js';
import { restoreGrouper, snapshotGrouper } from '../../src/grouper/grouperSnapshot.js';
import { sessionStart } from '../../src/grouper/TraceState.js';
import { TraceTable } from '../../src/grouper/TraceTable.js';
import { createTrace, spanToJson } from '../../src/index.js';
import type { AvroSchema, Span, Trace } from '../../src/index.js';
import { runView } from '../../src/testing/runView.js';
import { label, sp, traceName } from './helpers.js';

/*
 * A trace that pauses longer than gap + allowed lateness starts its fragment numbering over at 0, in a
 * new session named by the event time of the span that opens it. Whether the grouper still remembered
 * the trace (the restart branch) or had forgotten it (its watermark passed the expiry), the same span
 * opens the session, so both runs give the same (session, fragment) to the same spans, and the view
 * keys of the two sessions never collide.
 */

// Event times are ms since the epoch, as spanEndTime gives them: sessions are far above 2^31.
const T0 = 1_767_225_600_000;
const OPTIONS: GrouperOptions = { gapMs: 10, allowedLatenessMs: 5, maxSpansPerTrace: 2, idleTimeoutMs: Infinity };

/** Session 1: a1, a2 (max-spans), a3; pause; session 2 opened by a4: a4, a5 (max-spans), a6. */
const A = {
  session1: [sp('A', 'a1', T0 + 1), sp('A', 'a2', T0 + 2), sp('A', 'a3', T0 + 4)],
  session2: [sp('A', 'a4', T0 + 30), sp('A', 'a5', T0 + 31), sp('A', 'a6', T0 + 33)],
};

/** Runs the grouper over one partition, one span per batch, to the end of the input. */
async function group(
  spans: readonly Span[],
  outOfOrdernessMs: number,
  options: GrouperOptions = OPTIONS,
): Promise<{ traces: Trace[]; restarted: number }> {
  const clock = new VirtualClock(0);
  const source = new MemorySource<Span>({ partitions: { p0: [...spans] }, batchSize: 1 });
  const job = new Job({ name: 'grouper-sessions', clock });
  const sink = new MemorySink<Trace>();
  const grouped = groupTraces(
    job.source(source, { timestamp: spanEndTime, watermarks: { outOfOrdernessMs } }),
    options,
  );
  grouped.traces.to(sink);
  await runToCompletion(job, clock);
  return { traces: [...sink.records], restarted: grouped.stats.snapshot().restartedTraces };
}

/** Trace A's fragments as `session#fragment: span names`, in emission order. */
const fragmentsOfA = (traces: readonly Trace[]): string[] =>
  traces
    .filter((t) => traceName(t.traceId) === 'A')
    .map((t) => `${t.session - T0}#${t.fragment}: ${t.spans.map((s) => s.name).join(',')}`);

const EXPECTED_A = ['1#0: a1,a2', '1#1: a3', '30#0: a4,a5', '30#1: a6'];

/** The raw_trace_view keys of trace A's rows (runView itself fails on a key seen twice). */
const viewKeysOfA = (traces: readonly Trace[]): string[] =>
  runView(
    rawTraceView,
    traces.filter((t) => traceName(t.traceId) === 'A'),
  ).map((r) => `${r.tenant_id}/${traceName(r.trace_id)}/${Number(r.session) - T0}/${r.fragment}`);

describe('groupTraces: sessions', () => {
  it('restart branch: a trace resuming after gap + lateness, still remembered, opens a new session at fragment 0', async () => {
    // The watermark stays far behind (out-of-orderness 1 s): the state of A is never forgotten.
    const { traces, restarted } = await group([...A.session1, ...A.session2], 1_000);
    expect(traces.map(label)).toEqual([
      'A#0 max-spans: a1,a2',
      'A#1 gap: a3',
      'A#0 max-spans: a4,a5',
      'A#1 end-of-input: a6',
    ]);
    expect(restarted).toBe(1);
    expect(fragmentsOfA(traces)).toEqual(EXPECTED_A);
    expect(viewKeysOfA(traces)).toEqual(['default/A/1/0', 'default/A/1/1', 'default/A/30/0', 'default/A/30/1']);
  });

  it('forgotten state: the same sessions and view keys when the watermark passed the expiry in between', async () => {
    // X moves the watermark past A's expiry (a3 + gap - 1 + lateness): A is forgotten before a4 arrives.
    const x = sp('X', 'x1', T0 + 25);
    const { traces, restarted } = await group([...A.session1, x, ...A.session2], 0);
    expect(restarted).toBe(0);
    expect(traces.find((t) => traceName(t.traceId) === 'X')?.session).toBe(T0 + 25);
    expect(fragmentsOfA(traces)).toEqual(EXPECTED_A);
    expect(viewKeysOfA(traces)).toEqual(['default/A/1/0', 'default/A/1/1', 'default/A/30/0', 'default/A/30/1']);
  });

  it('gives follow-ups and stray late spans the session of their trace', async () => {
    const { traces } = await group(
      [
        sp('B', 'b1', T0 + 100),
        sp('X', 'x1', T0 + 115), // the watermark passes b1 + gap: B#0 leaves (by time)
        sp('B', 'b2', T0 + 105), // within b1's gap, after B#0 left: the follow-up B#1, which leaves by time
        sp('B', 'b3', T0 + 130), // gapMs after b2: b3 opens B#2, a continuation (still before the expiry)
        sp('B', 'b4', T0 + 109), // maxTraceDurationMs before b3: a stray fragment B#3 of its own
      ],
      0,
      { gapMs: 10, allowedLatenessMs: 50, maxTraceDurationMs: 20, idleTimeoutMs: Infinity },
    );
    const ofB = traces.filter((t) => traceName(t.traceId) === 'B');
    expect(ofB.map(label)).toEqual(['B#0 gap: b1', 'B#1 late: b2', 'B#3 late: b4', 'B#2 end-of-input: b3']);
    expect(ofB.map((t) => t.session)).toEqual([T0 + 100, T0 + 100, T0 + 100, T0 + 100]);
  });

  it('numbers sessions by whole ms: a fractional time is truncated, one before the epoch is 0', () => {
    expect(sessionStart(T0 + 0.9)).toBe(T0);
    expect(sessionStart(-5)).toBe(0);
    expect(sessionStart(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

function fixtureSchema(name: string, version: number): AvroSchema {
  const url = new URL(`../fixtures/avro/v${version}/${name}.avsc`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as AvroSchema;
}

/** A table holding trace A in session T0 + 30: fragment 0 emitted, fragment 1 open with a4, a5. */
function tableInSession(): TraceTable {
  const table = new TraceTable(10, 300, 5);
  const [a4, a5] = A.session2 as [Span, Span];
  const state = table.create(a4.tenantId, a4.traceId, T0 + 30);
  state.next = 1;
  const f = table.openFragment(state, T0 + 30, 0, false);
  table.add(f, state, a4, T0 + 30, null, 0);
  table.add(f, state, a5, T0 + 31, null, 0);
  return table;
}

/** Through JSON, as a snapshot store keeps it. */
const stored = (s: GrouperSnapshot): GrouperSnapshot => JSON.parse(JSON.stringify(s)) as GrouperSnapshot;

describe('grouper snapshots: sessions', () => {
  it('keep the session of every trace and of its open fragment across a round trip', () => {
    const snapshot = stored(snapshotGrouper(tableInSession(), T0 + 20));
    expect(snapshot.version).toBe(2);
    const table = new TraceTable(10, 300, 5);
    expect(restoreGrouper(table, snapshot, 0)).toBe(T0 + 20);
    const [state] = [...table.entries()];
    expect(state?.session).toBe(T0 + 30);
    expect(state?.next).toBe(2);
    expect(state?.open?.session).toBe(T0 + 30);
    expect(state?.open?.fragment).toBe(1);
    expect(state?.open?.spans.map((s) => s.name)).toEqual(['a4', 'a5']);
    // And again: the restored table snapshots to the same data.
    expect(stored(snapshotGrouper(table, T0 + 20))).toEqual(snapshot);
  });

  it('restore version 1 snapshots (no session: 0; spans in the v1 Avro schema) and write them again as version 2', () => {
    const [a4, a5] = A.session2 as [Span, Span];
    const chunk = bigintAvroType(fixtureSchema('EnrichedTrace', 1))
      .toBuffer(traceToRecord(createTrace({ spans: [a4, a5], fragment: 1 }), true))
      .toString('base64');
    const v1 = {
      version: 1,
      watermark: T0 + 20,
      traces: [[a4.tenantId, a4.traceId, 2, T0 + 2, T0 + 16, false, [1, T0 + 30, T0 + 31, false, [chunk]]]],
    } as unknown as GrouperSnapshot;
    const table = new TraceTable(10, 300, 5);
    restoreGrouper(table, v1, 0);
    const [state] = [...table.entries()];
    expect(state?.session).toBe(0);
    expect(state?.open?.session).toBe(0);
    expect(state?.open?.spans.map(spanToJson)).toEqual([a4, a5].map(spanToJson));
    const again = stored(snapshotGrouper(table, T0 + 20));
    expect(again.version).toBe(2);
    const copy = new TraceTable(10, 300, 5);
    restoreGrouper(copy, again, 0);
    expect([...copy.entries()][0]?.open?.spans.map(spanToJson)).toEqual([a4, a5].map(spanToJson));
  });

  it('refuse a snapshot version they do not know with STATE_FAILED', () => {
    const newer = { ...stored(snapshotGrouper(tableInSession(), 0)), version: 3 } as unknown as GrouperSnapshot;
    try {
      restoreGrouper(new TraceTable(10, 300, 5), newer, 0);
      expect.unreachable();
    } catch (e) {
      expect(isHtError(e, 'STATE_FAILED')).toBe(true);
      expect((e as Error).message).toMatch(/grouper snapshot version 3/);
    }
  });
});
