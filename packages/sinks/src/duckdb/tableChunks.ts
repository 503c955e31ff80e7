import duckdb from '@duckdb/node-bindings';
import {
  BIGINT,
  BOOLEAN,
  DOUBLE,
  DuckDBDataChunk,
  FLOAT,
  INTEGER,
  LIST,
  SMALLINT,
  TIMESTAMP,
  TINYINT,
  UBIGINT,
  UINTEGER,
  USMALLINT,
  UTINYINT,
  VARCHAR,
} from '@duckdb/node-api';
import type { DuckDBAppender, DuckDBType } from '@duckdb/node-api';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { ColumnType, ViewDefinition } from '@ht/enricher-sdk';
import { compileRowLoop } from '../rows/compileRowLoop.js';
import type { ViewRow } from '../store/ViewStore.js';
import type { TimeRange } from './ddl.js';

/** DuckDB's vector size: a data chunk holds at most this many rows. */
const CHUNK_ROWS = 2048;
/** Data chunks appended between two yields to the event loop (~8k rows, a few ms of JavaScript). */
const CHUNKS_PER_YIELD = 4;
/** Bytes of a `duckdb_string_t`: a 4-byte length, then 12 inlined bytes, or a 4-byte prefix and a pointer. */
const STRING_T = 16;
/** The longest string DuckDB keeps inside its `duckdb_string_t` (bytes). */
const INLINED = 12;
const TWO_32 = 4_294_967_296;

/**
 * One column of the data chunk being filled: `begin` starts a chunk of `rows` rows, `put` takes row `r`'s
 * checked value, `write` copies what was put into the chunk's vector with a few native calls. The
 * elements of a list column go to a child writer, which `extend` grows to `rows` rows as they come.
 */
interface ColumnWriter {
  begin(rows: number): void;
  extend(rows: number): void;
  put(r: number, value: never): void;
  write(vector: duckdb.Vector): void;
}

/**
 * Strings as DuckDB's `duckdb_string_t` entries, built in a buffer and copied into the vector at once: an
 * ASCII string of up to 12 characters is written inline in its entry; the longer ASCII strings are joined
 * into one text, which DuckDB takes with one call per chunk (into the vector's string heap, where it stays
 * until the chunk is reset, after the appender copied it), and their entries point into it; any other
 * string (non-ASCII) is assigned by DuckDB on its own. So a chunk's column costs three native calls, not
 * one per value (the built-in views hold ~55 strings and ~67 array elements a span). Joining is V8 copying
 * flat strings; a JavaScript loop copying their characters into a byte buffer cost ~10 µs a span more.
 */
class StringWriter implements ColumnWriter {
  private bytes = new Uint8Array(CHUNK_ROWS * STRING_T);
  private words = new Uint32Array(this.bytes.buffer);
  private count = 0;
  /** The long strings, in order, and their rows. */
  private readonly longs: string[] = [];
  private readonly longRows: number[] = [];
  private longCount = 0;
  private readonly otherRows: number[] = [];
  private readonly others: string[] = [];
  private otherCount = 0;

  begin(rows: number): void {
    this.count = 0;
    this.longCount = 0;
    this.otherCount = 0;
    this.extend(rows);
  }

  extend(rows: number): void {
    if (rows * STRING_T > this.bytes.length) {
      const bytes = new Uint8Array(Math.max(rows, this.bytes.length / 8) * STRING_T);
      bytes.set(this.bytes.subarray(0, this.count * STRING_T));
      this.bytes = bytes;
      this.words = new Uint32Array(bytes.buffer);
    }
    this.count = rows;
  }

