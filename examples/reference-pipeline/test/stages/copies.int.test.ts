import { randomBytes } from 'node:crypto';
import { RedisEntityStore } from '@ht/enricher-sdk/redis';
import { Redis } from 'ioredis';
import { AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { shopServices } from '../e2e/shopClients.js';
import { everyService } from '../e2e/shopTraces.js';
import type { SentSpan } from '../e2e/tracedService.js';
import { groupPosition } from './faults/cuttableKafka.js';
import { brokers, StagePipeline } from './stagePipeline.js';
import { expectStoredOnceEnriched } from './storedOnce.js';
import type { StageProcess } from './stageProcess.js';
import { directClients, startSteadyTraffic } from './steadyTraffic.js';

// docs/reliability.md, "Two copies of the enricher and of the views stage, one of each killed": every
// stage an `ht stage` process on the shared Kafka, registry, ClickHouse and Redis (nothing is stopped but
// the test's own processes).

const redisUrl = process.env['HT_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
/** The enricher copies' shared entity registry: keys of this test only, deleted at the end. */
const keyPrefix = `s7-copies-${randomBytes(4).toString('hex')}:`;
const redis = new Redis(redisUrl, { lazyConnect: true });

const admin = new Kafka({ clientId: 'copies-test', brokers, logLevel: logLevel.NOTHING }).admin();

const pipelines: StagePipeline[] = [];
afterAll(async () => {
  await admin.disconnect();
  await Promise.all(pipelines.map((p) => p.close()));
  await redis.connect().catch(() => undefined);
  const keys = await redis.keys(`${keyPrefix}*`).catch((): string[] => []);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
}, 60_000);

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The sum of a counter over its series in a stage's `/metrics` (`ht_kafka_source_records_total`, …). */
async function counter(stage: StageProcess, name: string): Promise<number> {
  const text = await fetch(`${stage.opsUrl}/metrics`).then((r) => r.text());
  let sum = 0;
  for (const match of text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+)$`, 'gm'))) sum += Number(match[1]);
  return sum;
}

/** The partitions of `topic` each member of a consumer group is assigned, sorted (members of a stable group only). */
async function assignments(groupId: string, topic: string): Promise<number[][]> {
  const { groups } = await admin.describeGroups([groupId]);
  const group = groups[0];
  if (group?.state !== 'Stable') return [];
  return group.members
    .map((m) => [...(AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment[topic] ?? [])].sort())
    .sort((a, b) => a.length - b.length || (a[0] ?? 0) - (b[0] ?? 0));
}

/** Polls `check` every 250 ms until it holds; fails naming `what` after `timeoutMs`; the time it took. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const from = Date.now();
  for (;;) {
    if (await check()) return Date.now() - from;
    if (Date.now() - from > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await pause(250);
  }
}

describe('ht stage: two copies of the enricher and of the views stage, one of each killed mid-stream', () => {
  it('stores every span sent exactly once, enriched, the surviving copies taking the killed ones’ partitions', async () => {
    const testStart = Date.now();
    const pipeline = await StagePipeline.create('copies', {
      sections: { entities: { type: 'redis', url: redisUrl, keyPrefix } },
    });
    pipelines.push(pipeline);
    // The receiver and the grouper first (they create raw-spans and structured-traces), then both copies of
    // the enricher and of the views stage at once: each group rebalances once, one partition per copy.
    const [receiver, grouper] = await Promise.all([pipeline.start('receiver'), pipeline.start('grouper')]);
    const [enricherA, enricherB, viewsA, viewsB] = await Promise.all([
      pipeline.start('enricher'),
      pipeline.start('enricher'),
      pipeline.start('views'),
      pipeline.start('views'),
    ]);
    const started = Date.now();

    const sent: SentSpan[] = [];
    const services = shopServices(pipeline.shopEndpoints('http://127.0.0.1:1'), sent);
    const traffic = startSteadyTraffic(directClients(services));
    await admin.connect();
    const pairs = [
      {
        name: 'enricher',
        killed: enricherA,
        survivor: enricherB,
        group: `${pipeline.prefix}-enricher`,
        topic: pipeline.topics.structuredTraces,
      },
      {
        name: 'views',
        killed: viewsA,
        survivor: viewsB,
        group: `${pipeline.prefix}-views`,
        topic: pipeline.topics.enrichedTraces,
      },
    ];
    const takeoverMs: number[] = [];
    const uncommittedAtKill: number[] = [];
    try {
      // Both copies of each stage work: each has read records of its partition.
      const sharedMs = await until(
        'both copies of the enricher and of the views stage read records',
        async () => {
          const read = await Promise.all(
            [enricherA, enricherB, viewsA, viewsB].map((s) => counter(s, 'ht_kafka_source_records_total')),
          );
          return read.every((n) => n > 0);
        },
        60_000,
      );
      console.info(`copies: every copy reading ${sharedMs} ms after the traffic started`);
      // One partition each (kafka.partitions: 2).
      for (const p of pairs) {
        await until(
          `the two ${p.name} copies are assigned one partition each`,
          async () => JSON.stringify(await assignments(p.group, p.topic)) === '[[0],[1]]',
          30_000,
        );
      }
      // kill -9 of one copy of each, mid-stream (once the enricher group has records in flight, uncommitted,
      // if that shows within 10 s: at this rate it commits each trace within milliseconds); the clients go on sending.
      const inFlightBy = Date.now() + 10_000;
      while (Date.now() < inFlightBy && (await groupPosition(admin, pairs[0]!.group, pairs[0]!.topic)).lag === 0) {
        await pause(20);
      }
      const assigned = await Promise.all(pairs.map((p) => counter(p.survivor, 'ht_kafka_source_assignments_total')));
      await Promise.all(pairs.map((p) => p.killed.kill()));
      const killedAt = Date.now();
      // What the groups had not committed when the copies died: read again (or for the first time) by the survivors.
      for (const p of pairs) uncommittedAtKill.push((await groupPosition(admin, p.group, p.topic)).lag);
      // The broker ends the dead members after kafka.sessionTimeoutMs (6 s): the survivor holds both partitions.
      const tookOver = await Promise.all(
        pairs.map((p, i) =>
          until(
            `the surviving ${p.name} copy is assigned the killed copy's partition`,
            async () =>
              JSON.stringify(await assignments(p.group, p.topic)) === '[[0,1]]' &&
              (await counter(p.survivor, 'ht_kafka_source_assignments_total')) > assigned[i]!,
            60_000,
          ).then(() => Date.now() - killedAt),
        ),
      );
      takeoverMs.push(...tookOver);
      const readAtTakeover = await Promise.all(pairs.map((p) => counter(p.survivor, 'ht_kafka_source_records_total')));
      await pause(2_000);
      const readAfter = await Promise.all(pairs.map((p) => counter(p.survivor, 'ht_kafka_source_records_total')));
      expect(readAfter.every((n, i) => n > readAtTakeover[i]!)).toBe(true);
    } finally {
      await traffic.stop();
      await everyService(services)[4]?.shutdown();
    }
    const stoppedAt = Date.now();
    expect(sent.length).toBeGreaterThan(100);

    // Every span sent, nothing else, each once as queries read it (FINAL), with its enrichment.
    const { stored, drainMs } = await expectStoredOnceEnriched(pipeline, sent);
    const db = pipeline.database;
    expect(Number(await pipeline.clickhouse(`SELECT count() FROM ${db}.span_event_view FINAL`))).toBe(sent.length);

    // The enricher copies registered the services in the one Redis registry of their config: the service
    // ids of the stored spans are those of its entities, one per service sent.
    await redis.connect();
    const tenant = stored[0]!.tenant_id;
    const registered = (await new RedisEntityStore(redis, { keyPrefix }).list(tenant, 'SERVICE')).map((e) => e.id);
    const storedIds = await pipeline.clickhouse(
      `SELECT DISTINCT service_id FROM ${db}.span_event_view FINAL ORDER BY service_id FORMAT TSV`,
    );
    expect(storedIds.trim().split('\n')).toEqual([...registered].sort());
    expect(registered).toHaveLength(new Set(sent.map((s) => s.service)).size);

    const rowsWritten = Number(await pipeline.clickhouse(`SELECT count() FROM ${db}.span_event_view`));
    console.info(
      `copies: ${sent.length} spans sent in ${Math.round((stoppedAt - started) / 1000)} s; enricher and views copy killed, ` +
        `${uncommittedAtKill.join(' and ')} records uncommitted at the kill, the survivors holding both partitions ${takeoverMs.join(' and ')} ms after it; every span stored ${drainMs} ms after the ` +
        `clients stopped, once with FINAL (${rowsWritten - sent.length} more rows without FINAL: replays not merged yet); test ${Math.round((Date.now() - testStart) / 1000)} s`,
    );

    const codes = await Promise.all([receiver, grouper, enricherB, viewsB].map((s) => s.stop()));
    expect(codes).toEqual([0, 0, 0, 0]);
  }, 180_000);
});
