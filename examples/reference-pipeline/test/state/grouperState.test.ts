import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@ht/services';
import { FilePartitionSnapshotStore, isHtError } from '@ht/stream-core';
import { KafkaPartitionSnapshotStore } from '@ht/stream-core/kafka';
import { Kafka } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { grouperStateOf } from '../../src/app/grouperState.js';
import { validateConfig } from '../../src/config/index.js';

const kafka = new Kafka({ brokers: ['127.0.0.1:9092'] });
const ctx = { kafka, groupPrefix: 'acme', partitions: 12 };
const stateOf = (state: unknown): ReturnType<typeof validateConfig>['grouper']['state'] =>
  validateConfig({ grouper: { state } }, { source: 'test' }).grouper.state;

describe('grouper.state → the grouper stage’s state option', () => {
  it('memory by default: open traces stay in the process', async () => {
    const { state } = await grouperStateOf(validateConfig({}, { source: 'test' }).grouper.state, ctx);
    expect(state).toEqual({ kind: 'memory' });
  });

  it('partitions with no store: the Kafka store on <groupPrefix>-grouper-state, with kafka.partitions', async () => {
    const { state } = await grouperStateOf(stateOf({ kind: 'partitions', intervalMs: '5s' }), ctx);
    if (state.kind !== 'partitions') throw new Error('expected state per partition');
    expect(state.store).toBeInstanceOf(KafkaPartitionSnapshotStore);
    expect(state.store.description).toContain('acme-grouper-state');
    expect(state).toMatchObject({ intervalMs: 5_000, restoreTimeoutMs: 30_000 });
  });

  it('a file store: its dir resolves against the config file’s folder', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'ht-grouper-state-'));
    const { state } = await grouperStateOf(stateOf({ kind: 'partitions', store: { type: 'file', dir: 'state' } }), {
      ...ctx,
      configDir,
    });
    if (state.kind !== 'partitions') throw new Error('expected state per partition');
    expect(state.store).toBeInstanceOf(FilePartitionSnapshotStore);
    expect(state.store.description).toContain(join(configDir, 'state'));
  });

  it('a Redis store that cannot be reached stops the stage at start, naming the key and the URL (password hidden)', async () => {
    const port = await freePort();
    const config = stateOf({ kind: 'partitions', store: { type: 'redis', url: `redis://:s3cret@127.0.0.1:${port}` } });
    const error: unknown = await grouperStateOf(config, ctx).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isHtError(error, 'DEPENDENCY_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain(`grouper.state.store: Redis at redis://:***@127.0.0.1:${port}`);
    expect((error as Error).message).not.toContain('s3cret');
  });
});
