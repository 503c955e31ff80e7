import { join, resolve } from 'node:path';
import { validateConfig } from './loadConfig.js';
import type { HtConfig, HtConfigInput } from './htConfig.js';
import type { LogLevel } from './loggingConfig.js';

/** The grouper gap of `ht demo`: traces show up 3 s after their last span. */
export const DEMO_GAP_MS = 3_000;

/**
 * What `ht demo` takes from its command line: each is checked by the config schema like a file's key.
 *
 * @example
 * ```ts
 * const options: DemoConfigOptions = { dataDir: './demo-data', portOffset: 1000, retention: '24h' };
 * ```
 */
export interface DemoConfigOptions {
  /** Where DuckDB keeps `ht.duckdb` (`--data-dir`). Default `./demo-data`, resolved against the working folder. */
  readonly dataDir?: string;
  /** `--port-offset`. Default 0. */
  readonly portOffset?: number;
  /** `--retention`: a duration (`24h`, `7d`) or `off`. Default `24h`. */
  readonly retention?: string | number;
  /** The log level. Default `info`. */
  readonly logLevel?: LogLevel;
}

/**
 * The config `ht demo` runs, built and validated through the same schema as a file: every receiver on,
 * the built-in enrichers and views, the grouper's gap at 3 s, DuckDB at `<dataDir>/ht.duckdb`,
 * retention 24 h. A bad option throws `CONFIG_INVALID` naming its key under the source `ht demo`.
 *
 * @example
 * ```ts
 * const config = demoConfig({ dataDir: './demo-data', portOffset: 1000 });
 * config.grouper.gapMs; // 3000
 * ```
 */
export function demoConfig(options: DemoConfigOptions = {}): HtConfig {
  const input: HtConfigInput = {
    portOffset: options.portOffset ?? 0,
    grouper: { gapMs: DEMO_GAP_MS },
    plugins: { builtins: 'all' },
    store: { type: 'duckdb', path: join(resolve(options.dataDir ?? './demo-data'), 'ht.duckdb') },
    retention: options.retention ?? '24h',
    ...(options.logLevel === undefined ? {} : { logging: { level: options.logLevel } }),
  };
  return validateConfig(input, { source: 'ht demo' });
}
