import { DuckDBDataChunk } from '@duckdb/node-api';
import type { DuckDBAppender, DuckDBType } from '@duckdb/node-api';
import type { ViewDefinition } from '@ht/enricher-sdk';
import type { ViewRow } from '../store/ViewStore.js';
import { duckDbColumn } from './duckDbTypes.js';

/** DuckDB's vector size: one data chunk holds at most this many rows. */
const CHUNK_ROWS = 2048;

/**
 * Appends validated rows to a view's staging table column by column, one data chunk of 2048 rows at a
 * time (one native call per column per chunk instead of one per value).
 *
 * @example
 * ```ts
 * const appender = await connection.createAppender(stagingName(view.name), 'main', 'temp');
 * appendRows(appender, view, rows);
 * appender.flushSync();
 * ```
 */
export function appendRows(appender: DuckDBAppender, view: ViewDefinition, rows: readonly ViewRow[]): void {
  const columns = Object.entries(view.columns).map(([name, spec]) => ({ name, ...duckDbColumn(spec.type) }));
  const types: DuckDBType[] = columns.map((c) => c.staging);
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const n = Math.min(CHUNK_ROWS, rows.length - start);
    const values = columns.map((c) => {
      const out = new Array<string | number | boolean>(n);
      for (let i = 0; i < n; i++) out[i] = c.stage(rows[start + i]![c.name]);
      return out;
    });
    const chunk = DuckDBDataChunk.create(types, n);
    chunk.setColumns(values);
    appender.appendDataChunk(chunk);
  }
}
