import type { Span } from '@ht/enricher-sdk';
import { HtError, isHtError } from '@ht/stream-core';
import type { KafkaProducerPort, KafkaRecord } from '@ht/stream-core/kafka';
import type { AcceptResult, SpanBatchMeta, SpanSink } from '../ingest/SpanSink.js';
import { ACCEPTED } from '../ingest/SpanSink.js';

/**
 * Options of a {@link KafkaSpanSink}.
 *
 * @example
 * ```ts
 * import { rawSpanCodec } from '@ht/enricher-sdk';
 * import { kafkajsProducer } from '@ht/stream-core/kafka';
 *
 * const producer = await kafkajsProducer(kafka);
 * // In production a ConfluentAvroEncoder of rawSpanCodec (the Confluent wire format); the bare codec fits too.
 * const options: KafkaSpanSinkOptions = { producer, topic: 'raw-spans', encoder: rawSpanCodec, sendTimeoutMs: 5_000 };
 * ```
 */
export interface KafkaSpanSinkOptions {
  readonly producer: KafkaProducerPort;
  /** Default `raw-spans`. */
  readonly topic?: string;
  /** A span's record value: a `ConfluentAvroEncoder` of `rawSpanCodec` (prepared), or any encoder. */
  readonly encoder: { encode(span: Span): Buffer };
  /**
   * How long one request's spans may take to be acknowledged by Kafka before the receiver answers 503 /
   * UNAVAILABLE. Default 5 000 ms: shorter than the OTel exporters' 10 s timeout, so the client gets our
   * answer (and retries) instead of timing out itself.
   */
  readonly sendTimeoutMs?: number;
  /** Value bytes per produce request (a broker refuses record batches over `max.message.bytes`, 1 MB by default). Default 900 000. */
  readonly maxRequestBytes?: number;
  /** Spans being sent at once; past it requests are answered 429 / RESOURCE_EXHAUSTED. Default 100 000. */
  readonly maxPendingSpans?: number;
  /** Name in metrics. Default `kafka:<topic>`. */
  readonly name?: string;
}

/**
 * The counters of a {@link KafkaSpanSink}.
 *
 * @example
 * ```ts
 * declare const kafkaSink: KafkaSpanSink;
 * const { spansWritten, requestsFailed } = kafkaSink.snapshot();
 * ```
 */
export interface KafkaSpanSinkSnapshot {
  /** Spans Kafka acknowledged (acks=all). */
  readonly spansWritten: number;
  /** Requests answered 503 because Kafka did not acknowledge in time or refused. */
  readonly requestsFailed: number;
  /** Requests answered 429 because `maxPendingSpans` were being sent. */
  readonly requestsThrottled: number;
  /** Spans being sent now. */
  readonly pendingSpans: number;
}

/**
 * The receivers' {@link SpanSink} of the distributed mode: each request's spans become records of the
 * `raw-spans` topic keyed `tenant:traceId` (a trace's spans share a partition), and `accept` resolves only
 * once Kafka acknowledged every one of them (acks=all). When Kafka cannot take them within
 * `sendTimeoutMs`, or refuses them, `accept` rejects with a retriable `DEPENDENCY_UNAVAILABLE` error,
 * which the receivers answer with 503 / gRPC UNAVAILABLE: a client is never told 2xx for spans that are
 * not written. (A send that times out may still complete later: the client's retry then writes the spans
 * again, which the keyed views absorb.)
 *
 * @example
 * ```ts
 * import { rawSpanCodec } from '@ht/enricher-sdk';
 * import { ConfluentAvroEncoder, confluentSchemaRegistrar, kafkajsProducer } from '@ht/stream-core/kafka';
 *
 * const encoder = new ConfluentAvroEncoder({ registrar: confluentSchemaRegistrar({ url }), codec: rawSpanCodec, subject: 'raw-spans-value' });
 * await encoder.prepare();
 * const spanSink = new KafkaSpanSink({ producer: await kafkajsProducer(kafka), encoder });
 * const receivers = await startReceivers({ sink: spanSink });
 * ```
 */
export class KafkaSpanSink implements SpanSink {
  readonly name: string;
  readonly topic: string;
  private spansWritten = 0;
  private requestsFailed = 0;
  private requestsThrottled = 0;
  private pendingSpans = 0;

