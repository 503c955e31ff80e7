import { describe, expect, it } from 'vitest';
import {
  CollectingSpanSink,
  FORMATS,
  InMemoryReceiverMetrics,
  ReceiverCounter,
  kafkaSpanDecoder,
  receiverEndpoints,
  resolvePorts,
  spanDecodersOf,
  startReceivers,
} from '../../src/index.js';
import { post } from '../support/rawClients.js';
import { dummyFormat } from './dummy/dummyFormat.js';

// The proof that a format is one folder plus one line: the dummy format (test/formats/dummy/) is only
// listed beside FORMATS, and every derivation picks it up.
const formats = [...FORMATS, dummyFormat] as const;
const body = Buffer.from(
  JSON.stringify([
    { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', name: 'GET /a' },
    { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: '', name: 'bad' },
  ]),
);

describe('a format registered in the list', () => {
  it('shows up in the ports table and in resolvePorts', () => {
    const dummy = receiverEndpoints(formats).at(-1)!;
    expect(dummy).toMatchObject({ name: 'dummyHttp', purpose: 'Dummy HTTP', defaultPort: 7070, transport: 'http' });
    expect(dummy.paths).toEqual(['/dummy/spans']);
    expect(resolvePorts(100, { formats }).dummyHttp).toBe(7170);
    expect(() => resolvePorts(60_000, { formats, ports: { zipkin: false, openCensus: false } })).toThrow(
      'moves the jaegerThriftHttp port (Jaeger Thrift HTTP) 14268',
    );
  });

  it('is served by startReceivers, counted under its endpoint name and handed over under it', async () => {
    const sink = new CollectingSpanSink();
    const metrics = new InMemoryReceiverMetrics();
    const off = Object.fromEntries(receiverEndpoints(FORMATS).map((e) => [e.name, false as const]));
    const receivers = await startReceivers({ sink, metrics, formats, ports: { ...off, dummyHttp: 0 } });
    try {
      expect(Object.keys(receivers.addresses)).toEqual(['dummyHttp']);
      const answer = await post(`http://127.0.0.1:${receivers.addresses.dummyHttp!.port}/dummy/spans`, body, {
        'content-type': 'application/json',
        'x-tenant-id': 'acme',
      });
      expect(answer.status).toBe(202);
      expect(answer.body.toString()).toContain('1 span');
      expect(sink.batches.map((b) => b.meta)).toEqual([
        { tenantId: 'acme', receiver: 'dummyHttp', format: 'dummy_json' },
      ]);
      expect(metrics.get('dummyHttp', ReceiverCounter.SPANS_ACCEPTED)).toBe(1);
      expect(metrics.get('dummyHttp', ReceiverCounter.SPANS_REJECTED)).toBe(1);
      expect(metrics.toPrometheus()).toContain('ht_receiver_spans_accepted_total{receiver="dummyHttp"} 1');
    } finally {
      await receivers.close();
    }
  });

  it('has its decoders in the decoder tables, for receivers and Kafka', () => {
    expect(spanDecodersOf(formats)['dummy_json']?.encoding).toBe('dummy_json');
    const decoder = kafkaSpanDecoder('dummy_json', {}, formats);
    const record = { topic: 't', partition: 0, offset: '1', key: null, value: body, headers: {} };
    const decoded = decoder.decode(record);
    expect(decoded.values.map((s) => [s.tenantId, s.name])).toEqual([['default', 'GET /a']]);
    expect(decoded.rejected).toHaveLength(1);
    expect(() => kafkaSpanDecoder('dummy_json' as never)).toThrow('unknown Kafka span encoding "dummy_json"');
  });
});
