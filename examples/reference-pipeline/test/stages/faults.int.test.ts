import { entityId } from '@ht/enricher-sdk';
import { RedisEntityStore } from '@ht/enricher-sdk/redis';
import { freePort, throwawayClickHouse, throwawayRedis } from '@ht/services';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { createReceiverStage } from '../../src/index.js';
import { cuttableSockets, groupPosition } from './faults/cuttableKafka.js';
import type { GroupPosition } from './faults/cuttableKafka.js';
import { FaultClients } from './faults/faultClients.js';
import type { FaultOutcome, FaultTarget } from './faults/faultClients.js';
import type { FaultSpan } from './faults/otlpTrace.js';
import { tcpGate } from './faults/tcpGate.js';
import { brokers, schemaRegistryUrl, StagePipeline } from './stagePipeline.js';
import type { StageProcess } from './stageProcess.js';

// docs/reliability.md, "Faults of the distributed pipeline's services and stages": one pipeline, every
// fault in turn, every accepted span queryable exactly once at the end. Only private services are stopped.

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  // Each at most 30 s (a stage that does not stop is killed by the pipeline's close).
  for (const cleanup of cleanups.reverse()) {
    let timer: NodeJS.Timeout | undefined;
    const started = Date.now();
    await Promise.race([
      cleanup().catch(() => undefined),
      new Promise((resolve) => (timer = setTimeout(resolve, 30_000))),
    ]);
    clearTimeout(timer);
    const ms = Date.now() - started;
    if (ms > 2_000) console.info(`faults: cleanup took ${ms} ms: ${cleanup.toString()}`);
  }
}, 240_000);

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every `intervalMs` until it holds; fails naming `what` after `timeoutMs`. */
async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 500) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await pause(intervalMs);
  }
}

const key = (s: { traceId: string; spanId: string }): string => `${s.traceId}:${s.spanId}`;
const okSpans = (outcomes: readonly FaultOutcome[]): FaultSpan[] =>
  outcomes.filter((o) => o.ok).flatMap((o) => o.spans);
const answers = (outcomes: readonly FaultOutcome[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o.answer] = (counts[o.answer] ?? 0) + 1;
  return counts;
};

/** ClickHouse stopped this long (docs/reliability.md). */
const CLICKHOUSE_DOWN_MS = 30_000;
/** The in-process receiver's send deadline (`kafka.sendTimeoutMs`). */
const SEND_TIMEOUT_MS = 2_000;

