import { describe, expect, it } from 'vitest';
import { jaeger } from '#generated/proto/jaeger.js';
import {
  jaegerJsonSpanDecoder,
  jsonDurationNanos,
  jsonTimestampNanos,
} from '../../../src/formats/jaeger/jaegerJsonSpanDecoder.js';
import { jaegerSpanProtoDecoder } from '../../../src/formats/jaeger/jaegerProtoSpan.js';

const ctx = { tenantId: 't1', receivedAtUnixNano: 5n };
const b64 = (hex: string): string => Buffer.from(hex, 'hex').toString('base64');

describe('jaeger_json and jaeger_proto (one Jaeger span per Kafka record)', () => {
  it('reads protobuf JSON timestamps and durations exactly, with offsets and any fraction length', () => {
    expect(jsonTimestampNanos('2023-11-14T22:13:20.000000100Z', 'x')).toBe(1_700_000_000_000_000_100n);
    expect(jsonTimestampNanos('2023-11-14T22:13:20Z', 'x')).toBe(1_700_000_000_000_000_000n);
    expect(jsonTimestampNanos('2023-11-15T00:13:20.5+02:00', 'x')).toBe(1_700_000_000_500_000_000n);
    expect(jsonTimestampNanos('1969-12-31T23:59:59.999999999Z', 'x')).toBe(-1n);
    expect(jsonDurationNanos('0.008000876s', 'x')).toBe(8_000_876n);
    expect(jsonDurationNanos('3s', 'x')).toBe(3_000_000_000n);
    expect(jsonDurationNanos('-1.5s', 'x')).toBe(-1_500_000_000n);
    expect(() => jsonTimestampNanos('2023-02-30T00:00:00Z', 'span.startTime')).toThrow(
      'malformed jaeger_json payload: span.startTime is not a valid date: "2023-02-30T00:00:00Z"',
    );
    expect(() => jsonDurationNanos('5ms', 'span.duration')).toThrow(/span\.duration must be a duration like "1\.5s"/);
  });

  it('jaeger_json: enums by number or name, binary and int64 tags, references, logs and the process', () => {
    const record = {
      traceId: b64('00000000000000010000000000000002'),
      spanId: b64('0000000000000003'),
      operationName: 'get',
      references: [
        { traceId: b64('00000000000000010000000000000002'), spanId: b64('0000000000000009'), refType: 0 },
        { traceId: b64('00000000000000010000000000000002'), spanId: b64('000000000000000a'), refType: 'FOLLOWS_FROM' },
      ],
      startTime: '2023-11-14T22:13:20.000000007Z',
      duration: '0.000001s',
      tags: [
        { key: 'span.kind', vStr: 'client' },
        { key: 'big', vType: 2, vInt64: '-9223372036854775808' },
        { key: 'blob', vType: 'BINARY', vBinary: 'AQI=' },
        { key: 'ratio', vType: 'FLOAT64', vFloat64: 'NaN' },
      ],
      logs: [{ timestamp: '2023-11-14T22:13:20.000000008Z', fields: [{ key: 'event', vStr: 'retry' }] }],
      process: { serviceName: 'cart', tags: [{ key: 'host', vStr: 'h1' }] },
    };
    const { spans, rejected } = jaegerJsonSpanDecoder.decode(Buffer.from(JSON.stringify(record)), ctx);
    expect(rejected).toEqual([]);
    const span = spans[0]!;
    expect(span).toMatchObject({
      tenantId: 't1',
      traceId: '00000000000000010000000000000002',
      spanId: '0000000000000003',
      parentSpanId: '0000000000000009',
      kind: 'CLIENT',
      startTimeUnixNano: 1_700_000_000_000_000_007n,
      endTimeUnixNano: 1_700_000_000_000_001_007n,
    });
    expect(span.attr.get('big')).toBe(-9_223_372_036_854_775_808n);
    expect([...(span.attr.get('blob') as Uint8Array)]).toEqual([1, 2]);
    expect(span.attr.get('ratio')).toBeNaN();
    expect(span.links.map((l) => [l.spanId, l.attr.toObject()])).toEqual([
      ['000000000000000a', { 'opentracing.ref_type': 'follows_from' }],
    ]);
    expect(span.events.map((e) => [e.name, e.timeUnixNano])).toEqual([['retry', 1_700_000_000_000_000_008n]]);
    expect(span.resource.attr.toObject()).toEqual({ host: 'h1', 'service.name': 'cart' });
  });

  it('jaeger_json: a wrong field fails with INPUT_INVALID naming it', () => {
    const bad = Buffer.from(JSON.stringify({ traceId: b64('01'), spanId: 7 }));
    expect(() => jaegerJsonSpanDecoder.decode(bad, ctx)).toThrow(
      'malformed jaeger_json payload: spanId must be a string, got 7',
    );
  });

  it('jaeger_proto: one protobuf Span with its own process; a 64-bit trace id is widened', () => {
    const bytes = jaeger.api_v2.Span.encode({
      traceId: Buffer.from('463ac35c9f6413ad', 'hex'),
      spanId: Buffer.from('a2fb4a1d1a96d312', 'hex'),
      operationName: 'send',
      startTime: { seconds: 1_700_000_000, nanos: 1 },
      duration: { seconds: 0, nanos: 999 },
      tags: [
        { key: 'span.kind', vStr: 'producer' },
        { key: 'error', vType: 1, vBool: true },
      ],
      process: { serviceName: 'mailer', tags: [] },
    }).finish();
    const { spans } = jaegerSpanProtoDecoder.decode(bytes, ctx);
    expect(spans[0]).toMatchObject({
      traceId: '0000000000000000463ac35c9f6413ad',
      kind: 'PRODUCER',
      statusCode: 'ERROR',
      startTimeUnixNano: 1_700_000_000_000_000_001n,
      endTimeUnixNano: 1_700_000_000_000_001_000n,
    });
    expect(spans[0]!.resource.attr.get('service.name')).toBe('mailer');
  });
});
