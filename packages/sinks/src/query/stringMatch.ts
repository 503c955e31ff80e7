import { HtError } from '@ht/stream-core';
import type { StringMatch } from './filterTypes.js';

/**
 * One piece of a string match: literal text, any run of characters (`%`), or exactly one character (`_`).
 *
 * @example
 * ```ts
 * const parts: MatchToken[] = [{ kind: 'text', text: 'GET ' }, { kind: 'any' }];
 * ```
 */
export type MatchToken = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'any' | 'one' };

/**
 * Lowers ASCII letters (`A`–`Z`) and nothing else: the case folding of case-insensitive matches, the
 * same on every engine (ClickHouse `lower`, DuckDB `translate`).
 *
 * @example
 * ```ts
 * foldAsciiCase('ÄBC'); // 'Äbc'
 * ```
 */
export function foldAsciiCase(value: string): string {
  return value.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

function likeTokens(pattern: string): MatchToken[] {
  const tokens: MatchToken[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') tokens.push({ kind: 'text', text });
    text = '';
  };
  // Iterate by code point, so `_` after a backslash-free astral character stays one character.
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\\') {
      const next = chars[++i];
      if (next === undefined) {
        throw new HtError('INPUT_INVALID', `LIKE pattern ${JSON.stringify(pattern)} ends with a lone '\\'`);
      }
      text += next;
    } else if (c === '%' || c === '_') {
      flush();
      tokens.push({ kind: c === '%' ? 'any' : 'one' });
    } else text += c;
  }
  flush();
  return tokens;
}

/**
 * The pieces of a {@link StringMatch}, case not yet folded: a prefix is its text then any run, a
 * `like` pattern is parsed (`\` makes the next character literal; a trailing lone `\` is refused with
 * `INPUT_INVALID`).
 *
 * @example
 * ```ts
 * matchTokens({ mode: 'contains', pattern: '50%' }); // any, text '50%', any
 * ```
 */
export function matchTokens(match: StringMatch): MatchToken[] {
  const text: MatchToken[] = match.pattern === '' ? [] : [{ kind: 'text', text: match.pattern }];
  switch (match.mode) {
    case 'prefix':
      return [...text, { kind: 'any' }];
    case 'suffix':
      return [{ kind: 'any' }, ...text];
    case 'contains':
      return [{ kind: 'any' }, ...text, { kind: 'any' }];
    case 'like':
      return likeTokens(match.pattern);
  }
}

/**
 * The canonical LIKE pattern of a {@link StringMatch} (escape character `\`): literal `%`, `_` and `\`
 * escaped, wildcards as `%` and `_`, text ASCII-lowered when the match ignores case. Every engine gets
 * this pattern (never the user's), through `sqlLiteral`.
 *
 * @example
 * ```ts
 * likePattern({ mode: 'prefix', pattern: '100%_off' }); // '100\%\_off%'
 * ```
 */
export function likePattern(match: StringMatch): string {
  return matchTokens(match)
    .map((t) => {
      if (t.kind !== 'text') return t.kind === 'any' ? '%' : '_';
      const text = match.caseInsensitive === true ? foldAsciiCase(t.text) : t.text;
      return text.replace(/[\\%_]/g, (c) => `\\${c}`);
    })
    .join('');
}
