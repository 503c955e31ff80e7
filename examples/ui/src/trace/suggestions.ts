import type { AttributeKeysData } from '../api/queries.js';
import { COLUMN_KEYS, quoteValue } from './searchExpression.js';
import type { CompletionContext } from './searchExpression.js';

/** One suggestion of the search box: what it shows, what it writes, and how many spans have it. */
export interface Suggestion {
  readonly label: string;
  /** Replaces the word at the caret. */
  readonly insert: string;
  readonly kind: 'key' | 'column' | 'value';
  readonly spans?: number;
}

/** How many suggestions the list shows at most. */
export const MAX_SUGGESTIONS = 12;

/**
 * The attribute keys of the range with the spans that have each, from the distinct key sets, most
 * used first (then by name).
 *
 * @example
 * ```ts
 * attributeKeys(data); // [{ key: 'http.request.method', spans: 1200 }, …]
 * ```
 */
export function attributeKeys(data: AttributeKeysData): { key: string; spans: number }[] {
  const totals = new Map<string, number>();
  for (const row of data.explore.rows) {
    const keys = row.cells.find((c) => c.name === 'attribute_keys');
    const spans = row.cells.find((c) => c.name === 'spans')?.number ?? 0;
    const list = keys?.values ?? (keys ? (JSON.parse(keys.value || '[]') as string[]) : []);
    for (const key of list) totals.set(key, (totals.get(key) ?? 0) + spans);
  }
  return [...totals]
    .map(([key, spans]) => ({ key, spans }))
    .sort((a, b) => b.spans - a.spans || a.key.localeCompare(b.key));
}

/** Names matching what is typed: those starting with it first, then those containing it (ASCII case ignored). */
function matching<T>(items: readonly T[], name: (item: T) => string, prefix: string): T[] {
  const p = prefix.toLowerCase();
  if (!p) return [...items];
  const starts = items.filter((i) => name(i).toLowerCase().startsWith(p));
  const contains = items.filter((i) => !name(i).toLowerCase().startsWith(p) && name(i).toLowerCase().includes(p));
  return [...starts, ...contains];
}

/**
 * The suggestions for the word at the caret: for a key, the column words (`service`, `operation`, `api`)
 * and the range's attribute keys matching it (each writes `key=`, so the values come next); for a value,
 * the values given (a column's services or operations, an attribute's commonest values), quoted as the
 * box needs. The word itself, typed in full, is not suggested again. `columnWords`: the words naming
 * columns (the trace search's `service`, `operation`, `api` by default; the explorer's view's columns).
 *
 * @example
 * ```ts
 * suggestionsFor({ kind: 'key', prefix: 'http.', from: 0, to: 5 }, keys, []);
 * ```
 */
export function suggestionsFor(
  context: CompletionContext,
  keys: readonly { readonly key: string; readonly spans: number }[],
  values: readonly { readonly value: string; readonly spans?: number }[],
  columnWords: readonly string[] = Object.keys(COLUMN_KEYS),
): Suggestion[] {
  if (context.kind === 'key') {
    const columns: Suggestion[] = matching(columnWords, (k) => k, context.prefix).map((k) => ({
      label: k,
      insert: `${k}=`,
      kind: 'column',
    }));
    const attributes: Suggestion[] = matching(keys, (k) => k.key, context.prefix).map((k) => ({
      label: k.key,
      insert: `${quoteKey(k.key)}=`,
      kind: 'key',
      spans: k.spans,
    }));
    return [...columns, ...attributes].filter((s) => s.label !== context.prefix).slice(0, MAX_SUGGESTIONS);
  }
  return matching(values, (v) => v.value, context.prefix)
    .filter((v) => v.value !== context.prefix)
    .slice(0, MAX_SUGGESTIONS)
    .map((v) => ({
      label: v.value === '' ? '(empty)' : v.value,
      insert: quoteValue(v.value),
      kind: 'value',
      ...(v.spans !== undefined ? { spans: v.spans } : {}),
    }));
}

/** A key as the box writes it (quoted when it holds a character that would end it). */
function quoteKey(key: string): string {
  return /[\s()&|!=<>~"]/.test(key) ? `"${key.replace(/[\\"]/g, (c) => `\\${c}`)}"` : key;
}

/**
 * The box's text with a suggestion written over the word at the caret, and where the caret goes.
 *
 * @example
 * ```ts
 * applySuggestion('a=1 http.r', { kind: 'key', prefix: 'http.r', from: 4, to: 10 }, 'http.route=');
 * // { text: 'a=1 http.route=', caret: 15 }
 * ```
 */
export function applySuggestion(
  text: string,
  context: CompletionContext,
  insert: string,
): { text: string; caret: number } {
  let rest = text.slice(context.to);
  // A key written over one that already has its operator keeps that operator.
  let written = insert;
  if (context.kind === 'key' && /^\s*(!=|>=|<=|=|>|<|~)/.test(rest)) written = insert.replace(/=$/, '');
  if (context.kind === 'value' && rest.startsWith('"')) rest = rest.slice(1);
  return { text: text.slice(0, context.from) + written + rest, caret: context.from + written.length };
}
