import { guardDecode, malformed } from '../../ingest/SpanDecoder.js';
import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { JsonReader } from '../../wire/JsonReader.js';
import { bytesHex, signedBigint } from '../../wire/protobufValues.js';
import { mapJaegerBatch } from './jaegerMapping.js';
import type { JaegerProcess, JaegerSpan, JaegerTag } from './JaegerSpan.js';

const ENCODING = 'jaeger_json';
const VALUE_TYPES = ['STRING', 'BOOL', 'INT64', 'FLOAT64', 'BINARY'] as const;
const REF_TYPES = ['CHILD_OF', 'FOLLOWS_FROM'] as const;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/i;
const DURATION = /^(-)?(\d{1,12})(?:\.(\d{1,9}))?s$/;

/**
 * Decodes the OTel Collector kafka exporter's `jaeger_json` records: one `jaeger.api_v2.Span` per record
 * in the protobuf JSON mapping (gogo `jsonpb`): ids as base64 bytes, `startTime` an RFC 3339 timestamp
 * and `duration` a `"1.000000500s"` string (both exact to the nanosecond), 64-bit integers as decimal
 * strings, enums by name or number, default values left out.
 *
 * @example
 * ```ts
 * jaegerJsonSpanDecoder.decode(Buffer.from('{"traceId":"AAAAAAAAAAEAAAAAAAAAAg==","spanId":"AAAAAAAAAAM=",…}'), ctx);
 * ```
 */
export const jaegerJsonSpanDecoder: SpanDecoder = {
  encoding: ENCODING,
  decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
    const span = guardDecode(ENCODING, 'not a Jaeger JSON span', () =>
      jaegerSpanFromJson(JsonReader.parse(ENCODING, payload)),
    );
    return guardDecode(ENCODING, 'unreadable span data', () => mapJaegerBatch(undefined, [span], ctx));
  },
};

function jaegerSpanFromJson(s: JsonReader): JaegerSpan {
  const process = s.optionalObject('process');
  return {
    traceId: bytesHex(s.base64('traceId')).padStart(32, '0'),
    spanId: bytesHex(s.base64('spanId')),
    parentSpanId: '',
    operationName: s.string('operationName'),
    references: s.array('references').map((r) => ({
      traceId: bytesHex(r.base64('traceId')).padStart(32, '0'),
      spanId: bytesHex(r.base64('spanId')),
      refType: r.enumValue('refType', REF_TYPES) === 1 ? 'follows_from' : 'child_of',
    })),
    flags: s.uint32('flags'),
    startNanos: jsonTimestampNanos(s.string('startTime'), `${s.path || 'span'}.startTime`),
    durationNanos: jsonDurationNanos(s.string('duration'), `${s.path || 'span'}.duration`),
    tags: s.array('tags').map(tag),
    logs: s.array('logs').map((l) => ({
      timeNanos: jsonTimestampNanos(l.string('timestamp'), `${l.path}.timestamp`),
      fields: l.array('fields').map(tag),
    })),
    process: process === undefined ? undefined : processFromJson(process),
  };
}

function processFromJson(p: JsonReader): JaegerProcess {
  return { serviceName: p.string('serviceName'), tags: p.array('tags').map(tag) };
}

function tag(t: JsonReader): JaegerTag {
  const key = t.string('key');
  switch (t.enumValue('vType', VALUE_TYPES)) {
    case 1:
      return [key, t.bool('vBool')];
    case 2:
      return [key, signedBigint(t.int64('vInt64'))];
    case 3:
      return [key, t.double('vFloat64')];
    case 4:
      return [key, t.base64('vBinary')];
    default:
      return [key, t.string('vStr')];
  }
}

/**
 * A protobuf JSON `Timestamp` (RFC 3339, up to nine fractional digits, `Z` or an offset) as exact Unix
 * nanoseconds; `''` (absent) is 0. Throws `INPUT_INVALID` naming `path` when it is not one.
 *
 * @example
 * ```ts
 * jsonTimestampNanos('2023-11-14T22:13:20.000000100Z', 'startTime'); // 1700000000000000100n
 * ```
 */
export function jsonTimestampNanos(text: string, path: string): bigint {
  if (text === '') return 0n;
  const m = TIMESTAMP.exec(text);
  if (m === null) throw malformed(ENCODING, `${path} must be an RFC 3339 timestamp, got ${JSON.stringify(text)}`);
  const [, y, mo, d, h, mi, s, frac, zone] = m.map((part) => part ?? '');
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), 0);
  if (
    date.getUTCMonth() !== Number(mo) - 1 ||
    date.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  ) {
    throw malformed(ENCODING, `${path} is not a valid date: ${JSON.stringify(text)}`);
  }
  let seconds = BigInt(date.getTime() / 1000);
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1n : 1n;
    seconds -= sign * (BigInt(zone.slice(1, 3)) * 3600n + BigInt(zone.slice(4, 6)) * 60n);
  }
  return seconds * 1_000_000_000n + BigInt((frac ?? '').padEnd(9, '0'));
}

/**
 * A protobuf JSON `Duration` (`"0.000500s"`, `"-1.5s"`) as exact nanoseconds; `''` (absent) is 0.
 *
 * @example
 * ```ts
 * jsonDurationNanos('0.008000876s', 'duration'); // 8000876n
 * ```
 */
export function jsonDurationNanos(text: string, path: string): bigint {
  if (text === '') return 0n;
  const m = DURATION.exec(text);
  if (m === null) throw malformed(ENCODING, `${path} must be a duration like "1.5s", got ${JSON.stringify(text)}`);
  const nanos = BigInt(m[2] ?? '0') * 1_000_000_000n + BigInt((m[3] ?? '').padEnd(9, '0'));
  return m[1] === '-' ? -nanos : nanos;
}
