/**
 * Replicas for `pnpm bench:query`'s seeding: the rows the built-in views made for a trace, copied with
 * new ids and shifted in event time. Enriching and materializing 10M spans takes ~7k spans per second on a
 * loaded 2-core machine (25 minutes before any write); the bench materializes a tenth of the spans through
 * the real chain and views, and fills the rest of the day with replicas of those rows: every row is a row
 * the real views made, with its ids made unique per replica and its times moved to another part of the day.
 */
import type { ViewDefinition } from '@ht/enricher-sdk';
import type { ViewRow } from '@ht/sinks';

/** Columns holding a trace or span id (hex) in the built-in views. */
const ID_COLUMNS = new Set([
  'trace_id',
  'span_id',
  'parent_span_id',
  'api_entry_span_id',
  'caller_span_id',
  'callee_span_id',
  'linked_trace_id',
  'linked_span_id',
]);

/**
 * A trace or span id of replica `n` (1-255): its first byte XOR `n`, so it differs from the original's
 * and from every other replica's. (Replacing the byte by `n` left an id that already started with it
 * unchanged: 11 keys of 1M collided with their original in the first runs.)
 */
export function replicaId(id: string, n: number): string {
  if (id === '') return id;
  return (parseInt(id.slice(0, 2), 16) ^ n).toString(16).padStart(2, '0') + id.slice(2);
}

/** Copies view rows into replica `n`, `shiftMicros` later: a function per view. */
export function replicator(view: ViewDefinition): (row: ViewRow, n: number, shiftMicros: number) => ViewRow {
  const times = Object.entries(view.columns)
    .filter(([, c]) => c.type === 'datetime')
    .map(([name]) => name);
  const ids = Object.keys(view.columns).filter((name) => ID_COLUMNS.has(name));
  const edge = 'edge_id' in view.columns;
  return (row, n, shiftMicros) => {
    const copy: Record<string, unknown> = { ...row };
    for (const t of times) copy[t] = (row[t] as number) + shiftMicros;
    for (const c of ids) copy[c] = replicaId(row[c] as string, n);
    if (edge) {
      // callerSpanId:calleeSpanId, or callerSpanId:backendId
      const id = row['edge_id'] as string;
      const colon = id.indexOf(':');
      const callee = id.slice(colon + 1);
      copy['edge_id'] =
        `${replicaId(id.slice(0, colon), n)}:${/^[0-9a-f]{16}$/.test(callee) ? replicaId(callee, n) : callee}`;
    }
    return copy;
  };
}
