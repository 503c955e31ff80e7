import type { Logger } from '../context/Logger.js';

/**
 * One line a {@link MemoryLogger} recorded: level, merged fields (bindings included) and message.
 *
 * @example
 * ```ts
 * expect(logger.entries).toContainEqual({ level: 'info', fields: { enricher: 'geo' }, msg: 'ready' });
 * ```
 */
export interface LogEntry {
  readonly level: 'trace' | 'debug' | 'info' | 'warn' | 'error';
  readonly fields: Readonly<Record<string, unknown>>;
  readonly msg: string;
}

/**
 * A {@link Logger} that keeps every line in memory, for assertions in tests. Children share the
 * parent's `entries`.
 *
 * @example
 * ```ts
 * const logger = new MemoryLogger();
 * logger.child({ enricher: 'geo' }).warn({ ip }, 'no match');
 * expect(logger.entries[0]).toMatchObject({ level: 'warn', fields: { enricher: 'geo' } });
 * ```
 */
export class MemoryLogger implements Logger {
  readonly entries: LogEntry[];
  private readonly bindings: Readonly<Record<string, unknown>>;

  constructor(bindings: Readonly<Record<string, unknown>> = {}, entries: LogEntry[] = []) {
    this.bindings = bindings;
    this.entries = entries;
  }

  trace = this.at('trace');
  debug = this.at('debug');
  info = this.at('info');
  warn = this.at('warn');
  error = this.at('error');

  child(bindings: Record<string, unknown>): MemoryLogger {
    return new MemoryLogger({ ...this.bindings, ...bindings }, this.entries);
  }

  private at(level: LogEntry['level']) {
    return (objOrMsg: object | string, msg?: string): void => {
      const fields = typeof objOrMsg === 'string' ? this.bindings : { ...this.bindings, ...objOrMsg };
      this.entries.push({ level, fields, msg: typeof objOrMsg === 'string' ? objOrMsg : (msg ?? '') });
    };
  }
}
