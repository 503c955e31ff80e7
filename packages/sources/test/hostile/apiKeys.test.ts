import type * as Crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveTenant, startReceivers } from '../../src/index.js';
import type { RunningReceivers, SpanSink } from '../../src/index.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';
import { CapturingLogger, openCensusStream } from '../support/hostile.js';
import { onlyReceivers } from '../support/onlyReceivers.js';
import { grpcUnary, post } from '../support/rawClients.js';

const compared = vi.hoisted(() => ({ lengths: [] as number[] }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof Crypto>();
  return {
    ...crypto,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView): boolean => {
      compared.lengths.push(a.byteLength, b.byteLength);
      return crypto.timingSafeEqual(a, b);
    },
  };
});

const KEYS = { 'key-acme-0123456789': 'acme', 'key-globex-0123456789': 'globex', 'key-initech-012345': 'initech' };
const header = (values: Record<string, string>) => (name: string) => values[name];

describe('API keys: compared in constant time, never logged (docs/reliability.md)', () => {
  it('compares the presented key with every configured key by timingSafeEqual over SHA-256 digests', () => {
    for (const presented of [
      'key-acme-0123456789',
      'key-initech-012345',
      'key-acme-012345678X',
      'k',
      'x'.repeat(500),
    ]) {
      compared.lengths.length = 0;
      resolveTenant({ apiKeys: KEYS }, header({ 'x-api-key': presented }));
      // Every configured key compared, match or not, each comparison over two 32-byte digests.
      expect(compared.lengths).toEqual(Array.from({ length: 2 * Object.keys(KEYS).length }, () => 32));
    }
  });

  it('resolves each key to its tenant and refuses near misses (last byte, prefix, longer, case)', () => {
    for (const [key, tenant] of Object.entries(KEYS)) {
      expect(resolveTenant({ apiKeys: KEYS }, header({ authorization: `Bearer ${key}` }))).toEqual({
        ok: true,
        tenantId: tenant,
      });
    }
    for (const wrong of ['key-acme-012345678X', 'key-acme-012345678', 'key-acme-01234567890', 'KEY-ACME-0123456789']) {
      expect(resolveTenant({ apiKeys: KEYS }, header({ 'x-api-key': wrong }))).toMatchObject({
        ok: false,
        status: 'unauthenticated',
      });
    }
    for (const inherited of ['__proto__', 'constructor', 'toString']) {
      expect(resolveTenant({ apiKeys: KEYS }, header({ 'x-api-key': inherited })).ok).toBe(false);
    }
  });

  describe('the receivers never log a key', () => {
    const logger = new CapturingLogger();
    const buggy: SpanSink = {
      accept: () => ({ status: 'accepted' }),
      admit: () => {
        throw new Error('bug');
      },
    };
    let receivers: RunningReceivers;
    beforeAll(async () => {
      receivers = await startReceivers({
        sink: buggy,
        logger,
        tenancy: { apiKeys: KEYS },
        ports: onlyReceivers('otlpHttp', 'otlpGrpc', 'openCensus', 'jaegerAgentCompact'),
        tap: () => {
          throw new Error('tap bug');
        },
      });
    });
    afterAll(() => receivers.close());

    it('with right and wrong keys on HTTP, gRPC and the OpenCensus stream, through internal errors and tap failures', async () => {
      const goldens = loadGoldenCaptures();
      const otlp = goldens.get('otlp_proto-otel-js')!.payloads[0]!;
      const oc = goldens.get('opencensus-ocagent')!.payloads[0]!;
      const url = `http://127.0.0.1:${receivers.addresses.otlpHttp!.port}/v1/traces`;
      const grpc = `127.0.0.1:${receivers.addresses.otlpGrpc!.port}`;
      const ocAddress = `127.0.0.1:${receivers.addresses.openCensus!.port}`;
      const wrong = 'key-wrong-secret-0123456789';
      for (const key of [...Object.keys(KEYS), wrong]) {
        const statuses = [
          (await post(url, otlp, { 'content-type': 'application/x-protobuf', authorization: `Bearer ${key}` })).status,
          (await post(url, otlp, { 'content-type': 'application/x-protobuf', 'x-api-key': key })).status,
        ];
        expect(statuses).toEqual(key === wrong ? [401, 401] : [500, 500]);
        await grpcUnary(grpc, '/opentelemetry.proto.collector.trace.v1.TraceService/Export', otlp, {
          'x-api-key': key,
        });
        await openCensusStream(ocAddress, [oc], { authorization: `Bearer ${key}` });
      }
      const text = logger.text();
      expect(logger.records.length).toBeGreaterThan(0);
      for (const key of [...Object.keys(KEYS), wrong]) expect(text).not.toContain(key);
    });
  });
});
