import { guardDecode } from '../../ingest/SpanDecoder.js';
import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { refuseOverLimit } from '../../ingest/tooManySpans.js';
import { i64ToBigint, i64ToHex, jaegerAgent, jaegerThrift, readProtocol, thriftListSize } from '../../wire/thrift.js';
import type {
  JaegerThriftBatch,
  JaegerThriftProcess,
  JaegerThriftSpan,
  JaegerThriftTag,
} from '../../wire/thriftStructs.js';
import { mapJaegerBatch } from './jaegerMapping.js';
import { traceIdFromHalves } from './JaegerSpan.js';
import type { JaegerProcess, JaegerSpan, JaegerTag } from './JaegerSpan.js';

/** jaeger.thrift TagType. */
const STRING = 0;
const DOUBLE = 1;
const BOOL = 2;
const LONG = 3;
const BINARY = 4;

/**
 * Decodes a Jaeger Thrift `Batch` in the binary protocol: the body of `POST /api/traces`
 * (`application/x-thrift`), read with the generated code.
 *
 * @example
 * ```ts
 * jaegerThriftBatchDecoder.decode(body, ctx);
 * ```
 */
export const jaegerThriftBatchDecoder: SpanDecoder = {
  encoding: 'jaeger_thrift',
  decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
    // Batch.spans (field 2): its list header says how many, before any span is read.
    refuseOverLimit(ctx.maxSpans, () => thriftListSize(payload, 2, 'binary') ?? 0);
    const batch = guardDecode('jaeger_thrift', 'not a jaeger.thrift Batch', () => {
      const b = new jaegerThrift.Batch();
      b.read(readProtocol(payload, 'binary'));
      return b;
    });
    return mapThriftBatch(batch, ctx);
  },
};

/**
 * A decoder of Jaeger agent datagrams: an `Agent.emitBatch` Thrift message in the compact (port 6831) or
 * binary (port 6832) protocol, dispatched by the generated `Agent` processor.
 *
 * @example
 * ```ts
 * jaegerAgentDecoder('compact').decode(datagram, ctx);
 * ```
 */
export function jaegerAgentDecoder(protocol: 'compact' | 'binary'): SpanDecoder {
  const encoding = `jaeger_agent_${protocol}`;
  return {
    encoding,
    decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
      const batch = guardDecode(encoding, 'not an Agent.emitBatch message', () => {
        let received: JaegerThriftBatch | undefined;
        let zipkin = false;
        const processor = new jaegerAgent.Processor({
          emitBatch: (b) => (received = b),
          emitZipkinBatch: () => (zipkin = true),
        });
        // Oneway calls write nothing; an unknown method writes an exception we discard.
        processor.process(readProtocol(payload, protocol), readProtocol(new Uint8Array(0), protocol));
        if (zipkin) throw new Error('emitZipkinBatch is not supported: send jaeger.thrift batches (emitBatch)');
        if (!received) throw new Error('the message is not an Agent.emitBatch call');
        return received;
      });
      return mapThriftBatch(batch, ctx);
    },
  };
}

function mapThriftBatch(batch: JaegerThriftBatch, ctx: DecodeContext): DecodedSpans {
  return guardDecode('jaeger_thrift', 'unreadable span data', () =>
    mapJaegerBatch(process(batch.process), (batch.spans ?? []).map(span), ctx),
  );
}

function process(p: JaegerThriftProcess | null): JaegerProcess | undefined {
  return p ? { serviceName: p.serviceName ?? '', tags: (p.tags ?? []).map(tag) } : undefined;
}

function span(s: JaegerThriftSpan): JaegerSpan {
  const traceId = traceIdFromHalves(i64ToHex(s.traceIdHigh), i64ToHex(s.traceIdLow));
  return {
    traceId,
    spanId: i64ToHex(s.spanId),
    parentSpanId: i64ToHex(s.parentSpanId),
    operationName: s.operationName ?? '',
    references: (s.references ?? []).map((r) => ({
      traceId: traceIdFromHalves(i64ToHex(r.traceIdHigh), i64ToHex(r.traceIdLow)),
      spanId: i64ToHex(r.spanId),
      refType: r.refType === 1 ? 'follows_from' : 'child_of',
    })),
    flags: s.flags ?? 0,
    startNanos: i64ToBigint(s.startTime) * 1000n,
    durationNanos: i64ToBigint(s.duration) * 1000n,
    tags: (s.tags ?? []).map(tag),
    logs: (s.logs ?? []).map((l) => ({
      timeNanos: i64ToBigint(l.timestamp) * 1000n,
      fields: (l.fields ?? []).map(tag),
    })),
  };
}

function tag(t: JaegerThriftTag): JaegerTag {
  const key = t.key ?? '';
  switch (t.vType) {
    case DOUBLE:
      return [key, t.vDouble ?? 0];
    case BOOL:
      return [key, t.vBool ?? false];
    case LONG:
      return [key, i64ToBigint(t.vLong)];
    case BINARY:
      return [key, new Uint8Array(t.vBinary ?? Buffer.alloc(0))];
    case STRING:
    default:
      return [key, t.vStr ?? ''];
  }
}
