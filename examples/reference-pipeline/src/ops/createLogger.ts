import type { Logger as SdkLogger } from '@ht/enricher-sdk';
import { pino } from 'pino';
import type { Logger as PinoLogger } from 'pino';
import type { LogLevel } from '../config/loggingConfig.js';
import { prettyFactory } from 'pino-pretty';

/**
 * How logs are written: `pretty` (one coloured, human line per record, by pino-pretty), `json` (one JSON
 * object per line, pino's own form) or `auto` (pretty when the destination is a TTY, JSON otherwise).
 *
 * @example
 * ```ts
 * const format: LogFormat = process.env['HT_LOG_FORMAT'] === 'json' ? 'json' : 'auto';
 * ```
 */
export type LogFormat = 'pretty' | 'json' | 'auto';

// The levels are the configuration's (`logging.level`), one type for both.
export type { LogLevel };

/**
 * Where logs go: a writable stream; `isTTY` decides the `auto` format.
 *
 * @example
 * ```ts
 * const destination: LogDestination = process.stderr;
 * ```
 */
export interface LogDestination {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * Options of {@link createLogger}.
 *
 * @example
 * ```ts
 * const options: LoggerOptions = { level: 'info', format: 'auto' };
 * ```
 */
export interface LoggerOptions {
  /** Default `info`. */
  readonly level?: LogLevel;
  /** Default `auto`. */
  readonly format?: LogFormat;
  /** Default `process.stdout`. */
  readonly destination?: LogDestination;
  /** Bound to every record as `name` (e.g. `ht`). */
  readonly name?: string;
}

/**
 * The pipeline's pino logger: pretty in a TTY (local time, level, message, then the record's fields; no
 * pid or hostname), JSON lines otherwise (`{"level":30,"time":…,"msg":"…",…}`), or as `format` says.
 * Give plugins and the SDK {@link toSdkLogger} of it.
 *
 * @example
 * ```ts
 * const log = createLogger({ level: 'info', format: 'auto', name: 'ht' });
 * log.info({ port: 8099 }, 'ops server listening');
 * ```
 */
export function createLogger(options: LoggerOptions = {}): PinoLogger {
  const destination = options.destination ?? process.stdout;
  const format = options.format ?? 'auto';
  const pretty = format === 'pretty' || (format === 'auto' && destination.isTTY === true);
  const settings = { level: options.level ?? 'info', ...(options.name === undefined ? {} : { name: options.name }) };
  if (!pretty) return pino(settings, destination);
  const prettify = prettyFactory({
    colorize: destination.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
  });
  return pino(settings, { write: (line: string) => destination.write(prettify(line)) });
}

/**
 * The SDK's `Logger` (what plugins, the enricher chain and the grouper are given) over a pino logger:
 * the same five levels and call shapes (`msg` or `obj, msg?`), and `child` giving the SDK form of pino's
 * child.
 *
 * @example
 * ```ts
 * const logger = toSdkLogger(createLogger({ format: 'json' }));
 * logger.child({ enricher: 'geo' }).warn({ ip: '10.0.0.1' }, 'no location');
 * ```
 */
export function toSdkLogger(logger: PinoLogger): SdkLogger {
  const level =
    (name: 'trace' | 'debug' | 'info' | 'warn' | 'error') =>
    (objOrMsg: object | string, msg?: string): void => {
      if (typeof objOrMsg === 'string') logger[name](objOrMsg);
      else if (msg === undefined) logger[name](objOrMsg);
      else logger[name](objOrMsg, msg);
    };
  return {
    trace: level('trace'),
    debug: level('debug'),
    info: level('info'),
    warn: level('warn'),
    error: level('error'),
    child: (bindings) => toSdkLogger(logger.child(bindings)),
  };
}
