import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { InMemoryReceiverMetrics, ReceiverCounter, startReceivers } from '../../src/index.js';
import type { RunningReceivers, SpanSink } from '../../src/index.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';
import { CapturingLogger } from '../support/hostile.js';
import { onlyReceivers } from '../support/onlyReceivers.js';
import { grpcUnary, post } from '../support/rawClients.js';

const zipkinJson = loadGoldenCaptures().get('zipkin_json-otel-js')!.payloads[0]!;
const otlpProto = loadGoldenCaptures().get('otlp_proto-otel-js')!.payloads[0]!;
const EXPORT = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
const ANSWER = /^internal error \(id ([0-9a-f-]{36})\): the receiver log has the details$/;

/** A sink with a bug: asking it for room throws. */
const buggySink: SpanSink = {
  accept: () => ({ status: 'accepted' }),
  admit: () => {
    throw new TypeError('secret detail of the bug');
  },
};

describe('internal errors: a stable answer with an error id, the details in the log (docs/reliability.md)', () => {
  const logger = new CapturingLogger();
  const metrics = new InMemoryReceiverMetrics();
  let receivers: RunningReceivers;
  beforeAll(async () => {
    receivers = await startReceivers({ sink: buggySink, metrics, logger, ports: onlyReceivers('zipkin', 'otlpGrpc') });
  });
  afterAll(() => receivers.close());

  it('HTTP: 500 naming the error id and not the error; the log has both', async () => {
    const url = `http://127.0.0.1:${receivers.addresses.zipkin!.port}/api/v2/spans`;
    const answer = await post(url, zipkinJson, { 'content-type': 'application/json' });
    expect(answer.status).toBe(500);
    const text = answer.body.toString().trim();
    expect(text).toMatch(ANSWER);
    expect(text).not.toContain('secret');
    const errorId = ANSWER.exec(text)![1];
    const record = logger.records.find((r) => r.fields['errorId'] === errorId)!;
    expect(record.level).toBe('error');
    expect(record.fields['receiver']).toBe('zipkin');
    expect(String(record.fields['err'])).toContain('secret detail of the bug');
    expect(metrics.get('zipkin', ReceiverCounter.REQUESTS_INTERNAL_ERROR)).toBe(1);
  });

  it('gRPC: INTERNAL naming the error id and not the error; the log has both', async () => {
    const answer = await grpcUnary(`127.0.0.1:${receivers.addresses.otlpGrpc!.port}`, EXPORT, otlpProto);
    expect(answer.error?.code).toBe(status.INTERNAL);
    expect(answer.error?.details).toMatch(ANSWER);
    const errorId = ANSWER.exec(answer.error!.details)![1];
    expect(logger.text()).toContain(errorId);
    expect(logger.records.find((r) => r.fields['errorId'] === errorId)?.fields['receiver']).toBe('otlpGrpc');
  });
});
