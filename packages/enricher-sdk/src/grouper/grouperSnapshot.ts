import { enrichedTraceCodec } from '../avro/codecs.js';
import { createTrace } from '../model/Trace.js';
import { OpenFragment, TraceState } from './TraceState.js';
import type { TraceTable } from './TraceTable.js';

type FragmentData = [fragment: number, minTs: number, maxTs: number, followUp: boolean, chunks: string[]];
type StateData = [
  tenantId: string,
  traceId: string,
  next: number,
  lastMaxTs: number | null,
  expiresAt: number | null,
  closedByTime: boolean,
  open: FragmentData | null,
];

/**
 * What a checkpoint keeps of a grouper: its watermark and every tracked trace, open fragments
 * first in the order they opened. Spans are stored as Avro `EnrichedTrace` chunks (lossless, enriched
 * attributes included), each span encoded once however many checkpoints hold it.
 *
 * @example
 * ```ts
 * const data = snapshotGrouper(table, watermark);
 * const watermarkAgain = restoreGrouper(new TraceTable(…), data, clock.now());
 * ```
 */
export interface GrouperSnapshot {
  readonly version: 1;
  readonly watermark: number | null;
  readonly traces: StateData[];
}

const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

/**
 * Copies the table for a checkpoint (encoding the spans added since the last one).
 *
 * @example
 * ```ts
 * snapshot: () => snapshotGrouper(table, watermark),
 * ```
 */
export function snapshotGrouper(table: TraceTable, watermark: number): GrouperSnapshot {
  const traces: StateData[] = [];
  for (const s of table.entries()) {
    const f = s.open;
    let open: FragmentData | null = null;
    if (f !== undefined) {
      if (f.encodedCount < f.spans.length) {
        const spans = f.spans.slice(f.encodedCount);
        f.chunks.push(enrichedTraceCodec.encode(createTrace({ spans, fragment: f.fragment })).toString('base64'));
        f.encodedCount = f.spans.length;
      }
      open = [f.fragment, f.minTs, f.maxTs, f.followUp, [...f.chunks]];
    }
    traces.push([s.tenantId, s.traceId, s.next, finite(s.lastMaxTs), finite(s.expiresAt), s.closedByTime, open]);
  }
  return { version: 1, watermark: finite(watermark), traces };
}

/**
 * Puts a snapshot back into an empty table; returns the watermark it held. Restored fragments hold no
 * acknowledgement references: the checkpoint that saved them released those.
 *
 * @example
 * ```ts
 * restore: (s) => { watermark = restoreGrouper(table, s as GrouperSnapshot, op.clock.now()); },
 * ```
 */
export function restoreGrouper(table: TraceTable, snapshot: GrouperSnapshot, now: number): number {
  for (const [tenantId, traceId, next, lastMaxTs, expiresAt, closedByTime, open] of snapshot.traces) {
    const s = new TraceState(tenantId, traceId);
    s.next = next;
    s.lastMaxTs = lastMaxTs ?? Number.NEGATIVE_INFINITY;
    s.expiresAt = expiresAt ?? Number.POSITIVE_INFINITY;
    s.closedByTime = closedByTime;
    if (open !== null) {
      const [fragment, minTs, maxTs, followUp, chunks] = open;
      const f = new OpenFragment(fragment, minTs, followUp, now);
      f.maxTs = maxTs;
      for (const chunk of chunks) {
        for (const span of enrichedTraceCodec.decode(Buffer.from(chunk, 'base64')).spans) f.spans.push(span);
        f.chunks.push(chunk);
      }
      f.encodedCount = f.spans.length;
      s.open = f;
    }
    table.restore(s);
  }
  return snapshot.watermark ?? Number.NEGATIVE_INFINITY;
}
