/**
 * A log call: a message, or a structured object (merged into the log record) with an optional message;
 * the same call shapes as pino's.
 *
 * @example
 * ```ts
 * ctx.logger.warn({ spanId: span.spanId }, 'no route template');
 * ```
 */
export interface LogFn {
  (msg: string): void;
  (obj: object, msg?: string): void;
}

/**
 * The logger plugins get: five levels and `child` for bound fields. A pino logger fits as it is
 * (`logger: pino()`), and so does any logger with these methods.
 *
 * @example
 * ```ts
 * const log = ctx.logger.child({ tenant: trace.tenantId });
 * log.info('enriching');
 * ```
 */
export interface Logger {
  trace: LogFn;
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
  child(bindings: Record<string, unknown>): Logger;
}

const ignore: LogFn = () => undefined;

/**
 * A logger that drops everything: the default when none is given.
 *
 * @example
 * ```ts
 * const chain = new EnricherChain(plugins.enrichers, { logger: noopLogger });
 * ```
 */
export const noopLogger: Logger = {
  trace: ignore,
  debug: ignore,
  info: ignore,
  warn: ignore,
  error: ignore,
  child: () => noopLogger,
};
