import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noopLogger } from '@ht/enricher-sdk';
import { createDuckDbStore } from '@ht/sinks';
import type { ViewRow, ViewStore } from '@ht/sinks';
import { receiverPorts, startLocalPipeline, validateConfig } from '../src/index.js';
import { PrometheusMetrics } from '../src/ops/index.js';
import { benchPayload } from './benchPayload.js';
import { freePort } from '@ht/services';
import { htBenchConfig } from './benchServers.js';
import { runLoad } from './loadProcess.js';
import { OtlpTemplate } from './otlpTemplate.js';
import { percentile } from './statistics.js';

/** What the latency mode runs. */
export interface LatencyPlan {
  readonly templateFile: string;
  readonly spansPerSecond: number;
  readonly durationMs: number;
  readonly concurrency: number;
}

/** Receipt → queryable latencies of probe traces. */
export interface LatencyResult {
  readonly probes: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly gapMs: number;
  readonly sinkDelayMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the bench config's pipeline in this process (`startLocalPipeline`, the same options `ht run`
 * derives from {@link htBenchConfig}) under a paced load from the load process, and sends a probe trace
 * (8 spans, the bench request's first trace with a fresh id) every 200 ms. A probe's latency runs from
 * just before its request is sent to the moment the store's `write` of `span_event_view` rows holding it
 * resolved: the rows are committed, so a query sees them. DuckDB allows one process per file, so the
 * store cannot be polled from outside; one probe is also read back with a query at the end.
 */
export async function measureLatency(plan: LatencyPlan): Promise<LatencyResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ht-e2e-latency-'));
  const pending = new Map<string, number>();
  const latencies: number[] = [];
  try {
    const config = validateConfig(htBenchConfig(dir, await freePort(), 0), { source: 'bench' });
    if (config.store.type !== 'duckdb') throw new Error('the bench config writes to DuckDB');
    const { type: _type, ...duckdb } = config.store;
    const store = await createDuckDbStore(duckdb);
    const write = async (view: string, rows: readonly ViewRow[]): Promise<void> => {
      await store.write(view, rows);
      if (view !== 'span_event_view' || pending.size === 0) return;
      const now = performance.now();
      for (const row of rows) {
        const sentAt = pending.get(row['trace_id'] as string);
        if (sentAt === undefined) continue;
        pending.delete(row['trace_id'] as string);
        latencies.push(now - sentAt);
      }
    };
    const probed: ViewStore = new Proxy(store, {
      get(target, property) {
        if (property === 'write') return write;
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const pipeline = await startLocalPipeline({
      store: probed,
      plugins: config.plugins,
      receivers: { host: config.receivers.host, portOffset: 0, ports: receiverPorts(config.receivers) },
      channelCapacity: config.channel.capacity,
      channelWaitForRoomMs: config.channel.waitForRoomMs,
      grouper: config.grouper,
      sink: config.sink,
      logger: noopLogger,
      metrics: new PrometheusMetrics(),
    });
    const url = `http://127.0.0.1:${pipeline.receivers.addresses.otlpHttp!.port}/v1/traces`;

    const probe = OtlpTemplate.fromFile(await benchPayload(1));
    let lastProbe = '';
    let sending = true;
    const probes = (async () => {
      for (let sequence = 0; sending; sequence++) {
        const body = probe.instantiate(sequence);
        const id = probe.traceId(sequence, 0);
        pending.set(id, performance.now());
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-protobuf' },
          body,
        });
        if (res.status !== 200) pending.delete(id);
        else lastProbe = id;
        await sleep(200);
      }
    })();
    await runLoad({
      url,
      templateFile: plan.templateFile,
      concurrency: plan.concurrency,
      durationMs: plan.durationMs,
      spansPerSecond: plan.spansPerSecond,
    });
    sending = false;
    await probes;
    const deadline = Date.now() + 30_000;
    while (pending.size > 0 && Date.now() < deadline) await sleep(50);
    const found = await store.traceRows('span_event_view', config.tenancy.defaultTenant, lastProbe);
    if (found.length !== probe.spans) throw new Error(`probe ${lastProbe}: ${found.length} rows queryable`);
    await pipeline.stop();
    if (pending.size > 0) throw new Error(`${pending.size} probe traces never reached the store`);
    return {
      probes: latencies.length,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: Math.max(...latencies),
      gapMs: config.grouper.gapMs,
      sinkDelayMs: config.sink.maxDelayMs ?? 1_000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
