import { HtError, isHtError } from '../errors/HtError.js';
import { retry } from '../retry/retry.js';
import type { SchemaRegistrar } from './SchemaRegistrar.js';

/**
 * What {@link ConfluentAvroEncoder} needs of an Avro codec: its schema as plain JSON and an encoder of
 * the Avro body. The `AvroCodec`s of `@ht/enricher-sdk` (`rawSpanCodec`, `traceCodec`,
 * `enrichedTraceCodec`) fit.
 *
 * @example
 * ```ts
 * // The AvroCodecs of @ht/enricher-sdk (rawSpanCodec, traceCodec, enrichedTraceCodec) fit; so does this one.
 * const writer: AvroWriter<string> = { name: 'Text', schema: { type: 'string' }, encode: (v) => Buffer.from(v) };
 * ```
 */
export interface AvroWriter<T> {
  readonly name: string;
  readonly schema: object;
  encode(value: T): Buffer;
}

/**
 * Options of {@link ConfluentAvroEncoder}.
 *
 * @example
 * ```ts
 * const options: ConfluentAvroEncoderOptions<string> = {
 *   registrar: confluentSchemaRegistrar({ url: 'http://127.0.0.1:8081/apis/ccompat/v7' }),
 *   codec: { name: 'Text', schema: { type: 'string' }, encode: (v) => Buffer.from(v) },
 *   subject: 'lines-value',
 * };
 * ```
 */
export interface ConfluentAvroEncoderOptions<T> {
  readonly registrar: SchemaRegistrar;
  readonly codec: AvroWriter<T>;
  /** The subject the schema is registered under (TopicNameStrategy: `<topic>-value`). */
  readonly subject: string;
  /**
   * How long `prepare` keeps retrying a registry that does not answer before it gives up. Default
   * 60 000 ms; `0` tries once.
   */
  readonly startTimeoutMs?: number;
  /** Told of each failed attempt before the next (a log line: the registry is down, retrying). */
  readonly onRetry?: (error: HtError, attempt: number, delayMs: number) => void;
}

const MAGIC = 0;

/**
 * Encodes values as Avro in the Confluent wire format (magic byte 0, the 4-byte schema id, the Avro
 * body), the schema registered once at start (`prepare`) and its id kept. A registry that does not
 * answer at start is retried with backoff (each failure told to `onRetry`) until `startTimeoutMs`; then
 * `prepare` rejects with a `DEPENDENCY_UNAVAILABLE` error naming the registry and the subject. A
 * registry that refuses the schema fails at once (`CONFIG_INVALID`).
 *
 * @example
 * ```ts
 * const registrar = confluentSchemaRegistrar({ url: 'http://127.0.0.1:8081/apis/ccompat/v7' });
 * const codec = { name: 'Text', schema: { type: 'string' }, encode: (v: string) => Buffer.from(v) };
 * const encoder = new ConfluentAvroEncoder({ registrar, codec, subject: 'lines-value' });
 * await encoder.prepare(); // with @ht/enricher-sdk's rawSpanCodec: the raw-spans topic's values
 * const value = encoder.encode('hello');
 * ```
 */
export class ConfluentAvroEncoder<T> {
  private header: Buffer | undefined;
  private preparing: Promise<void> | undefined;

  constructor(private readonly options: ConfluentAvroEncoderOptions<T>) {}

  /** The registered schema id (after `prepare`). */
  get schemaId(): number | undefined {
    return this.header?.readUInt32BE(1);
  }

  /** Registers the schema (once; later calls share the first). */
  prepare(): Promise<void> {
    this.preparing ??= this.register().catch((error: unknown) => {
      this.preparing = undefined;
      throw error;
    });
    return this.preparing;
  }

  /** The value in the Confluent wire format; throws `LIFECYCLE` before `prepare` resolved. */
  encode(value: T): Buffer {
    const header = this.header;
    if (header === undefined) {
      throw new HtError('LIFECYCLE', `${this.options.codec.name}: the schema is not registered yet (call prepare())`);
    }
    return Buffer.concat([header, this.options.codec.encode(value)]);
  }

  private async register(): Promise<void> {
    const { registrar, subject, codec } = this.options;
    const timeoutMs = this.options.startTimeoutMs ?? 60_000;
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    try {
      const id = await retry(() => registrar.register(subject, codec.schema), {
        retries: timeoutMs === 0 ? 0 : Number.MAX_SAFE_INTEGER,
        baseDelayMs: 250,
        maxDelayMs: 5_000,
        isRetriable: (error) => {
          last = error;
          return isHtError(error) && error.retriable && Date.now() < deadline;
        },
        onRetry: (error, attempt, delayMs) => this.options.onRetry?.(error as HtError, attempt, delayMs),
      });
      const header = Buffer.alloc(5);
      header.writeUInt8(MAGIC, 0);
      header.writeUInt32BE(id, 1);
      this.header = header;
    } catch (error) {
      if (isHtError(error) && !error.retriable) throw error;
      const cause = last ?? error;
      const why = cause instanceof Error ? cause.message : String(cause);
      throw new HtError(
        'DEPENDENCY_UNAVAILABLE',
        `cannot register the ${codec.name} schema under "${subject}" at ${registrar.url} (tried for ${timeoutMs} ms): ${why}; start the schema registry or fix its URL`,
        { retriable: true, cause: error, context: { subject } },
      );
    }
  }
}
