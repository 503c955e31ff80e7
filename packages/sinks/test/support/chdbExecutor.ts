import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadServicesConfig, serviceEndpoints } from '@ht/services';
import { HtError } from '@ht/stream-core';
import type { ClickHouseExecutor } from '../../src/index.js';

/** A ClickHouse executor over chDB (the ClickHouse 26 engine in a Python process), tables under `path`. */
export interface ChdbExecutor extends ClickHouseExecutor {
  readonly path: string;
}

const DATA_CODES = new Set(['6', '26', '27', '53', '69', '70', '72', '117', '130', '131']);

function chdbError(message: string, sql: string): HtError {
  const code = /Code: (\d+)/.exec(message)?.[1];
  const kind = code !== undefined && DATA_CODES.has(code) ? 'INPUT_INVALID' : 'CONFIG_INVALID';
  return new HtError(kind, `chDB: ${message} (statement: ${sql.slice(0, 160)})`);
}

/**
 * Runs statements on one long-lived chDB session (`chdb_session.py` in the venv `ht-services up chdb`
 * installs, the same Python `runChdb` uses), tables under a temporary path: the modern DDL, JSONEachRow
 * inserts and view queries execute on a real ClickHouse 26 engine. Statements run one at a time.
 */
export function chdbExecutor(): ChdbExecutor {
  const path = mkdtempSync(join(tmpdir(), 'ht-sinks-chdb-'));
  const python = process.env['HT_CHDB_PYTHON'] ?? serviceEndpoints(loadServicesConfig()).chdbPython;
  const script = fileURLToPath(new URL('./chdb_session.py', import.meta.url));
  const child = spawn(python, [script, path], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: { resolve(out: string): void; reject(e: Error): void; sql: string }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const reply = JSON.parse(line) as { ok: boolean; out?: string; error?: string };
    const next = waiting.shift();
    if (!next) return;
    if (reply.ok) next.resolve(reply.out ?? '');
    else next.reject(chdbError(reply.error ?? 'unknown error', next.sql));
  });
  child.on('exit', () => {
    for (const w of waiting.splice(0)) w.reject(new HtError('DEPENDENCY_UNAVAILABLE', 'chDB session exited'));
  });
  const run = (sql: string): Promise<string> =>
    new Promise((resolve, reject) => {
      waiting.push({ resolve, reject, sql });
      child.stdin.write(`${JSON.stringify({ sql })}\n`);
    });
  return {
    path,
    async command(sql) {
      await run(sql);
    },
    async query(sql) {
      const out = await run(`${sql} SETTINGS output_format_json_quote_64bit_integers = 1`);
      return out
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    async insert(table, columns, body) {
      await run(`INSERT INTO ${table} (${columns.join(', ')}) FORMAT JSONEachRow\n${body}`);
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.end();
      await exited;
      rmSync(path, { recursive: true, force: true });
    },
  };
}
