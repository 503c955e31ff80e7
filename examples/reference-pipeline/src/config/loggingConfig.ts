import { z } from 'zod';

/**
 * The log levels of `logging.level` (pino's), most to least severe; `silent` logs nothing.
 *
 * @example
 * ```ts
 * LOG_LEVELS.includes('debug'); // true
 * ```
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * One of {@link LOG_LEVELS}.
 *
 * @example
 * ```ts
 * const level: LogLevel = 'debug';
 * ```
 */
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The `logging` section: the level, and the format: `pretty` (human-readable lines), `json` (one JSON
 * object a line) or `auto` (pretty on a terminal, JSON otherwise).
 *
 * @example
 * ```ts
 * loggingConfigSchema.parse({ level: 'debug' }).format; // 'auto'
 * ```
 */
export const loggingConfigSchema = z.strictObject({
  level: z.enum(LOG_LEVELS).default('info'),
  format: z.enum(['pretty', 'json', 'auto']).default('auto'),
});

/**
 * The `logging` section after defaults.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * const { level, format }: LoggingConfig = config.logging;
 * ```
 */
export type LoggingConfig = z.output<typeof loggingConfigSchema>;