  put(r: number, s: string): void {
    const length = s.length;
    const words = this.words;
    const w = r * 4;
    if (length <= INLINED) {
      // Every byte of the entry is written: what DuckDB compares inlined strings by.
      words[w + 1] = 0;
      words[w + 2] = 0;
      words[w + 3] = 0;
      const bytes = this.bytes;
      const at = r * STRING_T + 4;
      for (let i = 0; i < length; i++) {
        const code = s.charCodeAt(i);
        if (code >= 0x80) return this.other(r, s);
        bytes[at + i] = code;
      }
      words[w] = length;
      return;
    }
    this.longs[this.longCount] = s;
    this.longRows[this.longCount++] = r;
  }

  write(vector: duckdb.Vector): void {
    if (this.longCount > 0) this.pointLongs(vector);
    duckdb.copy_data_to_vector(vector, 0, this.bytes.buffer, 0, this.count * STRING_T);
    for (let i = 0; i < this.otherCount; i++) {
      duckdb.vector_assign_string_element(vector, this.otherRows[i]!, this.others[i]!);
    }
  }

  /** A string DuckDB assigns on its own (after the entries are copied, over its entry). */
  private other(r: number, s: string): void {
    this.otherRows[this.otherCount] = r;
    this.others[this.otherCount++] = s;
  }

  /**
   * Hands the long strings to DuckDB as one joined text and points their entries into it, when it is all
   * ASCII (then character offsets are byte offsets); otherwise each non-ASCII one goes to `others`.
   */
  private pointLongs(vector: duckdb.Vector): void {
    const { longs, longRows } = this;
    if (longs.length !== this.longCount) longs.length = this.longCount;
    let joined = longs.join('');
    if (Buffer.byteLength(joined, 'utf8') !== joined.length) {
      let kept = 0;
      for (let i = 0; i < this.longCount; i++) {
        const s = longs[i]!;
        if (Buffer.byteLength(s, 'utf8') === s.length) {
          longs[kept] = s;
          longRows[kept++] = longRows[i]!;
        } else this.other(longRows[i]!, s);
      }
      this.longCount = kept;
      longs.length = kept;
      if (kept === 0) return;
      joined = longs.join('');
    }
    // Entry 0 is overwritten by the copy that follows; the text stays in the vector's heap.
    duckdb.vector_assign_string_element(vector, 0, joined);
    const head = duckdb.vector_get_data(vector, STRING_T);
    const view = new DataView(head.buffer, head.byteOffset, STRING_T);
    const baseLow = view.getUint32(8, true);
    const baseHigh = view.getUint32(12, true);
    const words = this.words;
    let offset = 0;
    for (let i = 0; i < this.longCount; i++) {
      const length = longs[i]!.length;
      const w = longRows[i]! * 4;
      words[w] = length;
      words[w + 1] =
        joined.charCodeAt(offset) |
        (joined.charCodeAt(offset + 1) << 8) |
        (joined.charCodeAt(offset + 2) << 16) |
        (joined.charCodeAt(offset + 3) << 24);
      const low = baseLow + offset;
      words[w + 2] = low % TWO_32;
      words[w + 3] = low >= TWO_32 ? baseHigh + 1 : baseHigh;
      offset += length;
    }
  }
}

/** The typed arrays of fixed-width columns. */
type NumberArray =
  | Float64Array<ArrayBuffer>
  | Float32Array<ArrayBuffer>
  | Int32Array<ArrayBuffer>
  | Uint32Array<ArrayBuffer>
  | Int16Array<ArrayBuffer>
  | Uint16Array<ArrayBuffer>
  | Int8Array<ArrayBuffer>
  | Uint8Array<ArrayBuffer>;

/** Fixed-width numbers (and booleans) in a typed array copied into the vector at once. */
class NumberWriter implements ColumnWriter {
  private readonly values: NumberArray;
  private count = 0;

  constructor(
    make: (length: number) => NumberArray,
    private readonly bool = false,
  ) {
    this.values = make(CHUNK_ROWS);
  }

  begin(rows: number): void {
    this.count = rows;
  }

  /** Never a list's child: the chunk's rows fit. */
  extend(rows: number): void {
    this.count = rows;
  }

