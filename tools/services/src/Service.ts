import { join } from 'node:path';
import type { ServicesConfig } from './config.js';

/** What every service definition gets. */
export interface ServiceContext {
  readonly config: ServicesConfig;
  /** `<cache>/run/<service>`: data, logs and the pid file of a running service. */
  readonly runDir: string;
}

/** A port a service binds, with what it is for (used in "port taken" errors). */
export interface ServicePort {
  readonly port: number;
  readonly purpose: string;
}

/**
 * One service the tests need. `install` is idempotent and cached; daemons are started detached and
 * health-checked; tools (Chromium, chDB) are only installed.
 */
export interface ServiceDefinition {
  readonly name: string;
  readonly description: string;
  readonly kind: 'daemon' | 'tool';
  ports(config: ServicesConfig): readonly ServicePort[];
  install(ctx: ServiceContext): Promise<void>;
  /** Starts the daemon in the background (ports are known to be free). Returns its pid. */
  start?(ctx: ServiceContext): Promise<number>;
  /** One health probe: true when the service answers as the tests need. */
  healthy(ctx: ServiceContext): Promise<boolean>;
  readonly startTimeoutMs: number;
  /** The version actually running or installed, for `status` and closing notes. */
  version(ctx: ServiceContext): Promise<string>;
}

/** The run folder of a service under the cache. */
export function runDirOf(config: ServicesConfig, name: string): string {
  return join(config.cacheDir, 'run', name);
}

/** The pid file of a daemon. */
export function pidFileOf(runDir: string): string {
  return join(runDir, 'pid');
}

/** The log file of a daemon. */
export function logFileOf(runDir: string): string {
  return join(runDir, 'service.log');
}
