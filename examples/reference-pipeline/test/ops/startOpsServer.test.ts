import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InMemoryReceiverMetrics, ReceiverCounter } from '@ht/sources';
import { MetricsRegistry } from '@ht/stream-core';
import { isHtError } from '@ht/stream-core/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { PrometheusMetrics, ReadinessFlag, startOpsServer } from '../../src/ops/index.js';
import type { RunningOpsServer } from '../../src/ops/index.js';
import { parseExposition } from './parseExposition.js';

let ops: RunningOpsServer | undefined;
afterEach(async () => {
  await ops?.close();
  ops = undefined;
});

describe('startOpsServer', () => {
  it('answers /healthz with 200 ok while it serves', async () => {
    ops = await startOpsServer({ port: 0 });
    expect(ops.url).toBe(`http://127.0.0.1:${ops.port}`);
    const response = await fetch(`${ops.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok\n');
  });

  it('answers /readyz 503 naming the failing checks until every check passes, then 200', async () => {
    const grouper = new ReadinessFlag('grouper started');
    let storeAnswers = false;
    ops = await startOpsServer({
      port: 0,
      readiness: [grouper, { name: 'store answers', check: () => storeAnswers }],
    });
    const first = await fetch(`${ops.url}/readyz`);
    expect(first.status).toBe(503);
    expect(first.headers.get('content-type')).toBe('application/json');
    expect(await first.json()).toEqual({
      ready: false,
      failing: ['grouper started', 'store answers'],
      checks: [
        { name: 'grouper started', ready: false, reason: 'not started' },
        { name: 'store answers', ready: false, reason: 'check returned false' },
      ],
    });
    grouper.set(true);
    const second = await fetch(`${ops.url}/readyz`);
    expect(second.status).toBe(503);
    expect(await second.json()).toMatchObject({ ready: false, failing: ['store answers'] });
    storeAnswers = true;
    const third = await fetch(`${ops.url}/readyz`);
    expect(third.status).toBe(200);
    expect(await third.json()).toEqual({
      ready: true,
      failing: [],
      checks: [
        { name: 'grouper started', ready: true },
        { name: 'store answers', ready: true },
      ],
    });
  });

  it('counts a rejected or slow check as failing, with the reason', async () => {
    ops = await startOpsServer({
      port: 0,
      readinessTimeoutMs: 50,
      readiness: [
        { name: 'store answers', check: () => Promise.reject(new Error('connection refused')) },
        { name: 'kafka answers', check: () => new Promise(() => undefined) },
        { name: 'async ok', check: () => Promise.resolve() },
      ],
    });
    const response = await fetch(`${ops.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      ready: false,
      failing: ['store answers', 'kafka answers'],
      checks: [
        { name: 'store answers', ready: false, reason: 'connection refused' },
        { name: 'kafka answers', ready: false, reason: 'no answer within 50 ms' },
        { name: 'async ok', ready: true },
      ],
    });
  });

  it('answers /readyz 200 with no checks', async () => {
    ops = await startOpsServer({ port: 0 });
    expect((await fetch(`${ops.url}/readyz`)).status).toBe(200);
  });

  it('serves the SDK, stream-core, receiver and extra metrics on /metrics as Prometheus text', async () => {
    const sdk = new PrometheusMetrics();
    sdk.counter('ht_enricher_errors_total', 'enricher failures').inc(2, { enricher: 'geo' });
    const job = new MetricsRegistry();
    const sink = job.register('local', 'view-sink', 'sink');
    sink.recordsIn = 7;
    const receivers = new InMemoryReceiverMetrics();
    receivers.count('otlpHttp', ReceiverCounter.SPANS_ACCEPTED, 12);
    ops = await startOpsServer({
      port: 0,
      metrics: [sdk, job, receivers, () => '# TYPE ht_channel_depth gauge\nht_channel_depth 3'],
    });
    const response = await fetch(`${ops.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = parseExposition(await response.text());
    expect(text.samples.get('ht_enricher_errors_total{enricher="geo"}')).toBe(2);
    expect(text.types.get('process_resident_memory_bytes')).toBe('gauge');
    expect(text.samples.get('ht_stream_records_in_total{job="local",kind="sink",operator="view-sink"}')).toBe(7);
    expect(text.samples.get('ht_receiver_spans_accepted_total{receiver="otlpHttp"}')).toBe(12);
    expect(text.samples.get('ht_channel_depth')).toBe(3);
  });

  it('answers 500 when a metrics source fails, and keeps serving', async () => {
    ops = await startOpsServer({
      port: 0,
      metrics: [
        () => {
          throw new Error('registry broke');
        },
      ],
    });
    const response = await fetch(`${ops.url}/metrics`);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('metrics failed: Error: registry broke\n');
    expect((await fetch(`${ops.url}/healthz`)).status).toBe(200);
  });

  it('answers 404 for other paths and 405 for other methods', async () => {
    ops = await startOpsServer({ port: 0 });
    const missing = await fetch(`${ops.url}/status`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('not found: /status\n');
    const post = await fetch(`${ops.url}/metrics`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(`${ops.url}/healthz?verbose=1`)).status).toBe(200);
  });

  it('refuses a port in use with an HtError naming it', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as AddressInfo).port;
    try {
      const error: unknown = await startOpsServer({ port }).catch((e: unknown) => e);
      expect(isHtError(error, 'CONFIG_INVALID')).toBe(true);
      expect((error as Error).message).toBe(
        `cannot start the ops server on 127.0.0.1:${port}: the port is taken ` +
          '(stop what holds it, or move the ops port, e.g. with --port-offset)',
      );
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
