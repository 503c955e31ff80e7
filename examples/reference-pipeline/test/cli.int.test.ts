import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@ht/services';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const ht = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30_000 });
const dir = mkdtempSync(join(tmpdir(), 'ht-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ht CLI (built): help, usage and config errors with meaningful exit codes', { timeout: 60_000 }, () => {
  it('prints help for the CLI and for each command', () => {
    expect(ht('--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('run the pipeline a config file describes') as unknown,
    });
    expect(ht('demo', '--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('--port-offset N') as unknown,
    });
    expect(ht('run', '--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('--config FILE') as unknown,
    });
    expect(ht()).toMatchObject({ status: 2, stdout: expect.stringContaining('Commands:') as unknown });
  });

  it('refuses bad options with exit status 2 and a message naming the option', () => {
    const far = ht('demo', '--port-offset', '20000', '--data-dir', join(dir, 'far'));
    expect(far.status).toBe(2);
    expect(far.stderr).toContain('portOffset: port offset 20000 moves the openCensus port (OpenCensus)');
    expect(ht('demo', '--port-offset', 'ten')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--port-offset must be a whole number, got "ten"') as unknown,
    });
    expect(ht('demo', '--rate', '0')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--rate') as unknown,
    });
    expect(ht('demo', '--colour')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("'--colour'") as unknown,
    });
    expect(ht('dmeo')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('unknown command "dmeo"') as unknown,
    });
    expect(ht('run')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--config FILE is required') as unknown,
    });
  });

  it('refuses a bad config with exit status 2, naming the file and the key', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'store:\n  type: mysql\n');
    const run = ht('run', '--config', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}: store.type`);
    expect(ht('run', '--config', join(dir, 'missing.yaml'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('missing.yaml') as unknown,
    });
  });

  it('ht stage: help, a missing or unknown stage, a bad kafka section, and exit 3 when Kafka cannot be reached', async () => {
    expect(ht('stage', '--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining(
        'receiver|normalizer|grouper|enricher|views --config FILE [--ops-port N]',
      ) as unknown,
    });
    expect(ht('stage')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('name one stage of receiver, normalizer, grouper, enricher, views') as unknown,
    });
    expect(ht('stage', 'joiner', '--config', 'x.yaml')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('(got "joiner")') as unknown,
    });
    expect(ht('stage', 'grouper')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--config FILE is required') as unknown,
    });
    expect(ht('stage', 'views', '--help').stdout).toContain('--query-port N');
    expect(ht('stage', 'grouper', '--config', 'x.yaml', '--query-port', '2021')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("--query-port is for 'ht stage views' only") as unknown,
    });
    const bad = join(dir, 'bad-kafka.yaml');
    writeFileSync(bad, 'kafka:\n  partitions: 0\nnormalizer:\n  inputs: [{ topic: spans, encoding: otlp_xml }]\n');
    const refused = ht('stage', 'grouper', '--config', bad);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`${bad}: kafka.partitions`);
    expect(refused.stderr).toContain(`${bad}: normalizer.inputs[0].encoding`);
    const nowhere = join(dir, 'no-kafka.yaml');
    const port = await freePort();
    writeFileSync(
      nowhere,
      `kafka:\n  brokers: ['127.0.0.1:${port}']\nops:\n  enabled: false\nlogging:\n  format: json\n`,
    );
    const run = ht('stage', 'grouper', '--config', nowhere);
    expect(run.status).toBe(3);
    expect(run.stdout + run.stderr).toContain('Kafka: cannot connect the admin client');
  });

  it('ht stage enricher: a bad entities section exits 2, a Redis entity store that does not answer exits 3 (password hidden)', async () => {
    const bad = join(dir, 'bad-entities.yaml');
    writeFileSync(bad, 'entities: { type: redis, url: http://cache:6379 }\n');
    const refused = ht('stage', 'enricher', '--config', bad);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`${bad}: entities.url: must be a redis:// or rediss:// URL`);
    const port = await freePort();
    const nowhere = join(dir, 'no-redis.yaml');
    writeFileSync(
      nowhere,
      `entities:\n  type: redis\n  url: redis://:s3cret@127.0.0.1:${port}\nops:\n  enabled: false\nlogging:\n  format: json\n`,
    );
    const run = ht('stage', 'enricher', '--config', nowhere);
    expect(run.status).toBe(3);
    expect(run.stdout + run.stderr).toContain(`entities: Redis at redis://:***@127.0.0.1:${port} cannot be reached`);
    expect(run.stdout + run.stderr).not.toContain('s3cret');
  });

  it('exits 3 when the store cannot be opened, saying which and where', () => {
    const blocker = join(dir, 'not-a-dir');
    writeFileSync(blocker, 'a file where the data folder should be');
    const file = join(dir, 'unwritable.yaml');
    writeFileSync(
      file,
      `store:\n  type: duckdb\n  path: ${join(blocker, 'ht.duckdb')}\nops:\n  enabled: false\nreceivers:\n  endpoints: [otlpHttp]\n  ports:\n    otlpHttp: 0\n`,
    );
    const run = ht('run', '--config', file);
    expect(run.status).toBe(3);
    expect(run.stdout + run.stderr).toContain(`cannot open the DuckDB file ${join(blocker, 'ht.duckdb')}`);
  });

  it('exits 2 naming the port when a receiver port is taken, and does not hang with the store open', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as AddressInfo).port;
      const file = join(dir, 'taken.yaml');
      writeFileSync(
        file,
        `store:\n  type: duckdb\n  path: ${join(dir, 'taken', 'ht.duckdb')}\nops:\n  enabled: false\nreceivers:\n  endpoints: [otlpHttp]\n  ports:\n    otlpHttp: ${port}\n`,
      );
      const run = await new Promise<{ status: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, [cli, 'run', '--config', file], { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (d: Buffer) => (output += d.toString()));
        child.stderr.on('data', (d: Buffer) => (output += d.toString()));
        child.on('exit', (status) => resolve({ status, output }));
      });
      expect(run.status).toBe(2);
      expect(run.output).toContain(`cannot listen on 127.0.0.1:${port}: the port is taken`);
    } finally {
      taken.close();
    }
  });
});
