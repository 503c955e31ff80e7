import type { Trace } from '@ht/enricher-sdk';
import type { Sink } from '@ht/stream-core';
import { isHtError } from '@ht/stream-core';
import type { KafkaProducerPort, KafkaRecord } from '@ht/stream-core/kafka';

/**
 * A trace Kafka refused because its record is larger than the topic takes (`max.message.bytes`), as told
 * to {@link KafkaTraceSinkOptions.onTooLarge}.
 *
 * @example
 * ```ts
 * const onTooLarge = (t: OversizeTrace) => console.error(`trace ${t.traceId} (${t.spans} spans, ${t.bytes} bytes) dropped`);
 * ```
 */
export interface OversizeTrace {
  readonly topic: string;
  readonly tenantId: string;
  readonly traceId: string;
  readonly fragment: number;
  readonly spans: number;
  /** Encoded size before compression. */
  readonly bytes: number;
  readonly error: unknown;
}

/**
 * Options of a {@link KafkaTraceSink}.
 *
 * @example
 * ```ts
 * import { traceCodec } from '@ht/enricher-sdk';
 * const options: KafkaTraceSinkOptions = { producer, topic: 'structured-traces', encoder: traceCodec }; // a ConfluentAvroEncoder in production
 * ```
 */
export interface KafkaTraceSinkOptions {
  /** A producer port; send traces with compression (`kafkajsProducer(kafka, { compression: 'gzip' })`). */
  readonly producer: KafkaProducerPort;
  readonly topic: string;
  /** A trace's record value: a prepared `ConfluentAvroEncoder` of `traceCodec` or `enrichedTraceCodec`. */
  readonly encoder: { encode(trace: Trace): Buffer };
  /**
   * Value bytes per produce request before compression; a trace larger than this goes in a request of
   * its own. Default 900 000 (under a broker's default 1 MB `max.message.bytes`).
   */
  readonly maxRequestBytes?: number;
  /**
   * Told of a trace Kafka refused as too large (then it is left out, counted, and the write goes on).
   * Default: a warning line on stderr naming the trace.
   */
  readonly onTooLarge?: (trace: OversizeTrace) => void;
  /** Default `kafka:<topic>`. */
  readonly name?: string;
}

const TOO_LARGE = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE']);

/**
 * Writes traces (grouped, or enriched) to a Kafka topic, one record each keyed `tenant:traceId`: the sink
 * between the grouper, the enricher and the views stages. A `write` resolves once the broker acknowledged
 * every record (acks=all), so the engine acknowledges the source records only then. Kafka errors the
 * producer marks retriable reject with a retriable `HtError` (the engine retries the write). A trace the
 * topic refuses as too large (beyond `max.message.bytes` even compressed) is reported to `onTooLarge`,
 * counted (`tracesTooLarge`) and left out rather than failing the pipeline on every replay.
 *
 * @example
 * ```ts
 * import { traceCodec } from '@ht/enricher-sdk';
 *
 * import { ConfluentAvroEncoder, confluentSchemaRegistrar, kafkajsProducer } from '@ht/stream-core/kafka';
 * import { Kafka } from 'kafkajs';
 *
 * const registrar = confluentSchemaRegistrar({ url: registryUrl });
 * const traceEncoder = new ConfluentAvroEncoder({ registrar, codec: traceCodec, subject: 'structured-traces-value' });
 * await traceEncoder.prepare();
 * const gzipProducer = await kafkajsProducer(new Kafka({ brokers: ['127.0.0.1:9092'] }), { compression: 'gzip' });
 * const traceSink = new KafkaTraceSink({ producer: gzipProducer, topic: 'structured-traces', encoder: traceEncoder });
 * await traceSink.write(traces);
 * ```
 */
export class KafkaTraceSink implements Sink<Trace> {
  readonly name: string;
  private written = 0;
  private tooLarge = 0;

  constructor(private readonly options: KafkaTraceSinkOptions) {
    this.name = options.name ?? `kafka:${options.topic}`;
  }

  /** Traces Kafka acknowledged. */
  get tracesWritten(): number {
    return this.written;
  }

  /** Traces left out because the topic refused them as too large. */
  get tracesTooLarge(): number {
    return this.tooLarge;
  }

  async write(traces: readonly Trace[]): Promise<void> {
    const limit = this.options.maxRequestBytes ?? 900_000;
    const sends: Promise<void>[] = [];
    let chunk: KafkaRecord[] = [];
    let chunkTraces: Trace[] = [];
    let bytes = 0;
    const flush = (): void => {
      if (chunk.length === 0) return;
      sends.push(this.send(chunk, chunkTraces));
      chunk = [];
      chunkTraces = [];
      bytes = 0;
    };
    for (const trace of traces) {
      const record = { key: `${trace.tenantId}:${trace.traceId}`, value: this.options.encoder.encode(trace) };
      const size = record.value.length + record.key.length;
      if (bytes + size > limit) flush();
      chunk.push(record);
      chunkTraces.push(trace);
      bytes += size;
      if (bytes > limit) flush();
    }
    flush();
    await Promise.all(sends);
  }

  /** Prometheus text: `ht_kafka_trace_sink_*{sink="…"}`. */
  toPrometheus(): string {
    const label = `{sink="${this.name.replace(/["\\\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))}"}`;
    return [
      '# HELP ht_kafka_trace_sink_traces_written_total Traces Kafka acknowledged.',
      '# TYPE ht_kafka_trace_sink_traces_written_total counter',
      `ht_kafka_trace_sink_traces_written_total${label} ${this.written}`,
      '# HELP ht_kafka_trace_sink_traces_too_large_total Traces left out: larger than the topic takes.',
      '# TYPE ht_kafka_trace_sink_traces_too_large_total counter',
      `ht_kafka_trace_sink_traces_too_large_total${label} ${this.tooLarge}`,
      '',
    ].join('\n');
  }

  async close(): Promise<void> {
    await this.options.producer.disconnect();
  }

  private async send(records: KafkaRecord[], traces: Trace[]): Promise<void> {
    const { topic } = this.options;
    try {
      await this.options.producer.send(topic, records);
      this.written += records.length;
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      if (records.length > 1) {
        // One of them is too large: send each alone, so only that one is left out.
        await Promise.all(records.map((r, i) => this.send([r], [traces[i] as Trace])));
        return;
      }
      const trace = traces[0] as Trace;
      this.tooLarge++;
      const oversize: OversizeTrace = {
        topic,
        tenantId: trace.tenantId,
        traceId: trace.traceId,
        fragment: trace.fragment,
        spans: trace.spans.length,
        bytes: (records[0] as KafkaRecord).value.length,
        error,
      };
      (this.options.onTooLarge ?? warnTooLarge)(oversize);
    }
  }
}

function isTooLarge(error: unknown): boolean {
  for (let e: unknown = error; e !== undefined && e !== null; e = (e as { cause?: unknown }).cause) {
    const type = (e as { type?: unknown }).type;
    if (typeof type === 'string' && TOO_LARGE.has(type)) return true;
    if (isHtError(e) && e.retriable) return false;
  }
  return false;
}

function warnTooLarge(t: OversizeTrace): void {
  process.stderr.write(
    `[ht kafka trace sink] trace ${t.tenantId}:${t.traceId} fragment ${t.fragment} (${t.spans} spans, ${t.bytes} bytes) is larger than ${t.topic} takes (max.message.bytes); left out\n`,
  );
}