  put(r: number, v: number | boolean): void {
    this.values[r] = this.bool ? (v ? 1 : 0) : (v as number);
  }

  write(vector: duckdb.Vector): void {
    const { values } = this;
    duckdb.copy_data_to_vector(vector, 0, values.buffer, 0, this.count * values.BYTES_PER_ELEMENT);
  }
}

/**
 * 64-bit integers (BIGINT, UBIGINT, TIMESTAMP µs): a safe-integer number written as two 32-bit halves
 * (no BigInt per value), a bigint as itself. Grows for the elements of list columns.
 */
class Int64Writer implements ColumnWriter {
  private words = new Uint32Array(CHUNK_ROWS * 2);
  private count = 0;

  constructor(private readonly unsigned: boolean) {}

  begin(rows: number): void {
    this.count = 0;
    this.extend(rows);
  }

  extend(rows: number): void {
    if (rows * 2 > this.words.length) {
      const words = new Uint32Array(Math.max(rows, this.words.length) * 2);
      words.set(this.words.subarray(0, this.count * 2));
      this.words = words;
    }
    this.count = rows;
  }

  put(r: number, v: number | bigint): void {
    if (typeof v === 'number') {
      const high = Math.floor(v / TWO_32);
      this.words[r * 2] = v - high * TWO_32;
      this.words[r * 2 + 1] = high;
    } else if (this.unsigned) new BigUint64Array(this.words.buffer, r * 8, 1)[0] = v;
    else new BigInt64Array(this.words.buffer, r * 8, 1)[0] = v;
  }

  write(vector: duckdb.Vector): void {
    duckdb.copy_data_to_vector(vector, 0, this.words.buffer, 0, this.count * 8);
  }
}

/** A list column: per row its (offset, length) entry, the elements in a child writer (grown as needed). */
class ListWriter<Child extends ColumnWriter = ColumnWriter> implements ColumnWriter {
  protected readonly entries = new Uint32Array(CHUNK_ROWS * 4);
  protected count = 0;
  protected total = 0;

  constructor(protected readonly child: Child) {}

  begin(rows: number): void {
    this.entries.fill(0, 0, rows * 4);
    this.count = rows;
    this.total = 0;
    this.child.begin(0);
  }

  /** Never a list's child (no list of lists). */
  extend(rows: number): void {
    this.count = rows;
  }

  put(r: number, list: readonly never[]): void {
    const { child, total } = this;
    const n = list.length;
    this.entries[r * 4] = total;
    this.entries[r * 4 + 2] = n;
    child.extend(total + n);
    for (let i = 0; i < n; i++) child.put(total + i, list[i]!);
    this.total = total + n;
  }

  write(vector: duckdb.Vector): void {
    duckdb.list_vector_reserve(vector, this.total);
    duckdb.list_vector_set_size(vector, this.total);
    this.child.write(duckdb.list_vector_get_child(vector));
    duckdb.copy_data_to_vector(vector, 0, this.entries.buffer, 0, this.count * 16);
  }
}

/**
 * A string list column (the built-in views' attribute arrays): {@link ListWriter} with its elements'
 * check fused into the copy (`put` is false when one is not a string; the row loop only checks for an
 * array), and a string child it calls directly.
 */
class StringListWriter extends ListWriter<StringWriter> {
  constructor() {
    super(new StringWriter());
  }

  override put(r: number, list: readonly unknown[]): boolean {
    const { child, total } = this;
    const n = list.length;
    for (let i = 0; i < n; i++) if (typeof list[i] !== 'string') return false;
    this.entries[r * 4] = total;
    this.entries[r * 4 + 2] = n;
    child.extend(total + n);
    for (let i = 0; i < n; i++) child.put(total + i, list[i] as string);
    this.total = total + n;
    return true;
  }
}

/** DOUBLE list elements: a Float64Array grown to the chunk's element count. */
class GrowingFloat64Writer implements ColumnWriter {
  private values = new Float64Array(CHUNK_ROWS);
  private count = 0;

