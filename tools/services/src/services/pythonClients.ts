import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serviceEndpoints } from '../endpoints.js';
import { log, run } from '../install.js';
import type { ServiceDefinition } from '../Service.js';

/** The pinned requirements and their hash: a changed file reinstalls the venv. */
function requirements(repoRoot: string): { file: string; hash: string } {
  const file = join(repoRoot, 'infra', 'trace-clients', 'requirements.txt');
  return { file, hash: createHash('sha256').update(readFileSync(file)).digest('hex') };
}

/**
 * Real trace clients from PyPI (Jaeger Thrift and gRPC exporters, Zipkin proto3, py-zipkin v1, OpenCensus
 * agent) in a venv under the cache, for the receivers' tests in @ht/sources.
 */
export const pythonClients: ServiceDefinition = {
  name: 'trace-clients',
  description: 'trace clients from PyPI (Jaeger, Zipkin, OpenCensus) in a Python venv',
  kind: 'tool',
  startTimeoutMs: 0,
  ports: () => [],
  async install(ctx) {
    const python = serviceEndpoints(ctx.config).traceClientsPython;
    const root = dirname(dirname(dirname(python)));
    const { file, hash } = requirements(ctx.config.repoRoot);
    const marker = join(root, '.installed');
    if (existsSync(python) && existsSync(marker) && readFileSync(marker, 'utf8').trim() === hash) return;
    log(`installing the trace clients of ${file} into a venv under ${root}`);
    run('python3', ['-m', 'venv', '--clear', dirname(dirname(python))], { quiet: true });
    run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', file], { quiet: true });
    writeFileSync(marker, `${hash}\n`);
  },
  async healthy(ctx) {
    return existsSync(serviceEndpoints(ctx.config).traceClientsPython);
  },
  async version(ctx) {
    const python = serviceEndpoints(ctx.config).traceClientsPython;
    if (!existsSync(python)) return 'not installed';
    const out = execFileSync(
      python,
      ['-c', 'import importlib.metadata as m; print(m.version("opentelemetry-sdk"), m.version("py-zipkin"))'],
      { encoding: 'utf8' },
    );
    const [sdk, pyZipkin] = out.trim().split(/\s+/);
    return `opentelemetry-sdk ${sdk ?? '?'}, py-zipkin ${pyZipkin ?? '?'}`;
  },
};
