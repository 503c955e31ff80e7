import { HtError } from '@ht/stream-core/errors';
import { enrichedTraceCodec } from '../avro/codecs.js';
import { enrichedTraceSchemaV1 } from '../avro/schemas.js';
import type { AvroSchema } from '../avro/schemaParts.js';
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
  /** Since version 2; a version 1 snapshot has none (session 0). */
  session?: number,
];

/**
 * What a checkpoint keeps of a grouper: its watermark and every tracked trace (with its session),
 * open fragments first in the order they opened. Spans are stored as Avro `EnrichedTrace` chunks
 * (lossless, enriched attributes included), each span encoded once however many checkpoints hold it.
 * Version 2 added each trace's session; version 1 snapshots still restore, their sessions as 0.
 *
 * @example
 * ```ts
 * const data = snapshotGrouper(table, watermark);
 * const watermarkAgain = restoreGrouper(new TraceTable(…), data, clock.now());
 * ```
 */
export interface GrouperSnapshot {
  readonly version: 1 | 2;
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
    traces.push([
      s.tenantId,
      s.traceId,
      s.next,
      finite(s.lastMaxTs),
      finite(s.expiresAt),
      s.closedByTime,
      open,
      s.session,
    ]);
  }
  return { version: 2, watermark: finite(watermark), traces };
}

/**
 * Puts a snapshot back into an empty table; returns the watermark it held. Restored fragments hold no
 * acknowledgement references: the checkpoint that saved them released those. Reads versions 1 (no
 * sessions: they restore as 0) and 2; throws `STATE_FAILED` on another version.
 *
 * @example
 * ```ts
 * restore: (s) => { watermark = restoreGrouper(table, s as GrouperSnapshot, op.clock.now()); },
 * ```
 */
export function restoreGrouper(table: TraceTable, snapshot: GrouperSnapshot, now: number): number {
  const version: unknown = snapshot.version;
  if (version !== 1 && version !== 2) {
    throw new HtError(
      'STATE_FAILED',
      `grouper snapshot version ${String(version)} is not 1 or 2: written by a newer build?`,
    );
  }
  // Version 1 encoded its chunks with Avro schema version 1 (no `session`); version 2 with the current one.
  const chunkSchema: AvroSchema | undefined = version === 1 ? enrichedTraceSchemaV1() : undefined;
  for (const [tenantId, traceId, next, lastMaxTs, expiresAt, closedByTime, open, session] of snapshot.traces) {
    const s = new TraceState(tenantId, traceId);
    s.next = next;
    s.session = session ?? 0;
    s.lastMaxTs = lastMaxTs ?? Number.NEGATIVE_INFINITY;
    s.expiresAt = expiresAt ?? Number.POSITIVE_INFINITY;
    s.closedByTime = closedByTime;
    if (open !== null) {
      const [fragment, minTs, maxTs, followUp, chunks] = open;
      const f = new OpenFragment(fragment, s.session, minTs, followUp, now);
      f.maxTs = maxTs;
      for (const chunk of chunks) {
        const decoded = enrichedTraceCodec.decode(Buffer.from(chunk, 'base64'), chunkSchema);
        for (const span of decoded.spans) f.spans.push(span);
        // Chunks in an older schema are not carried over: the next snapshot encodes their spans again.
        if (chunkSchema === undefined) f.chunks.push(chunk);
      }
      f.encodedCount = chunkSchema === undefined ? f.spans.length : 0;
      s.open = f;
    }
    table.restore(s);
  }
  return snapshot.watermark ?? Number.NEGATIVE_INFINITY;
}
