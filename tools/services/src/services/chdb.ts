import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serviceEndpoints } from '../endpoints.js';
import { isInstalled, log, run } from '../install.js';
import type { ServiceDefinition } from '../Service.js';

/** chDB (the ClickHouse engine in-process, from PyPI) in a venv under the cache, for the modern SQL branch. */
export const chdb: ServiceDefinition = {
  name: 'chdb',
  description: 'chDB (ClickHouse engine in a Python venv)',
  kind: 'tool',
  startTimeoutMs: 0,
  ports: () => [],
  async install(ctx) {
    const python = serviceEndpoints(ctx.config).chdbPython;
    const root = dirname(dirname(dirname(python)));
    if (isInstalled(root) && existsSync(python)) return;
    log(`installing chdb ${ctx.config.chdb.version} into a venv under ${root}`);
    run('python3', ['-m', 'venv', '--clear', dirname(dirname(python))], { quiet: true });
    run(
      python,
      ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `chdb==${ctx.config.chdb.version}`],
      {
        quiet: true,
      },
    );
    writeFileSync(join(root, '.installed'), `${ctx.config.chdb.version}\n`);
  },
  async healthy(ctx) {
    return existsSync(serviceEndpoints(ctx.config).chdbPython);
  },
  async version(ctx) {
    const python = serviceEndpoints(ctx.config).chdbPython;
    if (!existsSync(python)) return 'not installed';
    const out = execFileSync(
      python,
      ['-c', 'import chdb; print(chdb.__version__, chdb.query("SELECT version()", "CSV"))'],
      {
        encoding: 'utf8',
      },
    );
    const [pkg, engine] = out.trim().split(/\s+/);
    return `chDB ${pkg ?? '?'} (ClickHouse engine ${(engine ?? '?').replace(/"/g, '')})`;
  },
};
