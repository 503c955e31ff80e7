import Long from 'long';
import { malformed } from '../ingest/SpanDecoder.js';

type JsonObject = Record<string, unknown>;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;
const DECIMAL = /^-?\d{1,20}$/;
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * Typed, path-aware reads from a parsed JSON object: each accessor checks the type and throws an
 * `INPUT_INVALID` error naming the encoding and the JSON path (`resourceSpans[0].scopeSpans[2].spans[1].kind`)
 * when it is wrong. Absent keys (and `null`) read as the type's empty value, as protobuf's JSON mapping says.
 *
 * @example
 * ```ts
 * const root = JsonReader.parse('otlp_json', body);
 * const first = root.array('resourceSpans')[0]?.string('schemaUrl');
 * ```
 */
export class JsonReader {
  private constructor(
    private readonly encoding: string,
    private readonly obj: JsonObject,
    readonly path: string,
  ) {}

  /** Parses `payload` (UTF-8 JSON) whose top level must be an object. */
  static parse(encoding: string, payload: Uint8Array): JsonReader {
    const value = parseJson(encoding, payload);
    if (!isObject(value)) throw malformed(encoding, 'the top level must be a JSON object');
    return new JsonReader(encoding, value, '');
  }

  /** Parses `payload` whose top level must be an array of objects. */
  static parseArray(encoding: string, payload: Uint8Array): JsonReader[] {
    const value = parseJson(encoding, payload);
    if (!Array.isArray(value)) throw malformed(encoding, 'the top level must be a JSON array');
    return value.map((item, i) => JsonReader.of(encoding, item, `[${i}]`));
  }

  private static of(encoding: string, value: unknown, path: string): JsonReader {
    if (!isObject(value)) throw malformed(encoding, `${path} must be a JSON object`);
    return new JsonReader(encoding, value, path);
  }

  /** Whether `key` holds a non-null value. */
  has(key: string): boolean {
    return this.obj[key] !== undefined && this.obj[key] !== null;
  }

  /** The raw value of `key`. */
  raw(key: string): unknown {
    return this.obj[key];
  }

  /** The keys of this object. */
  keys(): string[] {
    return Object.keys(this.obj);
  }

  string(key: string): string {
    const v = this.obj[key];
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string') throw this.wrong(key, 'a string', v);
    return v;
  }

  bool(key: string): boolean {
    const v = this.obj[key];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') throw this.wrong(key, 'true or false', v);
    return v;
  }

  double(key: string): number {
    const v = this.obj[key];
    if (v === undefined || v === null) return 0;
    if (typeof v === 'number') return v;
    if (v === 'NaN' || v === 'Infinity' || v === '-Infinity') return Number(v);
    throw this.wrong(key, 'a number', v);
  }

  uint32(key: string): number {
    const v = this.obj[key];
    if (v === undefined || v === null) return 0;
    const n = typeof v === 'string' && DECIMAL.test(v) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffffffff) {
      throw this.wrong(key, 'an unsigned 32-bit integer', v);
    }
    return n;
  }

  /** A signed 64-bit integer given as a decimal string or a JSON number, exact. */
  int64(key: string): Long {
    return this.long(key, false);
  }

  /** An unsigned 64-bit integer given as a decimal string or a JSON number, exact. */
  uint64(key: string): Long {
    return this.long(key, true);
  }

  /**
   * Microseconds (Zipkin JSON times) as exact nanoseconds. Integers are exact; a fractional number (the
   * OpenTelemetry JS Zipkin exporter sends sub-microsecond parts) keeps the nanoseconds its double holds.
   */
  microsAsNanos(key: string): bigint {
    const v = this.obj[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && !Number.isInteger(v)) {
      const whole = Math.trunc(v);
      return BigInt(whole) * 1000n + BigInt(Math.round((v - whole) * 1000));
    }
    return BigInt(this.uint64(key).toString()) * 1000n;
  }

  /** Bytes given as hex (OTLP/JSON ids). */
  hex(key: string): Uint8Array {
    const v = this.string(key);
    if (!HEX.test(v)) throw this.wrong(key, 'a hex string', v);
    return Buffer.from(v, 'hex');
  }

  /** Bytes given as base64. */
  base64(key: string): Uint8Array {
    const v = this.string(key);
    if (!BASE64.test(v)) throw this.wrong(key, 'a base64 string', v);
    return Buffer.from(v, 'base64');
  }

  /** An enum given as its number or its name in `names`. */
  enumValue(key: string, names: readonly string[]): number {
    const v = this.obj[key];
    if (v === undefined || v === null) return 0;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    const index = typeof v === 'string' ? names.indexOf(v) : -1;
    if (index < 0) throw this.wrong(key, `an integer or one of ${names.join(', ')}`, v);
    return index;
  }

  /** An array of objects (absent: empty). */
  array(key: string): JsonReader[] {
    const v = this.obj[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw this.wrong(key, 'an array', v);
    return v.map((item, i) => JsonReader.of(this.encoding, item, `${this.at(key)}[${i}]`));
  }

  /** An array of scalars (absent: empty), returned as is after a type check of each element. */
  scalars(key: string): (string | number | boolean)[] {
    const v = this.obj[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((x) => !['string', 'number', 'boolean'].includes(typeof x))) {
      throw this.wrong(key, 'an array of strings, numbers or booleans', v);
    }
    return v as (string | number | boolean)[];
  }

  /** A nested object, or `undefined` when absent. */
  optionalObject(key: string): JsonReader | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    return JsonReader.of(this.encoding, v, this.at(key));
  }

  private long(key: string, unsigned: boolean): Long {
    const v = this.obj[key];
    if (v === undefined || v === null) return Long.fromInt(0, unsigned);
    if (typeof v === 'string' && DECIMAL.test(v)) return Long.fromString(v, unsigned);
    if (typeof v === 'number' && Number.isSafeInteger(v)) return Long.fromNumber(v, unsigned);
    throw this.wrong(key, `a${unsigned ? 'n unsigned' : ''} 64-bit integer (decimal string or number)`, v);
  }

  private at(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  private wrong(key: string, expected: string, got: unknown): Error {
    const shown = JSON.stringify(got) ?? String(got);
    return malformed(this.encoding, `${this.at(key)} must be ${expected}, got ${shown.slice(0, 60)}`);
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(encoding: string, payload: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('utf8'));
  } catch (error) {
    throw malformed(encoding, 'not valid JSON', error);
  }
}
