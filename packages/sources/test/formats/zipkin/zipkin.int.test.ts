import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipkinExporter } from '@opentelemetry/exporter-zipkin';
import { CollectingSpanSink, startReceivers } from '../../../src/index.js';
import type { RunningReceivers } from '../../../src/index.js';
import { asZipkin } from '../../support/asZipkin.js';
import { expectSpans } from '../../support/expectSpans.js';
import { sendOtelTopology } from '../../support/otelTopology.js';
import { onlyReceivers } from '../../support/onlyReceivers.js';

const sink = new CollectingSpanSink();
let receivers: RunningReceivers;

beforeAll(async () => {
  receivers = await startReceivers({ sink, ports: onlyReceivers('zipkin') });
});
afterAll(() => receivers.close());

describe('Zipkin receiver with real clients', () => {
  it('takes Zipkin v2 JSON from the OpenTelemetry JS Zipkin exporter', async () => {
    sink.clear();
    const url = `http://127.0.0.1:${receivers.addresses.zipkin!.port}/api/v2/spans`;
    const expected = await sendOtelTopology(
      new ZipkinExporter({ url, headers: { 'x-tenant-id': 'zipkin-js' } }),
      'cart-zipkin',
    );
    const received = await sink.waitForSpans(expected.length);
    expectSpans(received, expected.map(asZipkin), 'zipkin-js');
    expect(sink.batches[0]!.meta.format).toBe('zipkin_json');
  });
});
