import { createSocket, Socket } from 'node:dgram';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollectingSpanSink, InMemoryReceiverMetrics, ReceiverCounter, startReceivers } from '../../src/index.js';
import type { RunningReceivers } from '../../src/index.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';
import { CapturingLogger, until } from '../support/hostile.js';
import { onlyReceivers } from '../support/onlyReceivers.js';
import { post } from '../support/rawClients.js';

const goldens = loadGoldenCaptures();
const otlpProto = goldens.get('otlp_proto-otel-js')!.payloads[0]!;
const compactDatagram = goldens.get('jaeger_agent_compact-otel-python')!.payloads[0]!;

describe('UDP socket errors and payload taps that throw are counted and logged (docs/reliability.md)', () => {
  let receivers: RunningReceivers | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await receivers?.close();
    receivers = undefined;
  });

  it('counts a UDP socket error as socket_errors, logs it, and keeps receiving', async () => {
    const sockets: Socket[] = [];
    const bind = Object.getOwnPropertyDescriptor(Socket.prototype, 'bind')!.value as (...a: unknown[]) => Socket;
    vi.spyOn(Socket.prototype, 'bind').mockImplementation(function (this: Socket, ...args: unknown[]) {
      sockets.push(this);
      return Reflect.apply(bind, this, args);
    });
    const metrics = new InMemoryReceiverMetrics();
    const logger = new CapturingLogger();
    const sink = new CollectingSpanSink();
    receivers = await startReceivers({ sink, metrics, logger, ports: onlyReceivers('jaegerAgentCompact') });
    expect(sockets).toHaveLength(1);
    sockets[0]!.emit('error', Object.assign(new Error('recvmsg ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    expect(metrics.get('jaegerAgentCompact', ReceiverCounter.SOCKET_ERRORS)).toBe(1);
    expect(logger.records.find((r) => r.level === 'warn')?.msg).toMatch(/UDP socket error: recvmsg ECONNREFUSED/);
    const client = createSocket('udp4');
    client.send(compactDatagram, receivers.addresses.jaegerAgentCompact!.port, '127.0.0.1');
    await until(() => sink.spanCount > 0);
    client.close();
  });

  it('counts a tap that throws as tap_failures, logs it, and takes the request as if there were no tap', async () => {
    const metrics = new InMemoryReceiverMetrics();
    const logger = new CapturingLogger();
    const sink = new CollectingSpanSink();
    receivers = await startReceivers({
      sink,
      metrics,
      logger,
      ports: onlyReceivers('otlpHttp'),
      tap: () => {
        throw new Error('tap broke');
      },
    });
    const url = `http://127.0.0.1:${receivers.addresses.otlpHttp!.port}/v1/traces`;
    expect((await post(url, otlpProto, { 'content-type': 'application/x-protobuf' })).status).toBe(200);
    expect(sink.spanCount).toBeGreaterThan(0);
    expect(metrics.get('otlpHttp', ReceiverCounter.TAP_FAILURES)).toBe(1);
    const record = logger.records.find((r) => r.level === 'warn')!;
    expect(record.msg).toBe('receiver otlpHttp: the payload tap threw');
    expect(String(record.fields['err'])).toContain('tap broke');
  });
});
