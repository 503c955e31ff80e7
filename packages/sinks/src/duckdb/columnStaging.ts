import {
  BIGINT,
  BOOLEAN,
  DOUBLE,
  DuckDBDataChunk,
  FLOAT,
  INTEGER,
  LIST,
  listValue,
  SMALLINT,
  TINYINT,
  UINTEGER,
  USMALLINT,
  UTINYINT,
  VARCHAR,
} from '@duckdb/node-api';
import type { DuckDBAppender, DuckDBType, DuckDBValue } from '@duckdb/node-api';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { ColumnType, ViewDefinition } from '@ht/enricher-sdk';
import { compileRowLoop } from '../rows/compileRowLoop.js';
import type { ViewRow } from '../store/ViewStore.js';

/** Rows per staged row: each staged row holds this many view rows as one list (or text) per column. */
const ROWS_PER_STAGED_ROW = 2048;

/**
 * How a view column is staged: joined text, joined texts with element counts, a list of values, or
 * lists of lists. `exact`: a list of DOUBLE holding 64-bit integers, exact while every value is a safe
 * integer (a batch holding a bigint there is staged as JSON instead); `cast` is the SQL type the merge
 * casts it back to.
 */
type Staging =
  | { readonly kind: 'text' }
  | { readonly kind: 'texts' }
  | { readonly kind: 'list'; readonly type: DuckDBType; readonly cast?: string }
  | { readonly kind: 'lists'; readonly type: DuckDBType; readonly big: boolean };

const list = (type: DuckDBType): Staging => ({ kind: 'list', type });
/** 64-bit integers as DOUBLE lists: no BigInt per value (exact below 2^53; bigints go the JSON way). */
const wide = (cast: string): Staging => ({ kind: 'list', type: DOUBLE, cast });

const STAGING: Record<ColumnType, Staging> = {
  string: { kind: 'text' },
  lowCardinalityString: { kind: 'text' },
  bool: list(BOOLEAN),
  int8: list(TINYINT),
  int16: list(SMALLINT),
  int32: list(INTEGER),
  int64: wide('BIGINT'),
  uint8: list(UTINYINT),
  uint16: list(USMALLINT),
  uint32: list(UINTEGER),
  uint64: wide('UBIGINT'),
  float32: list(FLOAT),
  float64: list(DOUBLE),
  datetime: wide('BIGINT'),
  stringArray: { kind: 'texts' },
  lowCardinalityStringArray: { kind: 'texts' },
  int64Array: { kind: 'lists', type: BIGINT, big: true },
  float64Array: { kind: 'lists', type: DOUBLE, big: false },
};

/** The separator of staged texts (a value holding it is caught by the merge's length checks). */
const SEPARATOR = '\u0000';
/** The separator of the elements of one row's string array (caught the same way). */
const ELEMENT_SEPARATOR = '\u0001';

const big = (v: unknown): bigint => (typeof v === 'bigint' ? v : BigInt(v as number));

/**
 * The staging table columns of a view: `n` (rows in the staged row), then per view column `c<i>`
 * (VARCHAR of the values joined by NUL, or a LIST of the values); a string array column is one VARCHAR
 * (per row its elements joined by U+0001, rows joined by NUL) and its element counts `k<i>`.
 *
 * @example
 * ```ts
 * stagingColumns(spanEventView); // [['n', INTEGER], ['c0', VARCHAR], …]
 * ```
 */
export function stagingColumns(view: ViewDefinition): [string, DuckDBType][] {
  const out: [string, DuckDBType][] = [['n', INTEGER]];
  Object.values(view.columns).forEach((spec, i) => {
    const s = STAGING[spec.type];
    if (s.kind === 'text') out.push([`c${i}`, VARCHAR]);
    else if (s.kind === 'texts') out.push([`c${i}`, VARCHAR], [`k${i}`, LIST(INTEGER)]);
    else if (s.kind === 'list') out.push([`c${i}`, LIST(s.type)]);
    else out.push([`c${i}`, LIST(LIST(s.type))]);
  });
  return out;
}

/**
 * How the merge reads a staged column back: its kind, and the SQL type a DOUBLE-staged 64-bit integer
 * column is cast to (`undefined` when the staged type is the column's own).
 */
export function stagingOf(type: ColumnType): { kind: Staging['kind']; cast: string | undefined } {
  const s = STAGING[type];
  return { kind: s.kind, cast: s.kind === 'list' ? s.cast : undefined };
}

