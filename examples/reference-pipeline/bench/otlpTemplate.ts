import { randomBytes } from 'node:crypto';

/**
 * Where to patch an encoded OTLP/HTTP protobuf request (`ExportTraceServiceRequest`) so that each copy
 * carries fresh trace ids and current times: byte offsets of every `trace_id` value (with the index of
 * the trace it belongs to) and of every fixed64 time (span start and end, event times).
 */
export interface OtlpPatchPoints {
  readonly traceIdOffsets: readonly number[];
  /** Per entry of `traceIdOffsets`: which of the request's traces (0-based) the id belongs to. */
  readonly traceIndexes: readonly number[];
  readonly timeOffsets: readonly number[];
  readonly spans: number;
  readonly traces: number;
}

/** A request body plus its patch points, as the bench writes it to a file for the load process. */
export interface OtlpTemplateFile extends OtlpPatchPoints {
  /** The encoded request, base64. */
  readonly body: string;
  /** The earliest span start in the request (unix ns, as a decimal string). */
  readonly baseNanos: string;
}

/** One protobuf field: its number, wire type, and where its value starts and ends. */
interface Field {
  readonly number: number;
  readonly wireType: number;
  readonly start: number;
  readonly end: number;
}

function readVarint(buf: Uint8Array, pos: number): [value: number, next: number] {
  let value = 0;
  let shift = 1;
  for (;;) {
    const byte = buf[pos++]!;
    value += (byte & 0x7f) * shift;
    if (byte < 0x80) return [value, pos];
    shift *= 128;
  }
}

/** The fields of one protobuf message in `buf[start, end)`. */
function fields(buf: Uint8Array, start: number, end: number): Field[] {
  const out: Field[] = [];
  let pos = start;
  while (pos < end) {
    const [key, afterKey] = readVarint(buf, pos);
    const number = Math.floor(key / 8);
    const wireType = key & 7;
    let valueStart = afterKey;
    let valueEnd: number;
    if (wireType === 0) valueEnd = readVarint(buf, afterKey)[1];
    else if (wireType === 1) valueEnd = afterKey + 8;
    else if (wireType === 5) valueEnd = afterKey + 4;
    else if (wireType === 2) {
      const [length, afterLength] = readVarint(buf, afterKey);
      valueStart = afterLength;
      valueEnd = afterLength + length;
    } else throw new Error(`unsupported protobuf wire type ${wireType} at ${pos}`);
    out.push({ number, wireType, start: valueStart, end: valueEnd });
    pos = valueEnd;
  }
  return out;
}

/**
 * Finds the patch points of an encoded `ExportTraceServiceRequest`: resource_spans (1) → scope_spans (2)
 * → spans (2) → trace_id (1), start (7), end (8), events (11) → time (1); span links (13) → trace_id (1).
 */
export function otlpPatchPoints(body: Uint8Array): OtlpPatchPoints {
  const traceIdOffsets: number[] = [];
  const traceIndexes: number[] = [];
  const timeOffsets: number[] = [];
  const traceIndex = new Map<string, number>();
  let spans = 0;
  const traceId = (field: Field): void => {
    if (field.end - field.start !== 16) return;
    const hex = Buffer.from(body.subarray(field.start, field.end)).toString('hex');
    let index = traceIndex.get(hex);
    if (index === undefined) traceIndex.set(hex, (index = traceIndex.size));
    traceIdOffsets.push(field.start);
    traceIndexes.push(index);
  };
  for (const resourceSpans of fields(body, 0, body.length)) {
    if (resourceSpans.number !== 1) continue;
    for (const scopeSpans of fields(body, resourceSpans.start, resourceSpans.end)) {
      if (scopeSpans.number !== 2) continue;
      for (const span of fields(body, scopeSpans.start, scopeSpans.end)) {
        if (span.number !== 2) continue;
        spans++;
        for (const field of fields(body, span.start, span.end)) {
          if (field.number === 1) traceId(field);
          else if ((field.number === 7 || field.number === 8) && field.wireType === 1) timeOffsets.push(field.start);
          else if (field.number === 11) {
            for (const eventField of fields(body, field.start, field.end))
              if (eventField.number === 1 && eventField.wireType === 1) timeOffsets.push(eventField.start);
          } else if (field.number === 13) {
            for (const linkField of fields(body, field.start, field.end))
              if (linkField.number === 1) traceId(linkField);
          }
        }
      }
    }
  }
  return { traceIdOffsets, traceIndexes, timeOffsets, spans, traces: traceIndex.size };
}

/**
 * Makes copies of one encoded OTLP request, each with fresh trace ids (8 random bytes of this template,
 * then the copy's sequence number and the trace's index) and its times moved so that the request's
 * earliest span starts now.
 *
 * @example
 * ```ts
 * const template = OtlpTemplate.fromFile(JSON.parse(readFileSync(file, 'utf8')) as OtlpTemplateFile);
 * const body = template.instantiate(0); // 512 spans of 64 fresh traces
 * ```
 */
export class OtlpTemplate {
  readonly spans: number;
  readonly traces: number;
  private readonly prefix = randomBytes(8);
  private constructor(
    private readonly body: Buffer,
    private readonly points: OtlpPatchPoints,
    private readonly baseNanos: bigint,
  ) {
    this.spans = points.spans;
    this.traces = points.traces;
  }

  /** A template of a request and its patch points (see {@link otlpPatchPoints}). */
  static fromFile(file: OtlpTemplateFile): OtlpTemplate {
    return new OtlpTemplate(Buffer.from(file.body, 'base64'), file, BigInt(file.baseNanos));
  }

  /** The trace id (hex) that copy `sequence` gives trace `index` of the request. */
  traceId(sequence: number, index: number): string {
    const id = Buffer.alloc(16);
    this.prefix.copy(id, 0);
    id.writeUInt32BE(sequence >>> 0, 8);
    id.writeUInt32BE(index, 12);
    return id.toString('hex');
  }

  /** Copy `sequence` of the request: fresh trace ids, times shifted to `nowMs` (default the clock). */
  instantiate(sequence: number, nowMs = Date.now()): Buffer {
    const copy = Buffer.from(this.body);
    const { traceIdOffsets, traceIndexes, timeOffsets } = this.points;
    for (let i = 0; i < traceIdOffsets.length; i++) {
      const at = traceIdOffsets[i]!;
      this.prefix.copy(copy, at);
      copy.writeUInt32BE(sequence >>> 0, at + 8);
      copy.writeUInt32BE(traceIndexes[i]!, at + 12);
    }
    const shift = BigInt(nowMs) * 1_000_000n - this.baseNanos;
    for (const at of timeOffsets) copy.writeBigUInt64LE(copy.readBigUInt64LE(at) + shift, at);
    return copy;
  }
}
