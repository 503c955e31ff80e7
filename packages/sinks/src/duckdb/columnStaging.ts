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
  UBIGINT,
  UINTEGER,
  USMALLINT,
  UTINYINT,
  VARCHAR,
} from '@duckdb/node-api';
import type { DuckDBAppender, DuckDBType, DuckDBValue } from '@duckdb/node-api';
import type { ColumnType, ViewDefinition } from '@ht/enricher-sdk';
import type { ViewRow } from '../store/ViewStore.js';

/** Rows per staged row: each staged row holds this many view rows as one list (or text) per column. */
const ROWS_PER_STAGED_ROW = 2048;

/** How a view column is staged: joined text, a list of values, or lists of lists. */
type Staging =
  | { readonly kind: 'text' }
  | { readonly kind: 'texts' }
  | { readonly kind: 'list'; readonly type: DuckDBType; readonly big: boolean }
  | { readonly kind: 'lists'; readonly type: DuckDBType; readonly big: boolean };

const list = (type: DuckDBType, big = false): Staging => ({ kind: 'list', type, big });

const STAGING: Record<ColumnType, Staging> = {
  string: { kind: 'text' },
  lowCardinalityString: { kind: 'text' },
  bool: list(BOOLEAN),
  int8: list(TINYINT),
  int16: list(SMALLINT),
  int32: list(INTEGER),
  int64: list(BIGINT, true),
  uint8: list(UTINYINT),
  uint16: list(USMALLINT),
  uint32: list(UINTEGER),
  uint64: list(UBIGINT, true),
  float32: list(FLOAT),
  float64: list(DOUBLE),
  datetime: list(BIGINT, true),
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

/** The staging kind of a column type (the merge reads each kind back its own way). */
export function stagingKind(type: ColumnType): Staging['kind'] {
  return STAGING[type].kind;
}

/**
 * Appends validated rows to a view's column staging table, {@link ROWS_PER_STAGED_ROW} view rows per
 * staged row: per column one text (strings joined by NUL) or one list, so a batch costs a few native
 * calls per column instead of one per value, and no JSON. DuckDB splits and unnests them in the merge.
 *
 * @example
 * ```ts
 * appendColumns(appender, spanEventView, rows);
 * appender.flushSync();
 * ```
 */
export function appendColumns(appender: DuckDBAppender, view: ViewDefinition, rows: readonly ViewRow[]): void {
  const columns = Object.entries(view.columns).map(([name, spec]) => [name, STAGING[spec.type]] as const);
  const types = stagingColumns(view).map(([, t]) => t);
  const staged = Math.ceil(rows.length / ROWS_PER_STAGED_ROW);
  for (let first = 0; first < staged; first += ROWS_PER_STAGED_ROW) {
    const count = Math.min(ROWS_PER_STAGED_ROW, staged - first);
    const values: DuckDBValue[][] = types.map(() => new Array<DuckDBValue>(count));
    for (let s = 0; s < count; s++) {
      const start = (first + s) * ROWS_PER_STAGED_ROW;
      const end = Math.min(rows.length, start + ROWS_PER_STAGED_ROW);
      const n = end - start;
      let c = 0;
      values[c++]![s] = n;
      for (const [name, staging] of columns) {
        if (staging.kind === 'text') {
          const texts = new Array<string>(n);
          for (let r = 0; r < n; r++) texts[r] = rows[start + r]![name] as string;
          values[c++]![s] = texts.join(SEPARATOR);
        } else if (staging.kind === 'texts') {
          const texts = new Array<string>(n);
          const counts = new Array<number>(n);
          for (let r = 0; r < n; r++) {
            const arr = rows[start + r]![name] as readonly string[];
            counts[r] = arr.length;
            texts[r] = arr.length === 1 ? arr[0]! : arr.join(ELEMENT_SEPARATOR);
          }
          values[c++]![s] = texts.join(SEPARATOR);
          values[c++]![s] = listValue(counts);
        } else if (staging.kind === 'list') {
          const items = new Array<DuckDBValue>(n);
          if (staging.big) for (let r = 0; r < n; r++) items[r] = big(rows[start + r]![name]);
          else for (let r = 0; r < n; r++) items[r] = rows[start + r]![name] as number | boolean;
          values[c++]![s] = listValue(items);
        } else {
          const items = new Array<DuckDBValue>(n);
          for (let r = 0; r < n; r++) {
            const arr = rows[start + r]![name] as readonly (number | bigint)[];
            items[r] = listValue(staging.big ? arr.map(big) : arr);
          }
          values[c++]![s] = listValue(items);
        }
      }
    }
    const chunk = DuckDBDataChunk.create(types, count);
    chunk.setColumns(values);
    appender.appendDataChunk(chunk);
  }
}
