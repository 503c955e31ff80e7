import type { ColumnType, ViewDefinition } from '@ht/enricher-sdk';
import type { ViewRow } from '../store/ViewStore.js';
import { columnCheck } from './columnCheck.js';
import { invalidRow } from './invalidRow.js';

/** What a compiled loop does with each checked value, and what else its source may use. */
export interface RowLoopSpec {
  /** Parameters after `(rows, start, n)`. */
  readonly args: readonly string[];
  /** Source run once before the loop (may read the `args`). */
  readonly prelude?: string;
  /**
   * Source run for column `c` after its value `v` of row `start + r` passed its check (may `return`
   * early from the loop function); '' to only check.
   */
  readonly store: (c: number, type: ColumnType) => string;
  /**
   * The check of column `c` in place of `columnCheck(type)`, for a `store` that finishes checking the
   * value itself (and calls `fail(start + r, c, v)` when it does not fit); undefined for `columnCheck`.
   */
  readonly check?: (c: number, type: ColumnType) => ((value: unknown) => boolean) | undefined;
  /** Values the source may name (helpers): name -> value. */
  readonly helpers?: Readonly<Record<string, unknown>>;
  /** Source of the value returned after the loop. */
  readonly result: string;
}

/**
 * Compiles a loop over rows `start … start + n - 1` of a view: each column read with its own named
 * property read, so V8 sees one fixed property at every read site (a generic loop reading `row[name]`
 * for every column name goes megamorphic, and cost a third of the DuckDB staging time), checked with
 * `columnCheck` (throwing the `INPUT_INVALID` of `validateRows`, naming row and column), then handed to
 * `spec.store`. Column names enter the source only as `JSON.stringify`d literals.
 *
 * @example
 * ```ts
 * const check = compileRowLoop<[], void>(view, { args: [], store: () => '', result: 'undefined' });
 * check(rows, 0, rows.length);
 * ```
 */
export function compileRowLoop<A extends unknown[], R>(
  view: ViewDefinition,
  spec: RowLoopSpec,
): (rows: readonly ViewRow[], start: number, n: number, ...args: A) => R {
  const entries = Object.entries(view.columns);
  const checks = entries.map(([, column], c) => spec.check?.(c, column.type) ?? columnCheck(column.type));
  const fail = (row: number, column: number, value: unknown): never => {
    throw invalidRow(view, row, column < 0 ? undefined : entries[column]![0], value);
  };
  const body = [
    spec.prelude ?? '',
    'let v;',
    'for (let r = 0; r < n; r++) {',
    '  const row = rows[start + r];',
    "  if (typeof row !== 'object' || row === null) fail(start + r, -1, row);",
    ...entries.map(
      ([name, column], c) =>
        `  v = row[${JSON.stringify(name)}]; if (!check${c}(v)) fail(start + r, ${c}, v); ${spec.store(c, column.type)}`,
    ),
    '}',
    `return ${spec.result};`,
  ].join('\n');
  const helpers = Object.entries(spec.helpers ?? {});
  const params = [...checks.map((_, c) => `check${c}`), 'fail', ...helpers.map(([name]) => name)];
  const source = `return function rowLoop(rows, start, n${spec.args.map((a) => `, ${a}`).join('')}) {\n${body}\n};`;
  // A generated function, like ajv's validators: the only way to give each column its own read site.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function(...params, source) as (
    ...values: unknown[]
  ) => (rows: readonly ViewRow[], start: number, n: number, ...args: A) => R;
  return factory(...checks, fail, ...helpers.map(([, value]) => value));
}
