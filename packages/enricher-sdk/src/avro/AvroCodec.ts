import { HtError } from '@ht/stream-core/errors';
import type avsc from 'avsc';
import { bigintAvroType } from './bigintLong.js';
import type { AvroSchema } from './schemaParts.js';

const INITIAL_SCRATCH_BYTES = 64 * 1024;
/** A value larger than this is encoded into a buffer of its own, so one huge trace does not pin memory. */
const MAX_SCRATCH_BYTES = 4 * 1024 * 1024;

/**
 * Encodes and decodes one model type with one Avro schema (longs as `bigint`). `decode` also reads data
 * written with an older or newer schema when given that writer schema (e.g. the one a schema registry
 * returns for the message's schema id), by Avro's resolution rules.
 *
 * @example
 * ```ts
 * const bytes = rawSpanCodec.encode(span);
 * const copy = rawSpanCodec.decode(bytes);
 * const fromOldWriter = rawSpanCodec.decode(oldBytes, oldSchema);
 * ```
 */
export class AvroCodec<T> {
  /** The schema as plain JSON, ready to register. */
  readonly schema: AvroSchema;
  private readonly type: avsc.Type;
  private readonly resolvers = new Map<string, avsc.Resolver>();
  /**
   * Where `encode` writes before copying the bytes out, grown to the largest value met (up to
   * {@link MAX_SCRATCH_BYTES}): each value is written once. avsc's `toBuffer` writes into a shared 1 KiB
   * buffer and writes a larger value a second time, which doubled the Avro cost of every trace.
   */
  private scratch = Buffer.allocUnsafe(INITIAL_SCRATCH_BYTES);

  constructor(
    /** The record name, used in error messages. */
    readonly name: string,
    schema: AvroSchema,
    private readonly toRecord: (value: T) => unknown,
    private readonly fromRecord: (record: never) => T,
  ) {
    this.schema = schema;
    this.type = bigintAvroType(schema);
  }

  /** Encodes `value`; throws `INPUT_INVALID` when it does not fit the schema. */
  encode(value: T): Buffer {
    try {
      const record = this.toRecord(value);
      let end = this.type.encode(record, this.scratch, 0);
      if (end < 0) {
        // avsc answers how many bytes were missing.
        const needed = this.scratch.length - end;
        if (needed > MAX_SCRATCH_BYTES) {
          const exact = Buffer.allocUnsafe(needed);
          this.type.encode(record, exact, 0);
          return exact;
        }
        this.scratch = Buffer.allocUnsafe(Math.min(MAX_SCRATCH_BYTES, Math.max(needed, this.scratch.length * 2)));
        end = this.type.encode(record, this.scratch, 0);
      }
      return Buffer.from(this.scratch.subarray(0, end));
    } catch (e) {
      throw new HtError('INPUT_INVALID', `cannot encode ${this.name} as Avro: ${(e as Error).message}`, { cause: e });
    }
  }

  /**
   * Decodes `bytes` written with this codec's schema, or with `writerSchema` when given; throws
   * `INPUT_INVALID` on truncated or malformed data or an incompatible writer schema.
   */
  decode(bytes: Uint8Array, writerSchema?: AvroSchema | string): T {
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const resolver = writerSchema === undefined ? undefined : this.resolverFor(writerSchema);
    let record: unknown;
    try {
      record = this.type.fromBuffer(buf, resolver);
    } catch (e) {
      throw new HtError('INPUT_INVALID', `cannot decode ${this.name} from Avro: ${(e as Error).message}`, { cause: e });
    }
    return this.fromRecord(record as never);
  }

  private resolverFor(writerSchema: AvroSchema | string): avsc.Resolver {
    const key = typeof writerSchema === 'string' ? writerSchema : JSON.stringify(writerSchema);
    let resolver = this.resolvers.get(key);
    if (resolver === undefined) {
      try {
        const writer = bigintAvroType(
          typeof writerSchema === 'string' ? (JSON.parse(writerSchema) as AvroSchema) : writerSchema,
        );
        resolver = this.type.createResolver(writer);
      } catch (e) {
        throw new HtError(
          'INPUT_INVALID',
          `${this.name} cannot read data written with that schema: ${(e as Error).message}`,
          {
            cause: e,
          },
        );
      }
      this.resolvers.set(key, resolver);
    }
    return resolver;
  }
}
