import { HtError } from '@ht/stream-core/errors';
import type { z } from 'zod';
import { nearestKey } from './nearestKey.js';
import { knownKeys } from './schemaWalk.js';
import type { KeySegment } from './schemaWalk.js';

/**
 * One problem of a config: where it came from (the file, `env HT_…`, `ht demo`), the key path and the
 * whole line the error message shows, `<source>: <key.path>: <what is wrong> (got <value>); <how to fix>`.
 *
 * @example
 * ```ts
 * const problem: ConfigProblem = {
 *   source: 'ht.yaml',
 *   path: 'store.type',
 *   message: 'ht.yaml: store.type: must be one of duckdb, clickhouse (got "mysql"); pick the store to write views to',
 * };
 * ```
 */
export interface ConfigProblem {
  readonly source: string;
  /** The key path (`grouper.gapMs`, `plugins.enrichers[0].module`); empty for the whole config. */
  readonly path: string;
  readonly message: string;
}

const SECRET_KEY = /pass(word)?|secret|token|credential/i;
const API_KEYS = 'apiKeys';

const EXPECTED: Readonly<Record<string, readonly [string, string]>> = {
  number: ['a number', 'write it without quotes'],
  string: ['text', 'quote it if YAML reads it as a number or true/false'],
  boolean: ['true or false', 'write true or false without quotes'],
  object: ['a mapping (key: value)', 'write its keys indented under it'],
  array: ['a list', 'write it as [a, b] or as "- item" lines'],
};

/**
 * The messages of zod's generic checks in the config's wording, `<what is wrong>; <how to fix>`; a
 * schema's own message wins over these.
 *
 * @example
 * ```ts
 * htConfigSchema.safeParse(raw, { error: configErrorMap });
 * ```
 */
export const configErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required; add it';
      const [what, fix] = EXPECTED[issue.expected] ?? [issue.expected, `write ${issue.expected}`];
      return `must be ${what}; ${fix}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      return issue.origin === 'array'
        ? `must have at least ${issue.minimum} items`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `must have at most ${issue.maximum} items` : `must be at most ${issue.maximum}`;
    case 'unrecognized_keys':
      return 'is not a known key';
    case 'invalid_union':
      return 'matches none of the forms this key takes; see docs/configuration.md';
    default:
      return undefined;
  }
};

function valueAt(input: unknown, path: readonly KeySegment[]): unknown {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<KeySegment, unknown>)[segment];
  }
  return value;
}

/**
 * Whether the value at `path` may be a secret, so it is never shown: a password, secret or token key,
 * and the API key map itself (its keys are secrets; its values, tenants, are not).
 *
 * @example
 * ```ts
 * isSecretPath(['store', 'password']); // true
 * ```
 */
export function isSecretPath(path: readonly KeySegment[]): boolean {
  return (
    path.at(-1) === API_KEYS ||
    path.some((s, i) => typeof s === 'string' && path[i - 1] !== API_KEYS && SECRET_KEY.test(s))
  );
}

/**
 * A key path as error messages show it: `a.b`, list items as `[i]`, and each API key replaced by its
 * place (`tenancy.apiKeys[key 2]`) so the key itself is never shown.
 *
 * @example
 * ```ts
 * keyPath(['plugins', 'enrichers', 0, 'module'], {}); // 'plugins.enrichers[0].module'
 * ```
 */
export function keyPath(path: readonly KeySegment[], input: unknown): string {
  let text = '';
  path.forEach((segment, i) => {
    if (i > 0 && path[i - 1] === API_KEYS) {
      const keys = Object.keys(valueAt(input, path.slice(0, i)) ?? {});
      text += `[key ${keys.indexOf(String(segment)) + 1}]`;
    } else if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  });
  return text;
}

function got(value: unknown, secret: boolean): string {
  if (value === undefined) return '';
  if (secret) return ' (value hidden)';
  if (Array.isArray(value)) return ' (got a list)';
  if (typeof value === 'object' && value !== null) return ' (got a mapping)';
  const text = JSON.stringify(value) ?? typeof value;
  return ` (got ${text.length > 60 ? `${text.slice(0, 57)}...` : text})`;
}

/**
 * Turns zod's issues about `input` into {@link ConfigProblem}s: each names its key path, shows the bad
 * value unless it may be a secret, says how to fix it, and an unknown key gets the nearest known key
 * ("did you mean …?"). `sourceOf` names where the value at a path came from (the file, an env var).
 *
 * @example
 * ```ts
 * const result = htConfigSchema.safeParse(raw, { error: configErrorMap });
 * if (!result.success) throw configError(configProblems(result.error.issues, raw, htConfigSchema, () => 'ht.yaml'));
 * ```
 */
export function configProblems(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  schema: z.ZodType,
  sourceOf: (path: readonly KeySegment[]) => string,
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add = (path: readonly KeySegment[], text: string): void => {
    const source = sourceOf(path);
    const at = keyPath(path, input);
    problems.push({ source, path: at, message: `${source}: ${at === '' ? 'the config' : at}: ${text}` });
  };
  for (const issue of issues) {
    const path = issue.path.filter((s): s is KeySegment => typeof s !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path, input);
      for (const key of issue.keys) {
        const near = nearestKey(key, known);
        const fix = near === undefined ? `use one of ${known.join(', ')}` : `did you mean ${near}?`;
        add([...path, key], `is not a known key; ${fix}`);
      }
      continue;
    }
    const split = issue.message.indexOf('; ');
    const what = split < 0 ? issue.message : issue.message.slice(0, split);
    const fix = split < 0 ? '' : issue.message.slice(split);
    add(path, `${what}${got(valueAt(input, path), isSecretPath(path))}${fix}`);
  }
  return problems;
}

/**
 * The one error of a config that does not load: `CONFIG_INVALID`, a message with one line per problem
 * (after a count when there are several), and the problems in its context (`context.problems`).
 *
 * @example
 * ```ts
 * throw configError([{ source: 'ht.yaml', path: 'store', message: 'ht.yaml: store: must be a mapping (key: value)' }]);
 * ```
 */
export function configError(problems: readonly ConfigProblem[]): HtError {
  const lines = problems.map((p) => p.message);
  const message =
    lines.length === 1 ? (lines[0] ?? '') : `${lines.length} problems in the config:\n${lines.join('\n')}`;
  return new HtError('CONFIG_INVALID', message, { context: { problems } });
}