  begin(rows: number): void {
    this.count = 0;
    this.extend(rows);
  }

  extend(rows: number): void {
    if (rows > this.values.length) {
      const values = new Float64Array(Math.max(rows, this.values.length * 2));
      values.set(this.values.subarray(0, this.count));
      this.values = values;
    }
    this.count = rows;
  }

  put(r: number, v: number): void {
    this.values[r] = v;
  }

  write(vector: duckdb.Vector): void {
    duckdb.copy_data_to_vector(vector, 0, this.values.buffer, 0, this.count * 8);
  }
}

/** Each column type: the table's DuckDB type (as `columnTypes.ts` creates it) and its writer. */
const COLUMNS: Record<ColumnType, { type: DuckDBType; writer: () => ColumnWriter }> = {
  string: { type: VARCHAR, writer: () => new StringWriter() },
  lowCardinalityString: { type: VARCHAR, writer: () => new StringWriter() },
  bool: { type: BOOLEAN, writer: () => new NumberWriter((n) => new Uint8Array(n), true) },
  int8: { type: TINYINT, writer: () => new NumberWriter((n) => new Int8Array(n)) },
  int16: { type: SMALLINT, writer: () => new NumberWriter((n) => new Int16Array(n)) },
  int32: { type: INTEGER, writer: () => new NumberWriter((n) => new Int32Array(n)) },
  int64: { type: BIGINT, writer: () => new Int64Writer(false) },
  uint8: { type: UTINYINT, writer: () => new NumberWriter((n) => new Uint8Array(n)) },
  uint16: { type: USMALLINT, writer: () => new NumberWriter((n) => new Uint16Array(n)) },
  uint32: { type: UINTEGER, writer: () => new NumberWriter((n) => new Uint32Array(n)) },
  uint64: { type: UBIGINT, writer: () => new Int64Writer(true) },
  float32: { type: FLOAT, writer: () => new NumberWriter((n) => new Float32Array(n)) },
  float64: { type: DOUBLE, writer: () => new NumberWriter((n) => new Float64Array(n)) },
  datetime: { type: TIMESTAMP, writer: () => new Int64Writer(false) },
  stringArray: { type: LIST(VARCHAR), writer: () => new StringListWriter() },
  lowCardinalityStringArray: { type: LIST(VARCHAR), writer: () => new StringListWriter() },
  int64Array: { type: LIST(BIGINT), writer: () => new ListWriter(new Int64Writer(false)) },
  float64Array: { type: LIST(DOUBLE), writer: () => new ListWriter(new GrowingFloat64Writer()) },
};

/** The smallest and largest time of the rows appended (µs). */
interface Range {
  from: number;
  to: number;
}

/**
 * Checks rows `start … start + n - 1`, puts each value into its column's writer (view column order) and
 * widens `range` to the time column's values.
 */
type ChunkEncoder = (
  rows: readonly ViewRow[],
  start: number,
  n: number,
  writers: readonly ColumnWriter[],
  range: Range,
) => void;

const isArray = (v: unknown): boolean => Array.isArray(v);
const STRING_LISTS: ReadonlySet<ColumnType> = new Set(['stringArray', 'lowCardinalityStringArray']);

function compileEncoder(view: ViewDefinition): ChunkEncoder {
  const names = Object.keys(view.columns);
  const prelude = names.map((_, c) => `const w${c} = writers[${c}];`).join('\n');
  return compileRowLoop<[readonly ColumnWriter[], Range], void>(view, {
    args: ['writers', 'range'],
    prelude,
    // A string list's elements are checked while copied (StringListWriter.put).
    check: (_, type) => (STRING_LISTS.has(type) ? isArray : undefined),
    store: (c, type) => {
      if (STRING_LISTS.has(type)) return `if (!w${c}.put(r, v)) fail(start + r, ${c}, v);`;
      if (names[c] === view.timeColumn) {
        return `w${c}.put(r, v); if (v < range.from) range.from = v; if (v > range.to) range.to = v;`;
      }
      return `w${c}.put(r, v);`;
    },
    result: 'undefined',
  });
}

