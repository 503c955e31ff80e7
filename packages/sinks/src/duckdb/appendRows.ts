import { DuckDBDataChunk, VARCHAR } from '@duckdb/node-api';
import type { DuckDBAppender } from '@duckdb/node-api';
import type { ViewRow } from '../store/ViewStore.js';

/** DuckDB's vector size: one data chunk holds at most this many rows. */
const CHUNK_ROWS = 2048;

/** JSON of a row; bigints (which JSON.stringify refuses) are written as exact unquoted numbers. */
function rowJson(row: ViewRow): string {
  try {
    return JSON.stringify(row);
  } catch {
    const text = JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? `\u0000${v}` : v));
    return text.replace(/"\\u0000(-?\d+)"/g, '$1');
  }
}

/**
 * Appends validated rows to a view's staging table as one JSON text per row, a data chunk of 2048 rows
 * at a time: V8's native `JSON.stringify` and one native call per row, instead of one per value; DuckDB
 * parses them back, vectorized, when the batch is merged (`from_json`).
 *
 * @example
 * ```ts
 * const appender = await connection.createAppender(stagingName(view.name), 'main', 'temp');
 * appendRows(appender, rows);
 * appender.flushSync();
 * ```
 */
export function appendRows(appender: DuckDBAppender, rows: readonly ViewRow[]): void {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const n = Math.min(CHUNK_ROWS, rows.length - start);
    const values = new Array<string>(n);
    for (let i = 0; i < n; i++) values[i] = rowJson(rows[start + i]!);
    const chunk = DuckDBDataChunk.create([VARCHAR], n);
    chunk.setColumns([values]);
    appender.appendDataChunk(chunk);
  }
}
