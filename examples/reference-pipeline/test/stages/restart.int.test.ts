import { afterAll, describe, expect, it } from 'vitest';
import { shopServices } from '../e2e/shopClients.js';
import { everyService } from '../e2e/shopTraces.js';
import type { SentSpan } from '../e2e/tracedService.js';
import { StagePipeline } from './stagePipeline.js';
import { expectStoredOnceEnriched } from './storedOnce.js';
import type { StageProcess } from './stageProcess.js';
import { directClients, startSteadyTraffic } from './steadyTraffic.js';

const pipelines: StagePipeline[] = [];
afterAll(async () => {
  await Promise.all(pipelines.map((p) => p.close()));
}, 60_000);

/** Each consuming stage stopped once gracefully (SIGTERM) and once killed (`kill -9`), while traffic flows. */
const RESTARTS: readonly { readonly stage: 'grouper' | 'enricher' | 'views'; readonly how: 'SIGTERM' | 'SIGKILL' }[] = [
  { stage: 'grouper', how: 'SIGKILL' },
  { stage: 'enricher', how: 'SIGTERM' },
  { stage: 'views', how: 'SIGKILL' },
  { stage: 'grouper', how: 'SIGTERM' },
  { stage: 'enricher', how: 'SIGKILL' },
  { stage: 'views', how: 'SIGTERM' },
];

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('ht stage: one stage stopped and restarted mid-stream', () => {
  it('keeps every span, stored once with its enrichment, whichever stage restarts and however it stops', async () => {
    const pipeline = await StagePipeline.create('restart');
    pipelines.push(pipeline);
    const stages = new Map<string, StageProcess>();
    for (const name of ['receiver', 'grouper', 'enricher', 'views']) stages.set(name, await pipeline.start(name));

    const sent: SentSpan[] = [];
    // The collector's client is not used here: its spans would only take the OTLP gRPC path once more.
    const services = shopServices(pipeline.shopEndpoints('http://127.0.0.1:1'), sent);
    const traffic = startSteadyTraffic(directClients(services));
    try {
      for (const { stage, how } of RESTARTS) {
        await pause(1_500);
        const old = stages.get(stage)!;
        if (how === 'SIGKILL') await old.kill();
        else expect(await old.stop(), old.output()).toBe(0);
        stages.set(stage, await pipeline.start(stage));
      }
      await pause(1_000);
    } finally {
      await traffic.stop();
      await everyService(services)[4]?.shutdown();
    }
    expect(sent.length).toBeGreaterThan(200);

    // Every span sent, nothing else, each once as queries read it (FINAL), with its enrichment.
    await expectStoredOnceEnriched(pipeline, sent);
    // Counts in query results: each span once, each service's calls once.
    const db = pipeline.database;
    const total = await pipeline.clickhouse(`SELECT count() FROM ${db}.span_event_view FINAL`);
    expect(Number(total)).toBe(sent.length);
    const perService = await pipeline.clickhouse(
      `SELECT service_name, count() FROM ${db}.span_event_view FINAL WHERE span_type = 'ENTRY' GROUP BY service_name ORDER BY service_name FORMAT TSV`,
    );
    const expectedPerService = new Map<string, number>();
    for (const s of sent) {
      if (s.kind === 'SERVER') expectedPerService.set(s.service, (expectedPerService.get(s.service) ?? 0) + 1);
    }
    expect(perService.trim()).toBe(
      [...expectedPerService]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([service, n]) => `${service}\t${n}`)
        .join('\n'),
    );
    const rowsWritten = await pipeline.clickhouse(`SELECT count() FROM ${db}.span_event_view`);
    console.info(
      `restart test: ${sent.length} spans sent, ${Number(rowsWritten)} span rows in span_event_view before FINAL (replays not merged yet)`,
    );

    const codes = await Promise.all([...stages.values()].map((s) => s.stop()));
    expect(codes).toEqual([0, 0, 0, 0]);
  }, 240_000);
});
