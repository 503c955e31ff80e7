import { randomBytes } from 'node:crypto';

/** One span a fault test's client sent (or tried to). */
export interface FaultSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly service: string;
}

/** A two-span trace (a server span and its database call) of `service`, ending now, fresh ids. */
export interface FaultTrace {
  readonly service: string;
  readonly traceId: string;
  readonly spans: readonly [FaultSpanDraft, FaultSpanDraft];
}

interface FaultSpanDraft {
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  readonly kind: 2 | 3;
  readonly startNs: bigint;
  readonly endNs: bigint;
  readonly attributes: Readonly<Record<string, string>>;
}

/** A new trace of `service` with fresh ids, its spans ending now. */
export function faultTrace(service: string): FaultTrace {
  const nowNs = BigInt(Date.now()) * 1_000_000n;
  const server = randomBytes(8).toString('hex');
  return {
    service,
    traceId: randomBytes(16).toString('hex'),
    spans: [
      {
        spanId: server,
        name: 'GET /items/{id}',
        kind: 2,
        startNs: nowNs - 20_000_000n,
        endNs: nowNs,
        attributes: { 'http.method': 'GET', 'http.route': '/items/{id}', 'http.target': '/items/7' },
      },
      {
        spanId: randomBytes(8).toString('hex'),
        parentSpanId: server,
        name: 'SELECT items',
        kind: 3,
        startNs: nowNs - 15_000_000n,
        endNs: nowNs - 5_000_000n,
        attributes: { 'db.system': 'postgresql', 'db.name': 'shop', 'net.peer.name': 'pg' },
      },
    ],
  };
}

/** The spans of `trace`, as the test checks them in the store. */
export function spansOf(trace: FaultTrace): FaultSpan[] {
  return trace.spans.map((s) => ({ traceId: trace.traceId, spanId: s.spanId, service: trace.service }));
}

/** `trace` as an OTLP/JSON `ExportTraceServiceRequest` (the OTLP/HTTP JSON body, the normalizer's `otlp_json`). */
export function otlpJson(trace: FaultTrace): string {
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: trace.service } }] },
        scopeSpans: [
          {
            scope: { name: 'faults-test' },
            spans: trace.spans.map((s) => ({
              traceId: trace.traceId,
              spanId: s.spanId,
              ...(s.parentSpanId === undefined ? {} : { parentSpanId: s.parentSpanId }),
              name: s.name,
              kind: s.kind,
              startTimeUnixNano: String(s.startNs),
              endTimeUnixNano: String(s.endNs),
              attributes: Object.entries(s.attributes).map(([key, v]) => ({ key, value: { stringValue: v } })),
            })),
          },
        ],
      },
    ],
  });
}

// Protobuf, written by hand: the few fields of the OTLP trace protos these requests use.
function varint(n: number | bigint): Buffer {
  let v = BigInt(n);
  const bytes: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    bytes.push(b);
  } while (v > 0n);
  return Buffer.from(bytes);
}
const tag = (field: number, wire: number): Buffer => varint((field << 3) | wire);
const bytesField = (field: number, value: Buffer): Buffer =>
  Buffer.concat([tag(field, 2), varint(value.length), value]);
const stringField = (field: number, value: string): Buffer => bytesField(field, Buffer.from(value, 'utf8'));
const varintField = (field: number, value: number): Buffer => Buffer.concat([tag(field, 0), varint(value)]);
function fixed64Field(field: number, value: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(value);
  return Buffer.concat([tag(field, 1), b]);
}
/** KeyValue { key = 1; AnyValue value = 2 { string_value = 1 } }. */
const keyValue = (key: string, value: string): Buffer =>
  Buffer.concat([stringField(1, key), bytesField(2, stringField(1, value))]);

/** `trace` as an OTLP protobuf `ExportTraceServiceRequest` (the OTLP gRPC message). */
export function otlpProto(trace: FaultTrace): Buffer {
  const spans = trace.spans.map((s) =>
    bytesField(
      2, // ScopeSpans.spans
      Buffer.concat([
        bytesField(1, Buffer.from(trace.traceId, 'hex')),
        bytesField(2, Buffer.from(s.spanId, 'hex')),
        ...(s.parentSpanId === undefined ? [] : [bytesField(4, Buffer.from(s.parentSpanId, 'hex'))]),
        stringField(5, s.name),
        varintField(6, s.kind),
        fixed64Field(7, s.startNs),
        fixed64Field(8, s.endNs),
        ...Object.entries(s.attributes).map(([k, v]) => bytesField(9, keyValue(k, v))),
      ]),
    ),
  );
  const scopeSpans = Buffer.concat([bytesField(1, stringField(1, 'faults-test')), ...spans]);
  const resource = bytesField(1, keyValue('service.name', trace.service));
  const resourceSpans = Buffer.concat([bytesField(1, resource), bytesField(2, scopeSpans)]);
  return bytesField(1, resourceSpans);
}
