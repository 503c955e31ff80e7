import type { HtError } from '@ht/stream-core';
import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { ConfigProblem } from '../../src/config/index.js';
import { writeConfig } from './writeConfig.js';

/** Loads `text` as a config file and returns the CONFIG_INVALID error it must fail with. */
async function failure(text: string, env: Record<string, string> = {}): Promise<{ file: string; error: HtError }> {
  const file = writeConfig(text);
  const error: unknown = await loadConfig(file, { env }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isHtError(error, 'CONFIG_INVALID')) throw new Error(`expected CONFIG_INVALID, got ${String(error)}`);
  return { file, error };
}

/** The one line of a config error with one problem, with the file name replaced by `ht.yaml`. */
async function problem(text: string, env: Record<string, string> = {}): Promise<string> {
  const { file, error } = await failure(text, env);
  return error.message.replaceAll(file, 'ht.yaml');
}

describe('a bad config is refused with CONFIG_INVALID, naming the key, the bad value and the fix', () => {
  it('1. a value of the wrong type', async () => {
    expect(await problem('grouper:\n  maxSpansPerTrace: many\n')).toBe(
      'ht.yaml: grouper.maxSpansPerTrace: must be a whole number of at least 1 (got "many"); write it without quotes or units, e.g. 1000',
    );
  });

  it('2. a mistyped key, with the nearest known key', async () => {
    expect(await problem('grouper:\n  gapMS: 3s\n')).toBe(
      'ht.yaml: grouper.gapMS: is not a known key; did you mean gapMs?',
    );
    expect(await problem('stroe: { type: duckdb }\n')).toBe('ht.yaml: stroe: is not a known key; did you mean store?');
  });

  it('3. an unknown section with nothing close: the known ones listed', async () => {
    expect(await problem('zookeeper: { hosts: [a] }\n')).toBe(
      'ht.yaml: zookeeper: is not a known key; use one of portOffset, receivers, tenancy, channel, grouper, plugins, entities, store, sink, retention, ops, ui, logging, kafka, normalizer',
    );
  });

  it('4. a bad duration', async () => {
    expect(await problem('retention: 2 weeks\n')).toBe(
      'ht.yaml: retention: must be a duration or off (got "2 weeks"); write a duration like 500ms, 3s, 5m, 24h, 7d or a number of milliseconds, or off',
    );
    expect(await problem('grouper: { gapMs: 0 }\n')).toBe(
      'ht.yaml: grouper.gapMs: must be at least 1 ms (got 0); write a duration like 500ms, 3s, 5m, 24h, 7d or a number of milliseconds',
    );
  });

  it('5. a bad port', async () => {
    expect(await problem('ops:\n  port: 70000\n')).toBe(
      'ht.yaml: ops.port: must be a port from 0 to 65535 (got 70000); write a whole number (0 picks a free port)',
    );
    expect(await problem('receivers:\n  ports: { otlpHttp: "4318a" }\n')).toBe(
      'ht.yaml: receivers.ports.otlpHttp: must be a port from 0 to 65535 (got "4318a"); write a whole number (0 picks a free port)',
    );
  });

  it('6. a port offset that pushes a port past 65535, naming the port', async () => {
    expect(await problem('portOffset: 10000\n')).toBe(
      'ht.yaml: portOffset: port offset 10000 moves the openCensus port (OpenCensus) 55678 to 65678, outside 1-65535: use a smaller offset (got 10000)',
    );
  });

  it('7. a store type that is not one of the union', async () => {
    expect(await problem('store:\n  type: mysql\n')).toBe(
      'ht.yaml: store.type: must be one of duckdb, clickhouse (got "mysql"); pick the store to write views to',
    );
  });

  it("8. a key of the other store: the chosen store's keys listed", async () => {
    expect(await problem('store: { type: duckdb, url: "http://127.0.0.1:8123" }\n')).toBe(
      'ht.yaml: store.url: is not a known key; use one of type, path, schema, threads, writers, memoryLimit, checkpointThreshold',
    );
  });

  it('9. an API key mapping to an invalid tenant id: the key itself is never shown', async () => {
    const message = await problem('tenancy:\n  apiKeys:\n    sekret-1: acme\n    sekret-2: "-acme"\n');
    expect(message).toBe(
      "ht.yaml: tenancy.apiKeys[key 2]: must be a tenant id (got \"-acme\"); use 1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
    );
    expect(message).not.toContain('sekret');
  });

  it('10. plugin entry errors from the SDK schema keep their path under plugins.', async () => {
    const { file, error } = await failure(
      'plugins:\n  builtins: some\n  enrichers:\n    - name: http\n    - modul: ./tier.js\n',
    );
    expect((error.context['problems'] as ConfigProblem[]).map((p) => p.message.replaceAll(file, 'ht.yaml'))).toEqual([
      'ht.yaml: plugins.builtins: must be one of all, none (got "some")',
      'ht.yaml: plugins.enrichers[1].modul: is not a known key; did you mean module?',
      'ht.yaml: plugins.enrichers[1]: an entry needs a name (built-in) or a module (plugin) (got a mapping)',
    ]);
    expect(error.message.replaceAll(file, 'ht.yaml').split('\n')[0]).toBe('3 problems in the config:');
  });

  it('11. a YAML syntax error, with its line and column', async () => {
    expect(await problem('store:\n  type: duckdb\n path: ./x.duckdb\n')).toBe(
      'ht.yaml:3:1: All mapping items must start at the same column; fix the YAML syntax there',
    );
    expect(await problem('grouper:\n  gapMs: 3s\n  gapMs: 4s\n')).toBe(
      'ht.yaml:3:3: Map keys must be unique; fix the YAML syntax there',
    );
  });

  it('12. a password of the wrong type: its value is never shown', async () => {
    const message = await problem('store: { type: clickhouse, password: 912345 }\n');
    expect(message).toBe(
      'ht.yaml: store.password: must be text (value hidden); quote it if YAML reads it as a number or true/false',
    );
    expect(message).not.toContain('912345');
  });

  it('13. grouper options that contradict each other', async () => {
    expect(await problem('grouper: { maxSpansPerTrace: 1000, maxOpenSpans: 10 }\n')).toBe(
      'ht.yaml: grouper.maxOpenSpans: must be at least maxSpansPerTrace (1000) (got 10); raise it or lower maxSpansPerTrace',
    );
  });

  it('13b. grouper.state: a kind, a store type and a store key, each named by its path', async () => {
    expect(await problem('grouper: { state: { kind: disk } }\n')).toBe(
      'ht.yaml: grouper.state.kind: must be one of memory, partitions (got "disk"); memory for one copy, partitions for copies that share the work',
    );
    expect(await problem('grouper: { state: { kind: partitions, store: { type: s3 } } }\n')).toBe(
      `ht.yaml: grouper.state.store.type: must be one of kafka, redis, file (got "s3"); pick where the copies keep each partition's snapshots`,
    );
    expect(
      await problem("grouper: { state: { kind: partitions, store: { type: redis, url: 'http://cache:6379' } } }\n"),
    ).toBe(
      'ht.yaml: grouper.state.store.url: must be a redis:// or rediss:// URL (got "http://cache:6379"); write it like redis://127.0.0.1:6379',
    );
    expect(await problem('grouper: { state: { kind: partitions, store: { type: file } } }\n')).toBe(
      'ht.yaml: grouper.state.store.dir: is required; add it',
    );
    expect(await problem('grouper: { state: { kind: memory, intervalMs: 5s } }\n')).toBe(
      'ht.yaml: grouper.state.intervalMs: is not a known key; use one of kind',
    );
  });

  it('13d. entities: a store type, a Redis URL and a key, each named by its path', async () => {
    expect(await problem('entities: { type: postgres }\n')).toBe(
      'ht.yaml: entities.type: must be one of memory, redis (got "postgres"); memory for each process its own, redis for one registry every enricher copy shares',
    );
    expect(await problem("entities: { type: redis, url: 'http://cache:6379' }\n")).toBe(
      'ht.yaml: entities.url: must be a redis:// or rediss:// URL (got "http://cache:6379"); write it like redis://127.0.0.1:6379',
    );
    expect(await problem('entities: { type: redis, writeTimeoutMs: soon }\n')).toBe(
      'ht.yaml: entities.writeTimeoutMs: must be a duration (got "soon"); write a duration like 500ms, 3s, 5m, 24h, 7d or a number of milliseconds',
    );
    expect(await problem('entities: { type: memory, url: redis://cache:6379 }\n')).toBe(
      'ht.yaml: entities.url: is not a known key; use one of type',
    );
    expect(await problem('entities: { type: redis, keyprefix: "ht:" }\n')).toBe(
      'ht.yaml: entities.keyprefix: is not a known key; did you mean keyPrefix?',
    );
  });

  it('13c. grouper.watermarks: a choice, a duration and a key, each named by its path', async () => {
    expect(await problem('grouper: { watermarks: { whenAllIdle: wait } }\n')).toBe(
      'ht.yaml: grouper.watermarks.whenAllIdle: must be one of hold, follow-clock (got "wait"); hold while a backlog is read (catching up), follow-clock so traces close when traffic stops',
    );
    expect(await problem('grouper: { watermarks: { idleTimeoutMs: soon } }\n')).toBe(
      'ht.yaml: grouper.watermarks.idleTimeoutMs: must be a duration or off (got "soon"); write a duration like 500ms, 3s, 5m, 24h, 7d or a number of milliseconds, or off',
    );
    expect(await problem('grouper: { watermarks: { outOfOrdernessMs: -1s } }\n')).toBe(
      'ht.yaml: grouper.watermarks.outOfOrdernessMs: must be a duration (got "-1s"); write a duration like 500ms, 3s, 5m, 24h, 7d or a number of milliseconds',
    );
    expect(await problem('grouper: { watermarks: { whenAlIdle: hold } }\n')).toBe(
      'ht.yaml: grouper.watermarks.whenAlIdle: is not a known key; did you mean whenAllIdle?',
    );
    expect(await problem('grouper: { watermarks: hold }\n')).toBe(
      'ht.yaml: grouper.watermarks: must be a mapping (key: value) (got "hold"); write its keys indented under it',
    );
  });

  it('14. an unknown receiver endpoint in the list form', async () => {
    expect(await problem('receivers:\n  endpoints: [otlpHttp, zipkn]\n')).toBe(
      'ht.yaml: receivers.endpoints.zipkn: is not a known key; did you mean zipkin?',
    );
  });

  it('15. a log level, an enum, that is not one of its values', async () => {
    expect(await problem('logging: { level: verbose }\n')).toBe(
      'ht.yaml: logging.level: must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")',
    );
  });

  it('16. a section that is not a mapping', async () => {
    expect(await problem('receivers: yes\n')).toBe(
      'ht.yaml: receivers: must be a mapping (key: value) (got "yes"); write its keys indented under it',
    );
  });

  it('17. a config that is a list, not a mapping of sections', async () => {
    expect(await problem('- store\n- grouper\n')).toBe(
      'ht.yaml: the config must be a mapping of sections (receivers:, store:, plugins:, …), not a list; see docs/configuration.md',
    );
  });

  it('18. a bad environment override: the problem names the variable', async () => {
    expect(await problem('store: { type: duckdb }\n', { HT_STORE__THREADS: 'two' })).toBe(
      'env HT_STORE__THREADS: store.threads: must be a whole number of at least 1 (got "two"); write it without quotes or units, e.g. 1000',
    );
  });

  it("19. a consuming stage's in-flight bound with a unit, or too small", async () => {
    expect(await problem('kafka:\n  maxInFlightBytes: 8MiB\n')).toBe(
      'ht.yaml: kafka.maxInFlightBytes: must be a whole number of at least 1024 (got "8MiB"); write it without quotes or units, e.g. 1024000',
    );
    expect(await problem('kafka:\n  maxInFlightRecords: 0\n')).toBe(
      'ht.yaml: kafka.maxInFlightRecords: must be a whole number of at least 1 (got 0); write it without quotes or units, e.g. 1000',
    );
  });
});
