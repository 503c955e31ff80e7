import type { ColumnType } from '@ht/enricher-sdk';
import type { GroupOrMatchFilter } from './compileGroupOrMatch.js';
import type { Filter } from './Query.js';
import { matchTokens } from './stringMatch.js';

const STRING_TYPES: readonly ColumnType[] = ['string', 'lowCardinalityString'];
const STRING_ARRAY_TYPES: readonly ColumnType[] = ['stringArray', 'lowCardinalityStringArray'];
const MODES: readonly string[] = ['prefix', 'suffix', 'contains', 'like'];
const COMPARE_OPS: readonly string[] = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'];

/**
 * What {@link checkGroupOrMatch} needs from the planner: a column's type (throwing on an unknown
 * column), a way to refuse the query, and the check of the filters inside a group or negation.
 *
 * @example
 * ```ts
 * const planner: FilterPlanner = { columnType: (c) => view.columns[c]!.type, fail: (m) => { throw new Error(m); }, check: () => {} };
 * ```
 */
export interface FilterPlanner {
  columnType(name: string): ColumnType;
  fail(message: string): never;
  check(inner: Filter): void;
}

function checkMatch(planner: FilterPlanner, f: { mode: unknown; pattern: unknown }): void {
  if (!MODES.includes(f.mode as string)) planner.fail(`unknown match mode '${String(f.mode)}' (${MODES.join(', ')})`);
  if (typeof f.pattern !== 'string') planner.fail('a match needs a string pattern');
  // ClickHouse 18 ends a LIKE pattern at NUL (so `%\0` would match everything): refused on every engine.
  if (f.pattern.includes('\0')) planner.fail('a match pattern cannot contain NUL (U+0000)');
  // A like pattern ending with a lone backslash throws INPUT_INVALID here, before any SQL is built.
  matchTokens(f as Parameters<typeof matchTokens>[0]);
}

/**
 * Checks a group, negation, string match or attribute predicate against the view: groups hold a list,
 * matches need a string column, attribute predicates a pair of string-array columns, a string key and
 * a string or finite number to compare with.
 *
 * @example
 * ```ts
 * checkGroupOrMatch(not(eq('status_code', 'OK')), planner);
 * ```
 */
export function checkGroupOrMatch(f: GroupOrMatchFilter, planner: FilterPlanner): void {
  switch (f.op) {
    case 'and':
    case 'or': {
      const filters: unknown = f.filters;
      if (!Array.isArray(filters)) planner.fail(`'${f.op}' needs a list of filters`);
      for (const g of f.filters) planner.check(g);
      return;
    }
    case 'not':
      planner.check(f.filter);
      return;
    case 'match': {
      const t = planner.columnType(f.column);
      if (!STRING_TYPES.includes(t)) planner.fail(`'match' needs a string column, '${f.column}' is ${t}`);
      checkMatch(planner, f);
      return;
    }
    default: {
      for (const c of [f.keysColumn, f.valuesColumn]) {
        const t = planner.columnType(c);
        if (!STRING_ARRAY_TYPES.includes(t)) {
          planner.fail(`'${f.op}' needs string-array columns, '${c}' is ${t}`);
        }
      }
      if (typeof f.key !== 'string') planner.fail(`'${f.op}' needs a string key`);
      if (f.op === 'attributeMatch') checkMatch(planner, f);
      if (f.op === 'attributeCompare') {
        if (!COMPARE_OPS.includes(f.compare)) planner.fail(`unknown comparison '${String(f.compare)}'`);
        const ok = typeof f.value === 'string' || (typeof f.value === 'number' && Number.isFinite(f.value));
        if (!ok) planner.fail(`'attributeCompare' compares with a string or a finite number, got ${String(f.value)}`);
      }
    }
  }
}
