import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { isTextAt, knownKeys } from './schemaWalk.js';
import type { KeySegment } from './schemaWalk.js';

/** The prefix of every config environment variable. */
export const ENV_PREFIX = 'HT_';

/**
 * One environment variable that set a config key.
 *
 * @example
 * ```ts
 * const override: EnvOverride = { variable: 'HT_STORE__PATH', path: ['store', 'path'] };
 * ```
 */
export interface EnvOverride {
  readonly variable: string;
  readonly path: readonly KeySegment[];
}

const fold = (key: string): string => key.toLowerCase().replace(/[-_]/g, '');
const camel = (word: string): string => word.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The key a segment of a variable name means here: an existing or known key with that name, else camelCase. */
function keyFor(word: string, container: unknown, known: readonly string[]): KeySegment {
  if (Array.isArray(container) && /^\d+$/.test(word)) return Number(word);
  const existing = isRecord(container) ? Object.keys(container) : [];
  return [...existing, ...known].find((k) => fold(k) === fold(word)) ?? camel(word);
}

function readValue(text: string, asText: boolean): unknown {
  if (asText) return text;
  try {
    return parseYaml(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Applies `HT_<SECTION>__<KEY>…` environment variables to a config as read (not yet validated): `__`
 * separates keys, each written in upper snake case (`HT_TENANCY__DEFAULT_TENANT=acme` sets
 * `tenancy.defaultTenant`, `HT_PLUGINS__ENRICHERS__0__ENABLED=false` the first enricher entry's
 * `enabled`, `HT_PORT_OFFSET=1000` the top-level `portOffset`). Values are read as YAML (`3000` a number,
 * `true` a boolean, `[a, b]` a list, `{k: v}` a mapping), except where the key takes text, which is kept
 * as written. Only variables whose first key is a section of `schema` are read, so `HT_KAFKA_BROKERS`
 * and the like are left alone. Returns the new config (the input is not changed) and which variable set
 * which key.
 *
 * @example
 * ```ts
 * const { config } = applyEnvOverrides({}, { HT_STORE__PATH: '/data/ht.duckdb' }, htConfigSchema);
 * // config: { store: { path: '/data/ht.duckdb' } }
 * ```
 */
export function applyEnvOverrides(
  raw: unknown,
  env: Readonly<Record<string, string | undefined>>,
  schema: z.ZodType,
): { readonly config: unknown; readonly overrides: readonly EnvOverride[] } {
  const config: unknown = isRecord(raw) ? structuredClone(raw) : raw;
  if (!isRecord(config)) return { config, overrides: [] };
  const sections = knownKeys(schema, [], config);
  const overrides: EnvOverride[] = [];
  const variables = Object.keys(env)
    .filter((name) => name.startsWith(ENV_PREFIX))
    .sort();
  for (const variable of variables) {
    const text = env[variable];
    const words = variable.slice(ENV_PREFIX.length).split('__');
    if (text === undefined || words.some((w) => w === '')) continue;
    const [first = ''] = words;
    if (!sections.some((s) => fold(s) === fold(first))) continue;
    const path: KeySegment[] = [];
    let container: Record<KeySegment, unknown> = config;
    words.forEach((word, i) => {
      const key = keyFor(word, container, knownKeys(schema, path, config));
      path.push(key);
      if (i === words.length - 1) {
        container[key] = readValue(text, isTextAt(schema, path, config));
        return;
      }
      const next = container[key];
      if (typeof next !== 'object' || next === null) container[key] = /^\d+$/.test(words[i + 1] ?? '') ? [] : {};
      container = container[key] as Record<KeySegment, unknown>;
    });
    overrides.push({ variable, path });
  }
  return { config, overrides };
}
