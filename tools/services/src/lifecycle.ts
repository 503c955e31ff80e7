import { rmSync } from 'node:fs';
import type { ServicesConfig } from './config.js';
import { waitUntil } from './health.js';
import { log } from './install.js';
import { describeTakenPort, isPortFree } from './ports.js';
import { isAlive, runningPid, stopDaemon, tailLog } from './processes.js';
import { logFileOf, pidFileOf, runDirOf, type ServiceContext, type ServiceDefinition } from './Service.js';

function contextOf(config: ServicesConfig, service: ServiceDefinition): ServiceContext {
  return { config, runDir: runDirOf(config, service.name) };
}

async function probe(service: ServiceDefinition, ctx: ServiceContext): Promise<boolean> {
  try {
    return await service.healthy(ctx);
  } catch {
    return false;
  }
}

/**
 * Installs (cached) and starts each service, returning once every one is healthy. Idempotent: a service
 * already running from an earlier `up` is left as it is. Fails naming any port held by another process.
 */
export async function up(config: ServicesConfig, services: readonly ServiceDefinition[]): Promise<void> {
  for (const service of services) {
    const ctx = contextOf(config, service);
    await service.install(ctx);
    if (service.kind === 'tool' || !service.start) {
      if (!(await probe(service, ctx))) throw new Error(`${service.description} is not usable after install`);
      log(`${service.name}: ready (${await service.version(ctx)})`);
      continue;
    }
    const pidFile = pidFileOf(ctx.runDir);
    const logFile = logFileOf(ctx.runDir);
    let pid = runningPid(pidFile);
    if (pid === undefined) {
      for (const { port, purpose } of service.ports(config)) {
        if (!(await isPortFree(port)))
          throw new Error(`cannot start ${service.name}: ${describeTakenPort(port, purpose)}`);
      }
      const started = Date.now();
      pid = await service.start(ctx);
      const runningPidNow = pid;
      await waitUntil(service.description, () => service.healthy(ctx), {
        timeoutMs: service.startTimeoutMs,
        alive: () => isAlive(runningPidNow),
        hint: () => `last lines of ${logFile}:\n${tailLog(logFile)}`,
      });
      log(`${service.name}: started in ${((Date.now() - started) / 1000).toFixed(1)}s (pid ${pid}, log ${logFile})`);
    } else {
      const runningPidNow = pid;
      await waitUntil(service.description, () => service.healthy(ctx), {
        timeoutMs: service.startTimeoutMs,
        alive: () => isAlive(runningPidNow),
        hint: () => `last lines of ${logFile}:\n${tailLog(logFile)}`,
      });
      log(`${service.name}: already running (pid ${pid})`);
    }
  }
}

/** Stops the daemons among `services` that an earlier `up` started; returns the names it stopped. */
export async function down(config: ServicesConfig, services: readonly ServiceDefinition[]): Promise<string[]> {
  const stopped: string[] = [];
  for (const service of [...services].reverse()) {
    if (service.kind !== 'daemon') continue;
    if (await stopDaemon(pidFileOf(runDirOf(config, service.name)))) {
      log(`${service.name}: stopped`);
      stopped.push(service.name);
    }
  }
  return stopped;
}

/** Stops the services and deletes their data (a stale Kafka log dir, a broken ClickHouse folder). */
export async function reset(config: ServicesConfig, services: readonly ServiceDefinition[]): Promise<void> {
  await down(config, services);
  for (const service of services) {
    if (service.kind !== 'daemon') continue;
    rmSync(runDirOf(config, service.name), { recursive: true, force: true });
    log(`${service.name}: data deleted`);
  }
}

/** One line of `status`. */
export interface ServiceStatus {
  readonly name: string;
  readonly state: 'running' | 'unhealthy' | 'stopped' | 'installed' | 'missing';
  readonly pid: number | undefined;
  readonly version: string;
  readonly ports: readonly number[];
}

/** The state of each service: running and healthy, running but unhealthy, stopped; tools: installed or not. */
export async function status(config: ServicesConfig, services: readonly ServiceDefinition[]): Promise<ServiceStatus[]> {
  const result: ServiceStatus[] = [];
  for (const service of services) {
    const ctx = contextOf(config, service);
    const ports = service.ports(config).map((p) => p.port);
    const version = await service.version(ctx).catch((e: unknown) => `unknown (${String(e)})`);
    if (service.kind === 'tool') {
      result.push({
        name: service.name,
        state: (await probe(service, ctx)) ? 'installed' : 'missing',
        pid: undefined,
        version,
        ports,
      });
      continue;
    }
    const pid = runningPid(pidFileOf(ctx.runDir));
    const state = pid === undefined ? 'stopped' : (await probe(service, ctx)) ? 'running' : 'unhealthy';
    result.push({ name: service.name, state, pid, version, ports });
  }
  return result;
}
