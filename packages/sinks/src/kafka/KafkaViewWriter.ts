import type { ViewDefinition } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import { validateRows } from '../rows/validateRows.js';
import type { ViewRow, ViewWriter } from '../store/ViewStore.js';
import type { KafkaProducerPort, KafkaRecord } from '@ht/stream-core/kafka';
import type { ViewRecordEncoder } from './ViewRecordEncoder.js';
import { jsonRecordEncoder } from './ViewRecordEncoder.js';

/**
 * Options of {@link createKafkaViewWriter}.
 *
 * @example
 * ```ts
 * const options: KafkaViewWriterOptions = { producer, views: [spanView], topic: (v) => `views.${v}` };
 * ```
 */
export interface KafkaViewWriterOptions {
  readonly producer: KafkaProducerPort;
  readonly views: readonly ViewDefinition[];
  /** Default JSON. */
  readonly encoder?: ViewRecordEncoder;
  /** The topic of a view. Default `ht.views.<view>`. */
  readonly topic?: (view: string) => string;
  /** A record's key. Default the view key's values joined by `:` (e.g. `tenant:trace:span`). */
  readonly key?: (view: ViewDefinition, row: ViewRow) => string;
  /** Value bytes per produce request (brokers refuse batches over `message.max.bytes`, 1 MB by default). */
  readonly maxRequestBytes?: number;
  /** Writes at once (the ViewSink's in-flight bound). Default 2. */
  readonly maxConcurrentWrites?: number;
}

/**
 * Writes view rows to Kafka topics as keyed records (a {@link ViewWriter}: put a `ViewSink` in front of
 * it for batching by rows/bytes/time and acks). A `write` resolves once the broker acknowledged every
 * record (acks=all), so the engine acknowledges the source records only then.
 *
 * @example
 * ```ts
 * const writer = await createKafkaViewWriter({ producer, views: [spanView] });
 * await writer.write('span_event_view', rows);
 * ```
 */
export class KafkaViewWriter implements ViewWriter {
  readonly capabilities: { readonly maxConcurrentWrites: number };
  private readonly views: Map<string, ViewDefinition>;

  constructor(private readonly options: KafkaViewWriterOptions) {
    this.views = new Map(options.views.map((v) => [v.name, v]));
    this.capabilities = { maxConcurrentWrites: options.maxConcurrentWrites ?? 2 };
  }

  /** The topic of a view. */
  topicOf(view: string): string {
    return this.options.topic?.(view) ?? `ht.views.${view}`;
  }

  async write(viewName: string, rows: readonly ViewRow[]): Promise<void> {
    const view = this.views.get(viewName);
    if (view === undefined)
      throw new HtError('LIFECYCLE', `view '${viewName}' is not one of this Kafka writer's views`);
    validateRows(view, rows);
    const encoder = this.options.encoder ?? defaultEncoder;
    const key =
      this.options.key ??
      ((v: ViewDefinition, r: ViewRow) => v.key.map((k) => String(r[k] as string | number)).join(':'));
    const limit = this.options.maxRequestBytes ?? 900_000;
    const sends: Promise<void>[] = [];
    let chunk: KafkaRecord[] = [];
    let bytes = 0;
    for (const row of rows) {
      const record = { key: key(view, row), value: encoder.encode(view, row) };
      if (bytes + record.value.length > limit && chunk.length > 0) {
        sends.push(this.options.producer.send(this.topicOf(viewName), chunk));
        chunk = [];
        bytes = 0;
      }
      chunk.push(record);
      bytes += record.value.length + record.key.length;
    }
    if (chunk.length > 0) sends.push(this.options.producer.send(this.topicOf(viewName), chunk));
    await Promise.all(sends);
  }

  async close(): Promise<void> {
    await this.options.producer.disconnect();
  }
}

const defaultEncoder = jsonRecordEncoder();

/**
 * Builds a {@link KafkaViewWriter} and prepares its encoder for every view (the Avro encoder registers
 * each view's schema under its subject here).
 *
 * @example
 * ```ts
 * import { ViewMaterializer } from '@ht/enricher-sdk/host';
 * import { kafkajsProducer } from '@ht/stream-core/kafka';
 * import { Kafka } from 'kafkajs';
 *
 * const producer = await kafkajsProducer(new Kafka({ brokers }), { idempotent: true });
 * const writer = await createKafkaViewWriter({ producer, views: [spanView], encoder: avroRecordEncoder({ registryUrl }) });
 * const views = new ViewMaterializer(plugins.loadedViews);
 * job.source(traceSource).mapAsync((t) => views.materialize(t)).to(new ViewSink(writer, views.views));
 * ```
 */
export async function createKafkaViewWriter(options: KafkaViewWriterOptions): Promise<KafkaViewWriter> {
  const writer = new KafkaViewWriter(options);
  const encoder = options.encoder ?? defaultEncoder;
  for (const view of options.views) await encoder.prepare(view, writer.topicOf(view.name));
  return writer;
}
