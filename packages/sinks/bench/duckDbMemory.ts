/**
 * `pnpm bench:memory` for @ht/sinks: the DuckDB store's memory while it writes span_event_view batches of
 * 8,000 rows (what a pipeline's ViewSink sends), ROUNDS × ~70k rows: RSS, the V8 heap and DuckDB's own
 * accounting (`duckdb_memory()` by tag, `pragma_database_size()`) after each round. Env: ML (the store's
 * `memoryLimit`, default 512MB), ROUNDS (default 12). Also the WAL's size: DuckDB holds
 * the rows not checkpointed yet in memory (`IN_MEMORY_TABLE`), ~1.3× the WAL they wrote. Run with `node --expose-gc` to see the heap settle.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDuckDbStore } from '../src/index.js';
import { fixtureTraces, fixtureSpanEventView, viewRows } from '../src/testing/index.js';
const dir = mkdtempSync(join(tmpdir(), 'ddbm-'));
const store = await createDuckDbStore({ path: join(dir, 'x.duckdb'), memoryLimit: process.env['ML'] ?? '512MB' });
await store.ensureTables([fixtureSpanEventView]);
const conn = (store as unknown as { connection: { runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }> } })
  .connection;
const mib = (n: number): number => Math.round(n / 1048576);
let written = 0;
for (let round = 0; round < Number(process.env['ROUNDS'] ?? 12); round++) {
  const traces = fixtureTraces({ traces: 20_000, seed: round + 1 }).sort((a, b) =>
    Number(a.spans[0]!.startTimeUnixNano - b.spans[0]!.startTimeUnixNano),
  );
  const rows = viewRows(fixtureSpanEventView, traces);
  for (let i = 0; i < rows.length; i += 8000) await store.write(fixtureSpanEventView.name, rows.slice(i, i + 8000));
  written += rows.length;
  const mem = (
    await conn.runAndReadAll(
      'SELECT tag, memory_usage_bytes, temporary_storage_bytes FROM duckdb_memory() WHERE memory_usage_bytes > 0',
    )
  ).getRows();
  const total = mem.reduce((a, r) => a + Number(r[1]), 0);
  const size = (
    await conn.runAndReadAll('SELECT memory_usage, database_size FROM pragma_database_size()')
  ).getRows()[0];
  globalThis.gc?.();
  console.log(
    `rows ${written}: wal ${existsSync(join(dir, 'x.duckdb.wal')) ? mib(statSync(join(dir, 'x.duckdb.wal')).size) : 0} MiB, rss ${mib(process.memoryUsage().rss)} MiB, heap ${mib(process.memoryUsage().heapUsed)} MiB, duckdb_memory ${mib(total)} MiB [${mem.map((r) => `${r[0]}:${mib(Number(r[1]))}`).join(' ')}], db ${String(size?.[1])} mem ${String(size?.[0])}`,
  );
}
await store.close();
rmSync(dir, { recursive: true, force: true });
