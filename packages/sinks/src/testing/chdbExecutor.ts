import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { HtError } from '@ht/stream-core';
import type { ClickHouseExecutor } from '../clickhouse/ClickHouseExecutor.js';

/**
 * A {@link ClickHouseExecutor} over chDB (the ClickHouse 26 engine embedded in a Python process): the
 * modern dialect without a server. `path` is the folder its tables live in.
 *
 * @example
 * ```ts
 * const executor: ChdbExecutor = chdbExecutor({ python: '/opt/chdb/venv/bin/python' });
 * console.log(executor.path);
 * ```
 */
export interface ChdbExecutor extends ClickHouseExecutor {
  readonly path: string;
}

/**
 * What {@link chdbExecutor} needs.
 *
 * @example
 * ```ts
 * const options: ChdbExecutorOptions = { python: process.env['HT_CHDB_PYTHON'] };
 * ```
 */
export interface ChdbExecutorOptions {
  /**
   * A Python with the `chdb` package installed (`pip install chdb`). Default: `HT_CHDB_PYTHON` (what
   * `ht-services env` prints for the venv `ht-services up chdb` installs).
   */
  readonly python?: string | undefined;
  /** The folder of the session's tables, kept on close. Default: a new temporary folder, removed on close. */
  readonly path?: string | undefined;
}

/**
 * The session loop the Python process runs: one JSON request per stdin line (`{"sql": …}`), one JSON
 * reply per line (`{"ok": true, "out": …}` or `{"ok": false, "error": …}`); exits when stdin closes. One
 * long-lived session, since a suite issues hundreds of statements.
 */
const SESSION_SCRIPT = `
import json, sys
from chdb import session as chs
sess = chs.Session(sys.argv[1])
try:
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            result = sess.query(request["sql"], request.get("format") or "JSONEachRow")
            reply = {"ok": True, "out": result.bytes().decode("utf-8") if result is not None else ""}
        except Exception as error:
            reply = {"ok": False, "error": str(error)}
        sys.stdout.write(json.dumps(reply) + "\\n")
        sys.stdout.flush()
finally:
    sess.close()
`;

/** ClickHouse error codes of bad data (type mismatch, parse errors): the rest are statement errors. */
const DATA_CODES = new Set(['6', '26', '27', '53', '69', '70', '72', '117', '130', '131']);

function chdbError(message: string, sql: string): HtError {
  const code = /Code: (\d+)/.exec(message)?.[1];
  const kind = code !== undefined && DATA_CODES.has(code) ? 'INPUT_INVALID' : 'CONFIG_INVALID';
  return new HtError(kind, `chDB: ${message} (statement: ${sql.slice(0, 160)})`);
}

/**
 * Starts a chDB session in a Python child process and returns it as a {@link ClickHouseExecutor}, so a
 * ClickHouse store runs the modern dialect (DDL, JSONEachRow inserts, queries) on a real ClickHouse 26
 * engine without a server: hand it to `createClickHouseStore({ executor, database })`. Statements run one
 * at a time. For tests and suites (`viewStoreConformance`); production talks to a server over HTTP.
 * Throws a `CONFIG_INVALID` `HtError` when no Python is given and `HT_CHDB_PYTHON` is unset.
 *
 * @example
 * ```ts
 * import { createClickHouseStore } from '@ht/sinks';
 *
 * const store = await createClickHouseStore({ executor: chdbExecutor(), database: 'ht' });
 * await store.ensureTables([fixtureSpanEventView]);
 * await store.close(); // ends the Python process and removes its temporary folder
 * ```
 */
export function chdbExecutor(options: ChdbExecutorOptions = {}): ChdbExecutor {
  const python = options.python ?? process.env['HT_CHDB_PYTHON'];
  if (python === undefined || python === '') {
    throw new HtError(
      'CONFIG_INVALID',
      'chdbExecutor needs a Python with chdb installed: pass { python } or set HT_CHDB_PYTHON ' +
        '(`ht-services up chdb` installs one; `ht-services env` prints the variable)',
    );
  }
  const temporary = options.path === undefined;
  const path = options.path ?? mkdtempSync(join(tmpdir(), 'ht-sinks-chdb-'));
  const child = spawn(python, ['-c', SESSION_SCRIPT, path], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: { resolve(out: string): void; reject(e: Error): void; sql: string }[] = [];
  let exited = false;
  createInterface({ input: child.stdout }).on('line', (line) => {
    const reply = JSON.parse(line) as { ok: boolean; out?: string; error?: string };
    const next = waiting.shift();
    if (!next) return;
    if (reply.ok) next.resolve(reply.out ?? '');
    else next.reject(chdbError(reply.error ?? 'unknown error', next.sql));
  });
  const failAll = (why: string): void => {
    exited = true;
    for (const w of waiting.splice(0)) w.reject(new HtError('DEPENDENCY_UNAVAILABLE', why));
  };
  child.on('error', (error) => failAll(`chDB: cannot start ${python}: ${error.message}`));
  child.on('exit', () => failAll('chDB session exited'));
  // A write to a process that is gone (EPIPE) fails its statement through 'exit'/'error' above.
  child.stdin.on('error', () => undefined);
  const run = (sql: string): Promise<string> =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new HtError('DEPENDENCY_UNAVAILABLE', 'chDB session exited'));
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
      if (!exited) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        child.stdin.end();
        await done;
      }
      if (temporary) rmSync(path, { recursive: true, force: true });
    },
  };
}