/**
 * Fills per-column arrays from `n` rows starting at `start`, checking each value: `out[c]` the values
 * (texts for strings, joined elements for string arrays, numbers, booleans, list values), `counts[c]`
 * the element counts of string arrays. Returns false when a 64-bit column holds a bigint.
 */
type RowEncoder = (rows: readonly ViewRow[], start: number, n: number, out: unknown[][], counts: number[][]) => boolean;

/**
 * Compiles the row encoder of a view (`compileRowLoop`: one named property read and check per column),
 * storing each value where its staging wants it.
 */
function compileEncoder(view: ViewDefinition): RowEncoder {
  const store = (c: number, type: ColumnType): string => {
    const s = STAGING[type];
    if (s.kind === 'text') return `o${c}[r] = v;`;
    if (s.kind === 'texts') {
      return `n${c}[r] = v.length; o${c}[r] = v.length === 1 ? v[0] : v.join(${JSON.stringify(ELEMENT_SEPARATOR)});`;
    }
    if (s.kind === 'list')
      return s.cast === undefined ? `o${c}[r] = v;` : `if (typeof v !== 'number') return false; o${c}[r] = v;`;
    return `o${c}[r] = listValue(${s.big ? 'v.map(big)' : 'v'});`;
  };
  const prelude = Object.keys(view.columns)
    .map((_, c) => `const o${c} = out[${c}], n${c} = counts[${c}];`)
    .join('\n');
  return compileRowLoop<[unknown[][], number[][]], boolean>(view, {
    args: ['out', 'counts'],
    prelude,
    store,
    helpers: { listValue, big },
    result: 'true',
  });
}

const encoders = new WeakMap<ViewDefinition, RowEncoder>();

/** Staged rows per data chunk: the work between two yields to the event loop (~16k view rows, a few ms). */
const STAGED_ROWS_PER_CHUNK = 8;

/**
 * Checks and appends rows to a view's column staging table, {@link ROWS_PER_STAGED_ROW} view rows per
 * staged row: per column one text (strings joined by NUL) or one list, so a batch costs a few native
 * calls per column instead of one per value, and no JSON. DuckDB splits and unnests them in the merge.
 * Yields to the event loop between data chunks, so another batch's merge statements (each needs this
 * thread to be sent) keep DuckDB busy meanwhile. Throws `INPUT_INVALID` naming the row and column of a
 * value that does not fit its column (what `validateRows` checks); resolves false when a 64-bit integer
 * column holds a bigint (stage that batch as JSON). Either way, what was appended must be discarded.
 * Otherwise resolves the length of the texts staged (characters): what emptying the staging table
 * leaves behind (see `PreparedWrites`).
 *
 * @example
 * ```ts
 * if ((await appendColumns(appender, spanEventView, rows)) !== false) appender.flushSync();
 * ```
 */
export async function appendColumns(
  appender: DuckDBAppender,
  view: ViewDefinition,
  rows: readonly ViewRow[],
): Promise<number | false> {
  let encode = encoders.get(view);
  if (encode === undefined) encoders.set(view, (encode = compileEncoder(view)));
  const columns = Object.values(view.columns).map((spec) => STAGING[spec.type]);
  const types = stagingColumns(view).map(([, t]) => t);
  const staged = Math.ceil(rows.length / ROWS_PER_STAGED_ROW);
  let textLength = 0;
  for (let first = 0; first < staged; first += STAGED_ROWS_PER_CHUNK) {
    if (first > 0) await yieldToEventLoop();
    const count = Math.min(STAGED_ROWS_PER_CHUNK, staged - first);
    const values: DuckDBValue[][] = types.map(() => new Array<DuckDBValue>(count));
    for (let s = 0; s < count; s++) {
      const start = (first + s) * ROWS_PER_STAGED_ROW;
      const n = Math.min(rows.length, start + ROWS_PER_STAGED_ROW) - start;
      const out = columns.map(() => new Array<unknown>(n));
      const counts = columns.map((c) => (c.kind === 'texts' ? new Array<number>(n) : []));
      if (!encode(rows, start, n, out, counts)) return false;
      let v = 0;
      values[v++]![s] = n;
      columns.forEach((staging, c) => {
        if (staging.kind === 'list' || staging.kind === 'lists') values[v++]![s] = listValue(out[c] as DuckDBValue[]);
        else {
          const text = (out[c] as string[]).join(SEPARATOR);
          textLength += text.length;
          values[v++]![s] = text;
          if (staging.kind === 'texts') values[v++]![s] = listValue(counts[c]!);
        }
      });
    }
    const chunk = DuckDBDataChunk.create(types, count);
    chunk.setColumns(values);
    appender.appendDataChunk(chunk);
  }
  return textLength;
}
