import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { configError, configErrorMap, configProblems } from './configProblems.js';
import type { ConfigProblem } from './configProblems.js';
import { applyEnvOverrides } from './envOverrides.js';
import type { EnvOverride } from './envOverrides.js';
import { htConfigSchema } from './htConfig.js';
import type { HtConfig } from './htConfig.js';
import type { KeySegment } from './schemaWalk.js';

/**
 * Options of {@link loadConfig}.
 *
 * @example
 * ```ts
 * const options: LoadConfigOptions = { env: { HT_STORE__PATH: '/data/ht.duckdb' } };
 * ```
 */
export interface LoadConfigOptions {
  /** The environment whose `HT_…` variables override keys (docs/configuration.md). Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Options of {@link validateConfig}.
 *
 * @example
 * ```ts
 * const options: ValidateConfigOptions = { source: 'ht.yaml', overrides: [] };
 * ```
 */
export interface ValidateConfigOptions {
  /** What error messages name as the config's origin (a file name, `ht demo`). */
  readonly source: string;
  /** Keys set by environment variables: their problems name the variable instead of the source. */
  readonly overrides?: readonly EnvOverride[];
}

function startsWith(path: readonly KeySegment[], prefix: readonly KeySegment[]): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}

/**
 * Validates a config as read (a parsed YAML or JSON value) and applies every default; throws an
 * `HtError` (`CONFIG_INVALID`) listing each problem as `<source>: <key.path>: <what is wrong> (got
 * <value>); <how to fix>`, secrets never shown.
 *
 * @example
 * ```ts
 * const config = validateConfig({ grouper: { gapMs: '3s' } }, { source: 'inline' });
 * config.grouper.gapMs; // 3000
 * ```
 */
export function validateConfig(raw: unknown, options: ValidateConfigOptions): HtConfig {
  const input = raw ?? {};
  const result = htConfigSchema.safeParse(input, { error: configErrorMap });
  if (result.success) return result.data;
  const sourceOf = (path: readonly KeySegment[]): string => {
    const override = options.overrides?.find((o) => startsWith(path, o.path));
    return override === undefined ? options.source : `env ${override.variable}`;
  };
  throw configError(configProblems(result.error.issues, input, htConfigSchema, sourceOf));
}

/**
 * Reads an `ht` config file (YAML, or JSON, which is YAML), applies the `HT_…` environment overrides,
 * validates it and returns it with every default applied; a relative DuckDB `store.path` is resolved
 * against the file's folder (as plugin module paths are, by `loadPlugins` with that `baseDir`). Every
 * problem is reported at once in one `HtError` (`CONFIG_INVALID`): YAML syntax errors as
 * `<file>:<line>:<column>: …`, the rest as `<file>: <key.path>: <what is wrong> (got <value>); <how to
 * fix>` (an env override's problem names the variable), unknown keys with the nearest known key.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml', { env: process.env });
 * if (config.store.type === 'duckdb') console.log(`views in ${config.store.path}`);
 * ```
 */
export async function loadConfig(path: string, options: LoadConfigOptions = {}): Promise<HtConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw configError([
      {
        source: path,
        path: '',
        message: `${path}: cannot read the config (${reason}); give the path of a YAML or JSON file`,
      },
    ]);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    throw configError(
      document.errors.map((error): ConfigProblem => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        const what = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? error.code;
        return { source: path, path: '', message: `${path}:${line}:${col}: ${what}; fix the YAML syntax there` };
      }),
    );
  }
  const raw: unknown = document.toJS() ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw configError([
      {
        source: path,
        path: '',
        message: `${path}: the config must be a mapping of sections (receivers:, store:, plugins:, …), not ${Array.isArray(raw) ? 'a list' : 'a single value'}; see docs/configuration.md`,
      },
    ]);
  }
  const { config: withEnv, overrides } = applyEnvOverrides(raw, options.env ?? process.env, htConfigSchema);
  const config = validateConfig(withEnv, { source: path, overrides });
  if (config.store.type === 'duckdb' && config.store.path !== ':memory:') {
    return { ...config, store: { ...config.store, path: resolve(dirname(path), config.store.path) } };
  }
  return config;
}
