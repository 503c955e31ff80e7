// The trace search's condition box: a small language over one span's attributes and columns, compiled to
// the `spanFilter` entries (`FilterArg`) of the contract's `TraceFilter`.
//
//   http.request.method=GET AND (http.response.status_code>=500 OR NOT http.route)
//   service=checkout & db.system=postgres*        user.id            !feature.flag
//
// Conditions: `key=value`, `key!=value` (present with another value), `key>value` `>=` `<` `<=` (numbers as
// numbers), `key~text` (contains), `key` alone (present), `*` wildcards in a value (`=`, `!=`: any run).
// Joined by AND (`&`, `&&`, a new line, or nothing), OR (`|`, `||`), NOT (`!`), with parentheses; AND
// binds before OR. Values with spaces or operators go in double quotes (`\"` and `\\` inside; `*` is a
// wildcard there too).
// `service`, `operation` and `api` name the span's columns (service_name, span_name, api_name).

/** A `filterBy` entry as GraphQL's `FilterArg` takes it. */
export interface FilterEntry {
  readonly key?: string;
  readonly attribute?: string;
  readonly op?: 'EQ' | 'NEQ' | 'LT' | 'LE' | 'GT' | 'GE' | 'CONTAINS' | 'STARTS_WITH' | 'ENDS_WITH' | 'LIKE' | 'EXISTS';
  readonly value?: string;
  readonly not?: boolean;
  readonly anyOf?: readonly FilterEntry[];
  readonly allOf?: readonly FilterEntry[];
}

/** The words of the box that name a column of span_event_view rather than an attribute. */
export const COLUMN_KEYS: Readonly<Record<string, string>> = {
  service: 'service_name',
  operation: 'span_name',
  api: 'api_name',
};

/** A comparison operator of the box. */
export type ConditionOperator = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~';

/** The parsed box: conditions, groups and negations. */
export type SearchNode =
  | { readonly kind: 'condition'; readonly key: string; readonly op?: ConditionOperator; readonly value?: string }
  | { readonly kind: 'and'; readonly items: readonly SearchNode[] }
  | { readonly kind: 'or'; readonly items: readonly SearchNode[] }
  | { readonly kind: 'not'; readonly item: SearchNode };

/**
 * A box the parser cannot read: `message` says what was expected, `at` where (a character index).
 *
 * @example
 * ```ts
 * try { parseSearch('a=1 AND'); } catch (e) { if (e instanceof SearchSyntaxError) console.log(e.at); }
 * ```
 */
export class SearchSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
    this.name = 'SearchSyntaxError';
  }
}