describe('the distributed pipeline under faults (docs/reliability.md)', () => {
  it('keeps every accepted span, queryable exactly once, through outages of ClickHouse, Kafka, Redis and the registry and kill -9 of the receiver and normalizer', async () => {
    const figures: string[] = [];
    const note = (line: string): void => {
      figures.push(line);
      console.info(`faults: ${line}`);
    };
    const testStart = Date.now();

    // Private services: a ClickHouse and a Redis of the test's own; the shared registry behind a gate.
    const clickhouse = await throwawayClickHouse();
    cleanups.push(() => clickhouse.destroy());
    const redis = await throwawayRedis();
    cleanups.push(() => redis.destroy());
    await Promise.all([clickhouse.start(), redis.start()]);
    const registry = new URL(schemaRegistryUrl);
    const gate = tcpGate(await freePort(), { host: registry.hostname, port: Number(registry.port) });
    cleanups.push(() => gate.close());
    const gatedRegistryUrl = `http://127.0.0.1:${gate.port}${registry.pathname}`;
    // The enricher stage's entity store, from its config (docs/configuration.md): the private Redis.
    const entityPrefix = 'faults:';

    const pipeline = await StagePipeline.create('faults', {
      clickhouseUrl: clickhouse.url,
      schemaRegistryUrl: gatedRegistryUrl,
      normalizerInputs: [{ name: 'otlp-in', encoding: 'otlp_json' }],
      sections: { entities: { type: 'redis', url: redis.url, keyPrefix: entityPrefix } },
    });
    cleanups.push(() => pipeline.close());
    // Again, before the pipeline's close: its database goes with the server, no DROP to wait for.
    cleanups.push(() => clickhouse.destroy());
    const inputTopic = await pipeline.createTopic('otlp-in');
    const kafka = new Kafka({ clientId: 'faults-test', brokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    cleanups.push(() => admin.disconnect());
    const producer = kafka.producer();
    await producer.connect();
    cleanups.push(() => producer.disconnect());

    // 1. The schema registry down at start: the receiver retries, saying so, and starts once it answers.
    let receiverLog = '';
    let receiverReady = false;
    const receiverStarting = pipeline
      .start('receiver', [], (text) => (receiverLog += text), 120_000)
      .then((stage) => {
        receiverReady = true;
        return stage;
      });
    const retries = (): string[] => receiverLog.split('\n').filter((l) => l.includes('schema registry not answering'));
    await until('the receiver logs that the registry does not answer, twice', () => retries().length >= 2, 60_000, 200);
    expect(retries()[0]).toContain(`127.0.0.1:${gate.port}`);
    expect(retries()[0]).toContain(`${pipeline.topics.rawSpans}-value`);
    expect(retries()[0]).toMatch(/"level":"?(warn|40)"?/);
    expect(receiverReady).toBe(false);
    const registryOpenedAt = Date.now();
    await gate.open();
    let receiver = await receiverStarting;
    note(
      `registry down at start: ${retries().length} retries logged; receiver ready ${Date.now() - registryOpenedAt} ms after the registry answered`,
    );

    // The other stages as processes: grouper, enricher (its Redis entity store from the config), views,
    // normalizer; and a second receiver (Kafka connections the test can cut) in this process.
    const stages = new Map<string, StageProcess>();
    for (const name of ['grouper', 'enricher', 'views', 'normalizer']) stages.set(name, await pipeline.start(name));
    const network = cuttableSockets();
    const portsB = { http: await freePort(), grpc: await freePort() };
    const receiverB = createReceiverStage({
      kafka: new Kafka({
        clientId: 'faults-receiver-b',
        brokers,
        logLevel: logLevel.NOTHING,
        socketFactory: network.socketFactory,
      }),
      schemaRegistryUrl: gatedRegistryUrl,
      topics: pipeline.topics,
      topicOptions: { partitions: 2 },
      receivers: {
        ports: {
          otlpHttp: portsB.http,
          otlpGrpc: portsB.grpc,
          zipkin: false,
          jaegerThriftHttp: false,
          jaegerAgentCompact: false,
          jaegerAgentBinary: false,
          jaegerGrpc: false,
          openCensus: false,
        },
      },
      sendTimeoutMs: SEND_TIMEOUT_MS,
    });
    await receiverB.start();
    cleanups.push(() => receiverB.stop());

    // Clients: OTLP/HTTP and gRPC to the receiver process, OTLP/JSON records to the normalizer's input.
    const clients = new FaultClients();
    cleanups.push(() => clients.stop());
    const http: FaultTarget = { kind: 'http', url: `http://127.0.0.1:${pipeline.ports.otlpHttp}/v1/traces` };
    const grpc: FaultTarget = { kind: 'grpc', origin: `http://127.0.0.1:${pipeline.ports.otlpGrpc}` };
    clients.start('http', http, 200);
    clients.start('grpc', grpc, 200);
    clients.start('kafka', { kind: 'kafka', producer, topic: inputTopic }, 300);

    const storedKeys = async (): Promise<Set<string>> =>
      new Set((await pipeline.storedSpans()).map((r) => `${r.trace_id}:${r.span_id}`));
    /** Waits until every span of `spans` is stored. */
    const allStored = async (what: string, spans: readonly FaultSpan[], timeoutMs: number): Promise<number> => {
      const from = Date.now();
      await until(
        what,
        async () => {
          const stored = await storedKeys();
          return spans.every((s) => stored.has(key(s)));
        },
        timeoutMs,
        1_000,
      );
      return Date.now() - from;
    };

    // The pipeline flows: what was accepted in the first seconds is stored (and every reader has looked
    // up the writers' schemas by now).
    await pause(3_000);
    const warmSpans = clients.accepted();
    expect(warmSpans.length).toBeGreaterThan(0);
    const warmMs = await allStored('the first spans stored', warmSpans, 120_000);
    note(`pipeline flowing: ${warmSpans.length} spans stored ${warmMs} ms after the first 3 s of traffic`);
    const tenant = (await pipeline.storedSpans())[0]!.tenant_id;

    // 2. ClickHouse stopped for 30 s: the receivers keep accepting, the views stage's lag grows, then drains.
    const viewsGroup = `${pipeline.prefix}-views`;
    const enriched = pipeline.topics.enrichedTraces;
    const before = await groupPosition(admin, viewsGroup, enriched);
    const chStoppingAt = Date.now();
    await clickhouse.stop();
    const chStoppedAt = Date.now();
    const lags: GroupPosition[] = [];
    while (Date.now() - chStoppedAt < CLICKHOUSE_DOWN_MS) {
      await pause(Math.min(5_000, CLICKHOUSE_DOWN_MS - (Date.now() - chStoppedAt)));
      lags.push(await groupPosition(admin, viewsGroup, enriched));
    }
    const duringCh = clients.since(chStoppingAt).filter((o) => o.client !== 'kafka');
    await clickhouse.start();
    const chStartedAt = Date.now();
    expect(duringCh.length).toBeGreaterThan(10);
    expect(duringCh.filter((o) => !o.ok).map((o) => `${o.client} ${o.answer}`)).toEqual([]);
    expect(lags.at(-1)!.lag).toBeGreaterThan(lags[0]!.lag);
    expect(lags.at(-1)!.lag).toBeGreaterThan(before.lag);
    // Paused: nothing committed on enriched-traces in the outage's last 20 s (a write in flight at the stop may end in its first seconds).
    expect(lags.at(-1)!.committed).toBe(lags.at(1)!.committed);
    const backlogEnd = lags.at(-1)!.end;
    await until(
      'the views stage drains its backlog after ClickHouse is back',
      async () => (await groupPosition(admin, viewsGroup, enriched)).committed >= backlogEnd,
      120_000,
      500,
    );
    note(
      `ClickHouse down ${chStartedAt - chStoppedAt} ms (its stop took ${chStoppedAt - chStoppingAt} ms): ${duringCh.length} requests meanwhile, all accepted (${JSON.stringify(answers(duringCh))}); ` +
        `views lag ${before.lag} before, ${lags.map((l) => l.lag).join(' → ')} every 5 s; ` +
        `backlog committed ${Date.now() - chStartedAt} ms after the restart`,
    );

    // 3. Kafka unreachable from the second receiver: 503 / UNAVAILABLE, never 2xx; accepting again when it returns.
    const bHttp: FaultTarget = { kind: 'http', url: `http://127.0.0.1:${portsB.http}/v1/traces` };
    const bGrpc: FaultTarget = { kind: 'grpc', origin: `http://127.0.0.1:${portsB.grpc}` };
    expect((await clients.send('b-http', bHttp)).answer).toBe('200');
    expect((await clients.send('b-grpc', bGrpc)).answer).toBe('grpc 0');
    network.cut();
    const cut: FaultOutcome[] = [];
    for (let i = 0; i < 3; i++) cut.push(await clients.send('b-http', bHttp), await clients.send('b-grpc', bGrpc));
    expect(cut.map((o) => o.answer)).toEqual(['503', 'grpc 14', '503', 'grpc 14', '503', 'grpc 14']);
    expect(Math.max(...cut.map((o) => o.ms))).toBeLessThan(SEND_TIMEOUT_MS + 10_000);
    expect(receiverB.metrics()).toMatch(/ht_kafka_span_sink_requests_failed_total\{[^}]*\} ([6-9]|\d\d+)\n/);
    network.restore();
    const restoredAt = Date.now();
    await until(
      'the second receiver accepts again once Kafka is reachable',
      async () => (await clients.send('b-http', bHttp)).ok,
      60_000,
      250,
    );
    const recoveredMs = Date.now() - restoredAt;
    const after = [await clients.send('b-http', bHttp), await clients.send('b-grpc', bGrpc)];
    expect(after.map((o) => o.answer)).toEqual(['200', 'grpc 0']);
    note(
      `Kafka cut from the second receiver: ${cut.map((o) => `${o.answer} in ${o.ms} ms`).join(', ')}; ` +
        `accepting again ${recoveredMs} ms after it was reachable`,
    );

    // 4. Redis stopped: entities seen meanwhile get their computed ids, their spans are stored enriched
    // while Redis is down, and they are registered on a later sighting once it is back.
    const entityStore = (client: Redis): RedisEntityStore => new RedisEntityStore(client, { keyPrefix: entityPrefix });
    const checkClient = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    checkClient.on('error', () => undefined);
    cleanups.push(async () => checkClient.disconnect());
    const serviceNames = async (): Promise<string[]> =>
      (await entityStore(checkClient).list(tenant, 'SERVICE')).map((e) => e.name);
    expect(await serviceNames()).toEqual(expect.arrayContaining(['shop-http', 'shop-grpc', 'shop-kafka']));
    await redis.stop();
    const redisStoppedAt = Date.now();
    clients.service = 'outage';
    await pause(6_000);
    const outageSpans = okSpans(clients.since(redisStoppedAt)).filter((s) => s.service.startsWith('outage-'));
    expect(outageSpans.length).toBeGreaterThan(0);
    const outageStoredMs = await allStored('spans of new services stored while Redis is down', outageSpans, 90_000);
    const outageRows = (await pipeline.storedSpans()).filter((r) => r.service_name.startsWith('outage-'));
    expect(outageRows.filter((r) => r.span_type === 'ENTRY').length).toBeGreaterThan(0);
    expect(outageRows.every((r) => r.api_name === 'GET /items/{id}')).toBe(true);
    const registrationFailures = stages
      .get('enricher')!
      .output()
      .split('\n')
      .filter((l) => l.includes('entity registration in Redis failed'));
    expect(registrationFailures.length).toBeGreaterThan(0);
    expect(registrationFailures[0]).toMatch(/"level":"?(warn|40)"?/);
    const redisDownMs = Date.now() - redisStoppedAt;
    await redis.start();
    const redisStartedAt = Date.now();
    const outageServices = ['outage-http', 'outage-grpc', 'outage-kafka'];
    await until(
      'the services first seen while Redis was down are registered once it is back',
      async () => {
        const names = await serviceNames().catch((): string[] => []);
        return outageServices.every((n) => names.includes(n));
      },
      60_000,
    );
    const registered = await entityStore(checkClient).list(tenant, 'SERVICE');
    for (const name of outageServices) {
      expect(registered.find((e) => e.name === name)?.id).toBe(entityId(tenant, 'SERVICE', name));
    }
    note(
      `Redis down ${redisDownMs} ms: ${registrationFailures.length} failed registrations logged at warn by the enricher stage; ${outageSpans.length} spans of new services stored enriched while it was down ` +
        `(all of them ${outageStoredMs} ms after the wait began); registered ${Date.now() - redisStartedAt} ms after it was back`,
    );

    // 5. The schema registry down mid-run: cached schemas keep every stage going.
    await gate.close();
    const registryClosedAt = Date.now();
    await pause(6_000);
    const duringRegistry = clients.since(registryClosedAt);
    expect(duringRegistry.filter((o) => !o.ok).map((o) => `${o.client} ${o.answer}`)).toEqual([]);
    const registryStoredMs = await allStored(
      'spans accepted while the registry is down stored meanwhile',
      okSpans(duringRegistry),
      90_000,
    );
    const registryDownMs = Date.now() - registryClosedAt;
    await gate.open();
    note(
      `registry down ${registryDownMs} ms mid-run: ${duringRegistry.length} requests accepted and stored meanwhile (${registryStoredMs} ms of waiting)`,
    );

    // 6. kill -9 of the receiver mid-stream, started again on the same ports.
    await pause(1_000);
    await receiver.kill();
    const receiverKilledAt = Date.now();
    receiver = await pipeline.start('receiver');
    const receiverBackAt = Date.now();
    await until(
      'both clients accepted again by the new receiver',
      () => ['http', 'grpc'].every((c) => clients.since(receiverBackAt, c).some((o) => o.ok)),
      30_000,
      200,
    );
    const aroundKill = clients.since(receiverKilledAt).filter((o) => o.at < receiverBackAt && o.client !== 'kafka');
    note(
      `receiver kill -9: restarted in ${receiverBackAt - receiverKilledAt} ms; requests meanwhile ${JSON.stringify(answers(aroundKill))}`,
    );

    // 7. kill -9 of the normalizer mid-stream, started again.
    await pause(1_500);
    await stages.get('normalizer')!.kill();
    const normalizerKilledAt = Date.now();
    stages.set('normalizer', await pipeline.start('normalizer'));
    note(`normalizer kill -9: restarted in ${Date.now() - normalizerKilledAt} ms`);
    await pause(3_000);

    // The end: every accepted span queryable exactly once, nothing stored that was never sent.
    await clients.stop();
    const accepted = clients.accepted();
    const finalMs = await allStored('every accepted span stored', accepted, 180_000);
    const stored = await pipeline.storedSpans();
    expect(stored.filter((r) => r.copies !== 1)).toEqual([]);
    const attempted = new Set(clients.attempted().map(key));
    expect(stored.filter((r) => !attempted.has(`${r.trace_id}:${r.span_id}`))).toEqual([]);
    const total = await pipeline.clickhouse(`SELECT count() FROM ${pipeline.database}.span_event_view FINAL`);
    expect(Number(total)).toBe(stored.length);
    const refused = clients.outcomes.filter((o) => !o.ok);
    note(
      `end: ${clients.outcomes.length} requests, ${accepted.length} spans accepted, all stored once (${stored.length} stored: ` +
        `${stored.length - accepted.length} of requests not answered 2xx); ${refused.length} requests not accepted ` +
        `${JSON.stringify(answers(refused))}; last spans stored ${finalMs} ms after the clients stopped; test ${Math.round((Date.now() - testStart) / 1000)} s`,
    );

    const codes = await Promise.all([receiver.stop(), ...[...stages.values()].map((s) => s.stop())]);
    expect(codes).toEqual([0, 0, 0, 0, 0]);
  }, 600_000);
});