const encoders = new WeakMap<ViewDefinition, ChunkEncoder>();

/**
 * The DuckDB types of a view's table, in the table's column order (`columns`: its names in that order,
 * which differs from the view's after a migration added a column).
 *
 * @example
 * ```ts
 * tableChunkTypes(spanView, ['trace_id', 'span_id', 'start_time']); // [VARCHAR, VARCHAR, TIMESTAMP]
 * ```
 */
export function tableChunkTypes(view: ViewDefinition, columns: readonly string[]): DuckDBType[] {
  return columns.map((name) => COLUMNS[view.columns[name]!.type].type);
}

/**
 * Appends checked rows to one view's table through an appender created on the table itself, one DuckDB
 * data chunk of 2048 rows at a time, every column written as a typed vector: numbers and booleans copied
 * from typed arrays, 64-bit integers as two 32-bit halves (bigints as themselves), strings as DuckDB
 * string entries (see `StringWriter`), lists as entries and a child vector. No staging table, no text to
 * split, no `INSERT … SELECT`. `columns` are the table's column names in its order (the view's columns,
 * in the order the table has them). Values are checked as `validateRows` checks them (throwing its
 * `INPUT_INVALID`, naming row and column); a throw leaves part of the batch in the appender: clear it.
 * One append at a time per writer (its buffers are reused from batch to batch). Yields to the event loop
 * every few chunks.
 *
 * @example
 * ```ts
 * const writer = new TableChunkWriter(view, Object.keys(view.columns));
 * const appender = await connection.createAppender(view.name, 'main');
 * const range = await writer.append(appender, rows);
 * appender.flushSync();
 * ```
 */
export class TableChunkWriter {
  private readonly encode: ChunkEncoder;
  private readonly writers: ColumnWriter[];
  private readonly order: number[];
  private readonly types: DuckDBType[];

  constructor(
    private readonly view: ViewDefinition,
    /** The table's column names, in its order. */
    readonly columns: readonly string[],
  ) {
    let encode = encoders.get(view);
    if (encode === undefined) encoders.set(view, (encode = compileEncoder(view)));
    this.encode = encode;
    const names = Object.keys(view.columns);
    this.writers = names.map((name) => COLUMNS[view.columns[name]!.type].writer());
    this.order = columns.map((name) => names.indexOf(name));
    this.types = tableChunkTypes(view, columns);
  }

  /**
   * Checks and appends `rows`; resolves the smallest and largest value of the view's time column (µs),
   * undefined for a view without one.
   */
  async append(appender: DuckDBAppender, rows: readonly ViewRow[]): Promise<TimeRange | undefined> {
    const { encode, writers, order } = this;
    const range: Range = { from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY };
    const chunk = DuckDBDataChunk.create(this.types);
    const handle = chunk.chunk;
    try {
      for (let start = 0, chunks = 0; start < rows.length; start += CHUNK_ROWS, chunks++) {
        if (chunks > 0 && chunks % CHUNKS_PER_YIELD === 0) await yieldToEventLoop();
        const n = Math.min(CHUNK_ROWS, rows.length - start);
        for (const w of writers) w.begin(n);
        encode(rows, start, n, writers, range);
        duckdb.data_chunk_reset(handle);
        duckdb.data_chunk_set_size(handle, n);
        for (let j = 0; j < order.length; j++) writers[order[j]!]!.write(duckdb.data_chunk_get_vector(handle, j));
        appender.appendDataChunk(chunk);
      }
    } finally {
      duckdb.data_chunk_reset(handle);
    }
    return this.view.timeColumn === '' ? undefined : { fromMicros: range.from, toMicros: range.to };
  }
}
