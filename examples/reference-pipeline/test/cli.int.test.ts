import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const ht = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('ht CLI (built)', () => {
  it('prints help for the CLI and for demo', () => {
    expect(ht('--help')).toMatchObject({ status: 0, stdout: expect.stringContaining('demo') as unknown });
    expect(ht('demo', '--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('--port-offset N') as unknown,
    });
  });

  it('shows the shifted ports for demo --port-offset', () => {
    const run = ht('demo', '--port-offset', '1000', '--no-traffic', '--data-dir', '/tmp/x');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/otlpHttp +OTLP HTTP +127\.0\.0\.1:5318/);
    expect(run.stdout).toMatch(/jaegerAgentCompact +Jaeger agent UDP \(compact\) +127\.0\.0\.1:7831/);
    expect(run.stdout).toMatch(/ui +UI \+ GraphQL +127\.0\.0\.1:3020/);
    expect(run.stdout).toContain('/tmp/x');
  });

  it('refuses a bad offset and an unknown command with a clear error', () => {
    const far = ht('demo', '--port-offset', '20000');
    expect(far.status).toBe(1);
    expect(far.stderr).toContain('ht: port offset 20000 moves the openCensus port (OpenCensus) 55678 to 75678');
    expect(ht('demo', '--port-offset', 'ten')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('must be an integer') as unknown,
    });
    expect(ht('dmeo')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('unknown command "dmeo"') as unknown,
    });
  });
});