const OPERATORS: readonly ConditionOperator[] = ['!=', '>=', '<=', '=', '>', '<', '~'];
/** Characters that end a bare key. */
const KEY_STOP = /[\s()&|!=<>~"]/;
/** Characters that end a bare value. */
const VALUE_STOP = /[\s()&|"]/;

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): SearchNode | undefined {
    this.space();
    if (this.at >= this.text.length) return undefined;
    const node = this.or();
    this.space();
    if (this.at < this.text.length) throw new SearchSyntaxError(`unexpected '${this.text[this.at]}'`, this.at);
    return node;
  }

  private space(newlines = true): void {
    while (this.at < this.text.length && (newlines ? /\s/ : /[ \t\r]/).test(this.text[this.at] ?? '')) this.at++;
  }

  private word(w: string): boolean {
    const next = this.text.slice(this.at, this.at + w.length);
    if (next.toUpperCase() !== w) return false;
    const after = this.text[this.at + w.length];
    if (after !== undefined && !/[\s(]/.test(after)) return false;
    this.at += w.length;
    return true;
  }

  private or(): SearchNode {
    const items = [this.and()];
    for (;;) {
      this.space();
      if (this.text.startsWith('||', this.at)) this.at += 2;
      else if (this.text[this.at] === '|') this.at += 1;
      else if (!this.word('OR')) break;
      items.push(this.and());
    }
    return items.length === 1 ? (items[0] as SearchNode) : { kind: 'or', items };
  }

  private and(): SearchNode {
    const items = [this.unary()];
    for (;;) {
      const before = this.at;
      this.space(false);
      if (this.text.startsWith('&&', this.at)) this.at += 2;
      else if (this.text[this.at] === '&') this.at += 1;
      else if (this.word('AND')) {
        /* explicit */
      } else {
        // Nothing between two conditions (a space or a new line) is AND too, unless OR or ')' follows.
        this.space();
        const c = this.text[this.at];
        const orNext = c === '|' || /^OR(\s|\(|$)/i.test(this.text.slice(this.at, this.at + 3));
        if (c === undefined || c === ')' || orNext || this.at === before) {
          this.at = before;
          break;
        }
      }
      items.push(this.unary());
    }
    return items.length === 1 ? (items[0] as SearchNode) : { kind: 'and', items };
  }

  private unary(): SearchNode {
    this.space();
    if (this.text[this.at] === '!' && this.text[this.at + 1] !== '=') {
      this.at++;
      return { kind: 'not', item: this.unary() };
    }
    if (this.word('NOT')) return { kind: 'not', item: this.unary() };
    if (this.text[this.at] === '(') {
      const open = this.at;
      this.at++;
      this.space();
      if (this.text[this.at] === ')') throw new SearchSyntaxError('empty parentheses', this.at);
      const inner = this.or();
      this.space();
      if (this.text[this.at] !== ')') throw new SearchSyntaxError(`the '(' at ${open + 1} is not closed`, this.at);
      this.at++;
      return inner;
    }
    return this.condition();
  }

  private condition(): SearchNode {
    const start = this.at;
    const key = this.text[this.at] === '"' ? this.quoted() : this.bare(KEY_STOP);
    if (key === '') {
      const c = this.text[this.at];
      throw new SearchSyntaxError(
        c === undefined ? 'a condition is missing at the end' : `expected an attribute key, not '${c}'`,
        start,
      );
    }
    const keyEnd = this.at;
    this.space(false);
    const op = OPERATORS.find((o) => this.text.startsWith(o, this.at));
    if (!op) {
      this.at = keyEnd; // the spaces after a key alone separate it from what follows (an implicit AND)
      return { kind: 'condition', key };
    }
    this.at += op.length;
    this.space(false);
    const valueAt = this.at;
    const value = this.text[this.at] === '"' ? this.quoted() : this.bare(VALUE_STOP);
    if (value === '' && this.text[valueAt] !== '"') {
      throw new SearchSyntaxError(`expected a value after '${key}${op}' (quote an empty one: "")`, valueAt);
    }
    return { kind: 'condition', key, op, value };
  }

  private bare(stop: RegExp): string {
    const start = this.at;
    while (this.at < this.text.length && !stop.test(this.text[this.at] ?? '')) this.at++;
    return this.text.slice(start, this.at);
  }

  private quoted(): string {
    const open = this.at;
    this.at++;
    let out = '';
    while (this.at < this.text.length && this.text[this.at] !== '"') {
      if (this.text[this.at] === '\\' && this.at + 1 < this.text.length) this.at++;
      out += this.text[this.at];
      this.at++;
    }
    if (this.text[this.at] !== '"') throw new SearchSyntaxError(`the quote at ${open + 1} is not closed`, open);
    this.at++;
    return out;
  }
}

/**
 * Parses the search box (undefined when it is empty); throws a {@link SearchSyntaxError} naming what was
 * expected and where.
 *
 * @example
 * ```ts
 * parseSearch('a=1 OR NOT b');
 * // { kind: 'or', items: [{ kind: 'condition', key: 'a', op: '=', value: '1' },
 * //                       { kind: 'not', item: { kind: 'condition', key: 'b' } }] }
 * ```
 */
export function parseSearch(text: string): SearchNode | undefined {
  return new Parser(text).parse();
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A wildcard value (`*`) as the narrowest match: starts with, ends with, contains, or LIKE. */
function wildcard(value: string): Pick<FilterEntry, 'op' | 'value'> {
  const inner = value.replace(/^\*+|\*+$/g, '');
  if (!inner.includes('*')) {
    const lead = value.startsWith('*');
    const trail = value.endsWith('*');
    if (lead && trail) return { op: 'CONTAINS', value: inner };
    if (trail) return { op: 'STARTS_WITH', value: inner };
    if (lead) return { op: 'ENDS_WITH', value: inner };
  }
  return {
    op: 'LIKE',
    value: [...value].map((c) => (c === '*' ? '%' : escapeLike(c))).join(''),
  };
}

const OP_NAMES: Readonly<Record<ConditionOperator, FilterEntry['op']>> = {
  '=': 'EQ',
  '!=': 'NEQ',
  '>': 'GT',
  '>=': 'GE',
  '<': 'LT',
  '<=': 'LE',
  '~': 'CONTAINS',
};

function negate(entry: FilterEntry): FilterEntry {
  const { not, ...rest } = entry;
  return not ? rest : { ...rest, not: true };
}

/**
 * One parsed node as a `filterBy` entry; `columnOf` names the column a key is (undefined: an attribute).
 * The trace search's keys are `service`, `operation` and `api` ({@link COLUMN_KEYS}); the explorer's are
 * the view's columns.
 *
 * @example
 * ```ts
 * compileSearchNode(parseSearch('service_name=cart')!, (k) => (k === 'service_name' ? k : undefined));
 * // { key: 'service_name', op: 'EQ', value: 'cart' }
 * ```
 */
export function compileSearchNode(node: SearchNode, columnOf: (key: string) => string | undefined): FilterEntry {
  if (node.kind === 'and' || node.kind === 'or') {
    const items = node.items.map((item) => compileSearchNode(item, columnOf));
    return node.kind === 'and' ? { allOf: items } : { anyOf: items };
  }
  if (node.kind === 'not') return negate(compileSearchNode(node.item, columnOf));
  const column = columnOf(node.key);
  const target: FilterEntry = column ? { key: column } : { attribute: node.key };
  if (node.op === undefined) {
    if (column) {
      throw new SearchSyntaxError(`'${node.key}' is a column of every row: give it a value (${node.key}=…)`, 0);
    }
    return { ...target, op: 'EXISTS' };
  }
  const value = node.value ?? '';
  const isWildcard = (node.op === '=' || node.op === '!=') && value.includes('*');
  if (!isWildcard) return { ...target, op: OP_NAMES[node.op], value };
  const match = { ...target, ...wildcard(value) };
  if (node.op === '=') return match;
  // `!=` with a wildcard: present (a column always is), and not matching, as NEQ is for one value.
  return column ? negate(match) : { allOf: [{ ...target, op: 'EXISTS' }, negate(match)] };
}

const spanColumn = (key: string): string | undefined =>
  Object.hasOwn(COLUMN_KEYS, key) ? COLUMN_KEYS[key] : undefined;

/**
 * The box as `spanFilter` entries (all must hold on one span of the trace): a top-level AND is split into
 * its conditions. Throws a {@link SearchSyntaxError} for a box it cannot read.
 *
 * @example
 * ```ts
 * searchFilter('http.route=/cart* !user.id');
 * // [{ attribute: 'http.route', op: 'STARTS_WITH', value: '/cart' },
 * //  { attribute: 'user.id', op: 'EXISTS', not: true }]
 * ```
 */
export function searchFilter(text: string): FilterEntry[] {
  const node = parseSearch(text);
  if (!node) return [];
  if (node.kind === 'and') return node.items.map((item) => compileSearchNode(item, spanColumn));
  return [compileSearchNode(node, spanColumn)];
}

/** Where the caret is in the box, for suggestions: typing a key, or the value of `key` after an operator. */
export type CompletionContext =
  | { readonly kind: 'key'; readonly prefix: string; readonly from: number; readonly to: number }
  | {
      readonly kind: 'value';
      readonly key: string;
      readonly prefix: string;
      readonly from: number;
      readonly to: number;
    };

/**
 * What the word at the caret is, for the suggestions: a key (what is typed of it, and the span of the box
 * it covers, to replace), or a value after `key<op>` (an open quote included). Undefined inside a closed
 * quoted value, or after a bare value and a space.
 *
 * @example
 * ```ts
 * completionAt('a=1 AND http.req', 16); // { kind: 'key', prefix: 'http.req', from: 8, to: 16 }
 * completionAt('http.route=/ca', 14); // { kind: 'value', key: 'http.route', prefix: '/ca', from: 11, to: 14 }
 * ```
 */
export function completionAt(text: string, caret: number): CompletionContext | undefined {
  // Walk the box up to the caret as the parser would, keeping where the last key and value started.
  let i = 0;
  let state: 'between' | 'key' | 'afterKey' | 'value' | 'quotedValue' = 'between';
  let keyFrom = 0;
  let key = '';
  let valueFrom = 0;
  while (i < caret) {
    const c = text[i] ?? '';
    if (state === 'between') {
      if (/\s|[()&|]/.test(c) || (c === '!' && text[i + 1] !== '=')) {
        i++;
        continue;
      }
      state = 'key';
      keyFrom = i;
      i++;
    } else if (state === 'key') {
      if (KEY_STOP.test(c)) {
        key = text.slice(keyFrom, i);
        state = 'afterKey';
        continue;
      }
      i++;
    } else if (state === 'afterKey') {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op) {
        i += op.length;
        while (i < caret && text[i] === ' ') i++;
        valueFrom = i;
        if (text[i] === '"' && i < caret) {
          state = 'quotedValue';
          i++;
        } else state = 'value';
      } else if (c === ' ') i++;
      else state = 'between';
    } else if (state === 'value') {
      if (VALUE_STOP.test(c)) {
        state = 'between';
        continue;
      }
      i++;
    } else {
      if (c === '\\') i += 2;
      else if (c === '"') {
        i++;
        state = 'between';
        if (i >= caret) return undefined;
      } else i++;
    }
  }
  const end = (from: number, stop: RegExp): number => {
    let j = Math.max(from, caret);
    while (j < text.length && !stop.test(text[j] ?? '')) j++;
    return j;
  };
  if (state === 'key') {
    const prefix = text.slice(keyFrom, caret);
    if (/^(AND|OR|NOT)$/i.test(prefix)) return undefined;
    return { kind: 'key', prefix, from: keyFrom, to: end(keyFrom, KEY_STOP) };
  }
  if (state === 'between' && !/\S/.test(text[caret - 1] ?? ' ')) {
    return { kind: 'key', prefix: '', from: caret, to: caret };
  }
  if (state === 'value')
    return {
      kind: 'value',
      key,
      prefix: text.slice(valueFrom, caret),
      from: valueFrom,
      to: end(valueFrom, VALUE_STOP),
    };
  if (state === 'quotedValue') {
    return { kind: 'value', key, prefix: text.slice(valueFrom + 1, caret), from: valueFrom, to: caret };
  }
  return undefined;
}

/**
 * A value as the box writes it: bare when it can be, else in double quotes.
 *
 * @example
 * ```ts
 * quoteValue('POST /checkout'); // '"POST /checkout"'
 * ```
 */
export function quoteValue(value: string): string {
  if (value !== '' && !/[\s()&|"]/.test(value)) return value;
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
