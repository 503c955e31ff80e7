import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './freePort.js';
import { stopChild } from './processes.js';

/**
 * A private clickhouse-server for one test: its own temporary folder and free loopback ports, so a test
 * can stop and restart it (to see a pipeline pause and resume) without touching the shared service.
 */
export interface ThrowawayClickHouse {
  /** HTTP endpoint, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly dir: string;
  /** Starts the server (again, on the same data and ports) and waits until it answers `/ping`. */
  start(): Promise<void>;
  /** Stops it (SIGTERM, SIGKILL after 10 s) and waits for the exit. */
  stop(): Promise<void>;
  /** Kills it and deletes its folder (in the background: `rm -rf`, not awaited). */
  destroy(): Promise<void>;
}

function config(dir: string, http: number, tcp: number, interserver: number): string {
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${join(dir, 'server.log')}</log><errorlog>${join(dir, 'server.err.log')}</errorlog></logger>
  <http_port>${http}</http_port><tcp_port>${tcp}</tcp_port><interserver_http_port>${interserver}</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host><listen_host>127.0.0.1</listen_host>
  <max_concurrent_queries>100</max_concurrent_queries><mark_cache_size>67108864</mark_cache_size>
  <path>${join(dir, 'data')}/</path><tmp_path>${join(dir, 'tmp')}/</tmp_path>
  <user_files_path>${join(dir, 'user_files')}/</user_files_path><format_schema_path>${join(dir, 'format_schemas')}/</format_schema_path>
  <users_config>${join(dir, 'users.xml')}</users_config><default_profile>default</default_profile>
  <default_database>default</default_database><timezone>UTC</timezone><mlock_executable>false</mlock_executable>
</yandex>
`;
}

const USERS = `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>2000000000</max_memory_usage></default></profiles>
  <users><default><password></password><networks><ip>::1</ip><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;

async function pings(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/ping`);
    return response.ok && (await response.text()).trim() === 'Ok.';
  } catch {
    return false;
  }
}

/**
 * Prepares (does not start) a private ClickHouse (Debian's clickhouse-server, installed by
 * `ht-services up clickhouse`) under a new temporary folder, on free ports.
 *
 * @example
 * ```ts
 * const ch = await throwawayClickHouse();
 * await ch.start();
 * await ch.stop();   // the pipeline pauses
 * await ch.start();  // and resumes
 * await ch.destroy();
 * ```
 */
export async function throwawayClickHouse(): Promise<ThrowawayClickHouse> {
  const dir = mkdtempSync(join(tmpdir(), 'ht-clickhouse-'));
  for (const sub of ['data', 'tmp', 'user_files', 'format_schemas']) mkdirSync(join(dir, sub), { recursive: true });
  const [http, tcp, interserver] = [await freePort(), await freePort(), await freePort()];
  writeFileSync(join(dir, 'config.xml'), config(dir, http, tcp, interserver));
  writeFileSync(join(dir, 'users.xml'), USERS);
  const url = `http://127.0.0.1:${http}`;
  let child: ChildProcess | undefined;

  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> => {
    const running = child;
    child = undefined;
    await stopChild(running, signal, 10_000);
  };

  return {
    url,
    dir,
    async start() {
      if (child !== undefined) return;
      const log = openSync(join(dir, 'stdout.log'), 'a');
      child = spawn('clickhouse-server', [`--config-file=${join(dir, 'config.xml')}`], {
        cwd: dir,
        stdio: ['ignore', log, log],
      });
      closeSync(log);
      const started = child;
      for (let waited = 0; waited < 60_000; waited += 100) {
        if (started.exitCode !== null)
          throw new Error(`private clickhouse-server exited (${started.exitCode}); see ${dir}`);
        if (await pings(url)) return;
        await sleep(100);
      }
      throw new Error(`private clickhouse-server did not answer within 60 s; see ${dir}`);
    },
    stop: () => stop(),
    async destroy() {
      await stop('SIGKILL'); // its data goes: no need to wait for a clean shutdown
      // A server that took many small inserts leaves a part folder per insert and column (tens of
      // thousands of files): remove them in the background rather than block the test's process.
      spawn('rm', ['-rf', dir], { detached: true, stdio: 'ignore' }).unref();
    },
  };
}
