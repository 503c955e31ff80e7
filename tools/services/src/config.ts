import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Ports and versions of the test services, from `infra/services.json` plus environment overrides. */
export interface ServicesConfig {
  /** The repository root (where `infra/` lives). */
  readonly repoRoot: string;
  /** Downloads, installs and service data live here, outside the clone: `${HT_CACHE:-$HOME/.cache/ht}`. */
  readonly cacheDir: string;
  readonly kafka: {
    readonly version: string;
    readonly brokerPort: number;
    readonly controllerPort: number;
    readonly heapMb: number;
  };
  readonly schemaRegistry: {
    /** Preferred Apicurio version; it needs a Java of at least `minJava`. */
    readonly version: string;
    readonly minJava: number;
    /** Used when no such Java is found: runs on the machine's Java 17. */
    readonly fallbackVersion: string;
    readonly port: number;
    readonly managementPort: number;
    readonly heapMb: number;
  };
  readonly clickhouse: { readonly httpPort: number; readonly tcpPort: number; readonly interserverPort: number };
  readonly redis: { readonly port: number };
  readonly chdb: { readonly version: string };
}

/** Which environment variable overrides which port; documented in docs/development.md. */
export const PORT_ENV = {
  HT_KAFKA_PORT: ['kafka', 'brokerPort'],
  HT_KAFKA_CONTROLLER_PORT: ['kafka', 'controllerPort'],
  HT_SCHEMA_REGISTRY_PORT: ['schemaRegistry', 'port'],
  HT_SCHEMA_REGISTRY_MANAGEMENT_PORT: ['schemaRegistry', 'managementPort'],
  HT_CLICKHOUSE_HTTP_PORT: ['clickhouse', 'httpPort'],
  HT_CLICKHOUSE_TCP_PORT: ['clickhouse', 'tcpPort'],
  HT_CLICKHOUSE_INTERSERVER_PORT: ['clickhouse', 'interserverPort'],
  HT_REDIS_PORT: ['redis', 'port'],
} as const;

/** The repository root, found from this file's location (tools/services/{src,dist}/config.*). */
export function findRepoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}

/** The cache folder: `$HT_CACHE`, else `$HOME/.cache/ht`. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['HT_CACHE'];
  return fromEnv && fromEnv.length > 0 ? resolve(fromEnv) : join(env['HOME'] || homedir(), '.cache', 'ht');
}

function parsePort(name: string, raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name}=${raw} is not a port: expected an integer from 1 to 65535`);
  }
  return port;
}

/**
 * Reads `infra/services.json` and applies the environment's port overrides.
 *
 * @example
 * ```ts
 * const { kafka } = loadServicesConfig();
 * console.log(`127.0.0.1:${kafka.brokerPort}`);
 * ```
 */
export function loadServicesConfig(env: NodeJS.ProcessEnv = process.env, repoRoot = findRepoRoot()): ServicesConfig {
  const file = join(repoRoot, 'infra', 'services.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  for (const [name, [service, key]] of Object.entries(PORT_ENV)) {
    const value = env[name];
    const section = raw[service];
    if (value !== undefined && value !== '' && section) section[key] = parsePort(name, value);
  }
  return { ...(raw as unknown as Omit<ServicesConfig, 'repoRoot' | 'cacheDir'>), repoRoot, cacheDir: cacheDir(env) };
}
