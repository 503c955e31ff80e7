import type { ColumnType, ViewDefinition } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import { checkGroupOrMatch } from './checkGroupOrMatch.js';
import { isGroupOrMatch } from './compileGroupOrMatch.js';
import { checkAttributeValue, checkBucket, checkPagingAndHaving, computedKind } from './planAggregation.js';
import type { Filter, Query, Selection } from './Query.js';
import { kindOfColumn } from './QueryResult.js';
import type { OutputColumn, OutputKind } from './QueryResult.js';
import { checkTenant } from './tenant.js';

const ARRAY_TYPES: readonly ColumnType[] = ['stringArray', 'lowCardinalityStringArray', 'int64Array', 'float64Array'];

/**
 * The output name of a selection.
 *
 * @example
 * ```ts
 * outputName(column('service_name')); // 'service_name'
 * ```
 */
export function outputName(s: Selection): string {
  return s.kind === 'column' ? (s.as ?? s.column) : s.as;
}

function problem(query: Query, message: string): HtError {
  return new HtError('INPUT_INVALID', `query on '${query.view}': ${message}`, { context: { view: query.view } });
}

function columnType(query: Query, view: ViewDefinition, name: string): ColumnType {
  const spec = view.columns[name];
  if (spec === undefined) {
    throw problem(query, `unknown column '${name}' (columns: ${Object.keys(view.columns).join(', ')})`);
  }
  return spec.type;
}

function checkFilter(query: Query, view: ViewDefinition, f: Filter): void {
  if (isGroupOrMatch(f)) {
    return checkGroupOrMatch(f, {
      columnType: (name) => columnType(query, view, name),
      fail: (message) => {
        throw problem(query, message);
      },
      check: (inner) => checkFilter(query, view, inner),
    });
  }
  if (f.op === 'attribute') {
    for (const c of [f.keysColumn, f.valuesColumn]) {
      const t = columnType(query, view, c);
      if (t !== 'stringArray' && t !== 'lowCardinalityStringArray') {
        throw problem(query, `attribute filter needs string-array columns, '${c}' is ${t}`);
      }
    }
    return;
  }
  const t = columnType(query, view, f.column);
  const isArray = ARRAY_TYPES.includes(t);
  if (f.op === 'has' && !isArray) throw problem(query, `'has' needs an array column, '${f.column}' is ${t}`);
  if (f.op !== 'has' && isArray) throw problem(query, `'${f.op}' cannot compare the array column '${f.column}'`);
}

function aggregateKind(query: Query, view: ViewDefinition, s: Selection & { kind: 'aggregate' }): OutputKind {
  if (s.fn === 'count') return 'int';
  if (s.column === undefined) throw problem(query, `${s.fn} '${s.as}' needs a column`);
  const kind = kindOfColumn(columnType(query, view, s.column));
  if (s.fn === 'uniq' || s.fn === 'approxUniq') return 'int';
  if (kind !== 'int' && kind !== 'float' && kind !== 'datetime' && !(s.fn === 'min' || s.fn === 'max')) {
    throw problem(query, `${s.fn} needs a numeric column, '${s.column}' is ${kind}`);
  }
  if (s.fn === 'quantile' || s.fn === 'approxQuantile') {
    if (s.p === undefined || !(s.p >= 0 && s.p <= 1)) throw problem(query, `quantile '${s.as}' needs p in [0, 1]`);
    return 'float';
  }
  if (s.fn === 'avg') return 'float';
  if (s.fn === 'sum') return kind === 'float' ? 'float' : 'int';
  return kind;
}

/**
 * Checks a query against its view (it names one tenant and the view has `tenant_id`, columns exist, operators fit the column types, grouped queries
 * select only grouped columns, order keys are outputs) and returns its output columns. Throws an
 * `INPUT_INVALID` `HtError` naming the problem.
 *
 * @example
 * ```ts
 * const outputs = planQuery(query, spanView); // [{ name: 'service_name', kind: 'string' }, …]
 * ```
 */
export function planQuery(query: Query, view: ViewDefinition): OutputColumn[] {
  checkTenant(query, view);
  if (query.select.length === 0) throw problem(query, 'select lists no output');
  const outputs: OutputColumn[] = [];
  const groupBy = new Set(query.groupBy ?? []);
  const hasAggregate = query.select.some((s) => s.kind === 'aggregate');
  for (const s of query.select) {
    const name = outputName(s);
    if (outputs.some((o) => o.name === name)) throw problem(query, `output '${name}' is selected twice`);
    if (s.kind === 'aggregate') {
      for (const f of s.where ?? []) checkFilter(query, view, f);
      outputs.push({ name, kind: aggregateKind(query, view, s) });
      continue;
    }
    if (s.kind === 'computed') {
      // Its kind depends on the outputs it reads: settled once they are all known.
      outputs.push({ name, kind: 'float' });
      continue;
    }
    if (s.kind === 'attributeValue') {
      if ((hasAggregate || groupBy.size > 0) && !groupBy.has(s.as)) {
        throw problem(query, `'${name}' must be in groupBy when the query aggregates`);
      }
      outputs.push({ name, kind: checkAttributeValue(query, view, s) });
      continue;
    }
    const type = columnType(query, view, s.column);
    if (s.kind === 'bucket' && type !== 'datetime')
      throw problem(query, `bucket needs a datetime column, '${s.column}' is ${type}`);
    if (s.kind === 'bucket') checkBucket(query, s);
    const grouped = s.kind === 'bucket' ? groupBy.has(s.as) : groupBy.has(s.column);
    if ((hasAggregate || groupBy.size > 0) && !grouped) {
      throw problem(query, `'${name}' must be in groupBy when the query aggregates`);
    }
    outputs.push({ name, kind: s.kind === 'bucket' ? 'datetime' : kindOfColumn(type) });
  }
  query.select.forEach((s, i) => {
    if (s.kind === 'computed') outputs[i] = { name: s.as, kind: computedKind(query, s, outputs) };
  });
  for (const g of groupBy) {
    const isAlias = query.select.some((s) => (s.kind === 'bucket' || s.kind === 'attributeValue') && s.as === g);
    if (!isAlias) columnType(query, view, g);
  }
  for (const f of query.where ?? []) checkFilter(query, view, f);
  for (const o of query.orderBy ?? []) {
    if (!outputs.some((out) => out.name === o.by)) throw problem(query, `orderBy '${o.by}' is not an output`);
  }
  if (query.limit !== undefined && !(Number.isSafeInteger(query.limit) && query.limit >= 0)) {
    throw problem(query, `limit must be a non-negative integer, got ${query.limit}`);
  }
  checkPagingAndHaving(query, view, outputs);
  return outputs;
}