  constructor(private readonly options: KafkaSpanSinkOptions) {
    this.topic = options.topic ?? 'raw-spans';
    this.name = options.name ?? `kafka:${this.topic}`;
  }

  async accept(spans: readonly Span[], meta: SpanBatchMeta): Promise<AcceptResult> {
    const maxPending = this.options.maxPendingSpans ?? 100_000;
    if (this.pendingSpans > 0 && this.pendingSpans + spans.length > maxPending) {
      this.requestsThrottled++;
      return { status: 'full', retryAfterMs: 1_000, reason: `${this.pendingSpans} spans are being written to Kafka` };
    }
    const records = spans.map((span): KafkaRecord => ({
      key: `${meta.tenantId}:${span.traceId}`,
      value: this.options.encoder.encode(span),
    }));
    this.pendingSpans += spans.length;
    const timeoutMs = this.options.sendTimeoutMs ?? 5_000;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new HtError(
              'DEPENDENCY_UNAVAILABLE',
              `Kafka did not acknowledge ${spans.length} spans on ${this.topic} within ${timeoutMs} ms`,
              {
                retriable: true,
                context: { topic: this.topic },
              },
            ),
          ),
        timeoutMs,
      );
    });
    const sent = Promise.all(this.requests(records).map((chunk) => this.options.producer.send(this.topic, chunk)));
    // The deadline may win: keep a late rejection of the sends from going unobserved.
    sent.catch(() => undefined);
    try {
      await Promise.race([sent, deadline]);
      this.spansWritten += spans.length;
      return ACCEPTED;
    } catch (error) {
      this.requestsFailed++;
      if (isHtError(error) && error.code === 'DEPENDENCY_UNAVAILABLE') throw error;
      throw new HtError(
        'DEPENDENCY_UNAVAILABLE',
        `Kafka refused ${spans.length} spans on ${this.topic}: ${error instanceof Error ? error.message : String(error)}`,
        { retriable: true, cause: error, context: { topic: this.topic } },
      );
    } finally {
      clearTimeout(timer);
      this.pendingSpans -= spans.length;
    }
  }

  snapshot(): KafkaSpanSinkSnapshot {
    return {
      spansWritten: this.spansWritten,
      requestsFailed: this.requestsFailed,
      requestsThrottled: this.requestsThrottled,
      pendingSpans: this.pendingSpans,
    };
  }

  /** Prometheus text: `ht_kafka_span_sink_*{sink="…"}`. */
  toPrometheus(): string {
    const s = this.snapshot();
    const label = `{sink="${this.name.replace(/["\\\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))}"}`;
    return [
      '# HELP ht_kafka_span_sink_spans_written_total Spans Kafka acknowledged.',
      '# TYPE ht_kafka_span_sink_spans_written_total counter',
      `ht_kafka_span_sink_spans_written_total${label} ${s.spansWritten}`,
      '# HELP ht_kafka_span_sink_requests_failed_total Requests answered 503: Kafka did not acknowledge in time or refused.',
      '# TYPE ht_kafka_span_sink_requests_failed_total counter',
      `ht_kafka_span_sink_requests_failed_total${label} ${s.requestsFailed}`,
      '# HELP ht_kafka_span_sink_requests_throttled_total Requests answered 429: too many spans were being sent.',
      '# TYPE ht_kafka_span_sink_requests_throttled_total counter',
      `ht_kafka_span_sink_requests_throttled_total${label} ${s.requestsThrottled}`,
      '# HELP ht_kafka_span_sink_pending_spans Spans being written to Kafka.',
      '# TYPE ht_kafka_span_sink_pending_spans gauge',
      `ht_kafka_span_sink_pending_spans${label} ${s.pendingSpans}`,
      '',
    ].join('\n');
  }

  /** Records cut into produce requests of at most `maxRequestBytes` of values and keys. */
  private requests(records: readonly KafkaRecord[]): KafkaRecord[][] {
    const limit = this.options.maxRequestBytes ?? 900_000;
    const out: KafkaRecord[][] = [];
    let chunk: KafkaRecord[] = [];
    let bytes = 0;
    for (const record of records) {
      const size = record.value.length + record.key.length;
      if (bytes + size > limit && chunk.length > 0) {
        out.push(chunk);
        chunk = [];
        bytes = 0;
      }
      chunk.push(record);
      bytes += size;
    }
    if (chunk.length > 0) out.push(chunk);
    return out;
  }
}
