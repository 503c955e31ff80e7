import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { freePort } from '@ht/services';
import { Kafka, logLevel } from 'kafkajs';
import type { ISocketFactory } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { createReceiverStage } from '../../src/index.js';

const brokers = (process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const schemaRegistryUrl = process.env['HT_SCHEMA_REGISTRY_URL'] ?? 'http://127.0.0.1:8081/apis/ccompat/v7';
const prefix = `s-unreachable-${randomBytes(4).toString('hex')}`;
const topics = {
  rawSpans: `${prefix}-raw-spans`,
  structuredTraces: `${prefix}-structured-traces`,
  enrichedTraces: `${prefix}-enriched-traces`,
};

/** Sockets to the brokers that the test can cut: `cut()` closes them and refuses every new one. */
function cuttableSockets(): { socketFactory: ISocketFactory; cut(): void } {
  const open = new Set<net.Socket>();
  let cut = false;
  return {
    socketFactory: ({ host, port, onConnect }) => {
      // A cut network: connect to a port nothing listens on (refused at once).
      const socket = net.connect(cut ? { host: '127.0.0.1', port: 1 } : { host, port }, onConnect);
      open.add(socket);
      socket.once('close', () => open.delete(socket));
      return socket;
    },
    cut() {
      cut = true;
      for (const socket of open) socket.destroy();
    },
  };
}

afterAll(async () => {
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => undefined);
  await admin.disconnect();
});

/** One OTLP/JSON span, as an OTel exporter posts it with `application/json`. */
function otlpJson(): string {
  const now = BigInt(Date.now()) * 1_000_000n;
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'orders' } }] },
        scopeSpans: [
          {
            spans: [
              {
                traceId: randomBytes(16).toString('hex'),
                spanId: randomBytes(8).toString('hex'),
                name: 'GET /orders',
                kind: 2,
                startTimeUnixNano: String(now),
                endTimeUnixNano: String(now + 1_000_000n),
              },
            ],
          },
        ],
      },
    ],
  });
}

async function post(url: string, body: string): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await response.arrayBuffer();
  return response.status;
}

describe('the receiver stage when Kafka is unreachable', () => {
  it('answers 503 within its send deadline, never 2xx for spans not written; 200 while Kafka takes them', async () => {
    const network = cuttableSockets();
    const kafka = new Kafka({
      clientId: 'unreachable-test',
      brokers,
      logLevel: logLevel.NOTHING,
      socketFactory: network.socketFactory,
      retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 500 },
    });
    const port = await freePort();
    const stage = createReceiverStage({
      kafka,
      schemaRegistryUrl,
      topics,
      topicOptions: { partitions: 1 },
      receivers: {
        ports: {
          otlpHttp: port,
          otlpGrpc: false,
          zipkin: false,
          jaegerThriftHttp: false,
          jaegerAgentCompact: false,
          jaegerAgentBinary: false,
          jaegerGrpc: false,
          openCensus: false,
        },
      },
      sendTimeoutMs: 1_500,
    });
    await stage.start();
    try {
      const url = `http://127.0.0.1:${port}/v1/traces`;
      expect(await post(url, otlpJson())).toBe(200);

      network.cut();
      const started = Date.now();
      expect(await post(url, otlpJson())).toBe(503);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(stage.metrics()).toMatch(
        /ht_kafka_span_sink_requests_failed_total\{sink="kafka:s-unreachable-[0-9a-f]+-raw-spans"\} 1/,
      );
      expect(stage.metrics()).toMatch(
        /ht_kafka_span_sink_spans_written_total\{sink="kafka:s-unreachable-[0-9a-f]+-raw-spans"\} 1\n/,
      );
    } finally {
      await stage.stop();
    }
  }, 60_000);
});
