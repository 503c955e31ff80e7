import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServicesConfig } from '../config.js';
import { httpGet } from '../health.js';
import { isInstalled, log, mvn, run } from '../install.js';
import { findJava, javaMajor } from '../java.js';
import { startDaemon } from '../processes.js';
import { logFileOf, pidFileOf, type ServiceDefinition } from '../Service.js';

/** Which Apicurio to run, and on which Java. */
interface RegistryPlan {
  readonly version: string;
  readonly java: string;
}

let cachedPlan: RegistryPlan | undefined;

/**
 * Apicurio 3.x is built for Java 21+; the machines carry Java 17 (Debian) and usually a newer Temurin JDK.
 * Use 3.x on the newest-enough Java found, else fall back to 2.6.x, which runs on Java 17.
 */
function plan(config: ServicesConfig): RegistryPlan {
  if (cachedPlan) return cachedPlan;
  const { version, minJava, fallbackVersion } = config.schemaRegistry;
  const found = findJava(minJava);
  if (found) cachedPlan = { version, java: found.java };
  else {
    log(`no Java >= ${minJava} found (JAVA_HOME, PATH, /usr/lib/jvm): using Apicurio ${fallbackVersion} on Java 17`);
    cachedPlan = { version: fallbackVersion, java: 'java' };
  }
  return cachedPlan;
}

function installDir(config: ServicesConfig): string {
  return join(config.cacheDir, `apicurio-registry-${plan(config).version}`);
}

/** 3.3.x has `quarkus-run.jar` at the archive root, 3.0 under `quarkus-app/`, 2.x a `…-runner.jar`. */
function runnerJar(config: ServicesConfig): string {
  const dir = installDir(config);
  const candidates = [join(dir, 'quarkus-run.jar'), join(dir, 'quarkus-app', 'quarkus-run.jar')];
  if (existsSync(dir))
    candidates.push(
      ...readdirSync(dir)
        .filter((f) => f.endsWith('-runner.jar'))
        .map((f) => join(dir, f)),
    );
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}

/** Apicurio Registry (in-memory storage) from Maven Central; its Confluent-compatible API is ccompat v7. */
export const schemaRegistry: ServiceDefinition = {
  name: 'schema-registry',
  description: 'Apicurio Registry (Confluent-compatible API)',
  kind: 'daemon',
  startTimeoutMs: 90_000,
  ports: (config) => [
    { port: config.schemaRegistry.port, purpose: 'schema registry HTTP' },
    { port: config.schemaRegistry.managementPort, purpose: 'schema registry management' },
  ],
  async install(ctx) {
    const { version } = plan(ctx.config);
    const dir = installDir(ctx.config);
    if (isInstalled(dir)) return;
    const artifact = `io.apicurio:apicurio-registry-app:${version}:tar.gz:all`;
    log(`fetching Apicurio Registry ${version} from Maven Central`);
    mvn(ctx.config.cacheDir, ['dependency:get', '-Dtransitive=false', `-Dartifact=${artifact}`]);
    const archive = join(
      ctx.config.cacheDir,
      'm2',
      'io',
      'apicurio',
      'apicurio-registry-app',
      version,
      `apicurio-registry-app-${version}-all.tar.gz`,
    );
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    run('tar', ['-xzf', archive, '-C', dir]);
    if (!existsSync(runnerJar(ctx.config))) throw new Error(`no quarkus-run.jar found in ${archive}`);
    writeFileSync(join(dir, '.installed'), `${version}\n`);
  },
  async start(ctx) {
    const { port, managementPort, heapMb } = ctx.config.schemaRegistry;
    mkdirSync(ctx.runDir, { recursive: true });
    return startDaemon({
      command: plan(ctx.config).java,
      args: [
        `-Xmx${heapMb}m`,
        '-XX:+UseG1GC',
        '-Dquarkus.http.host=127.0.0.1',
        `-Dquarkus.http.port=${port}`,
        '-Dquarkus.management.host=127.0.0.1',
        `-Dquarkus.management.port=${managementPort}`,
        '-Dquarkus.log.level=WARN',
        '-Dquarkus.log.category."io.apicurio".level=INFO',
        '-jar',
        runnerJar(ctx.config),
      ],
      cwd: ctx.runDir,
      logFile: logFileOf(ctx.runDir),
      pidFile: pidFileOf(ctx.runDir),
    });
  },
  async healthy(ctx) {
    const { status, body } = await httpGet(
      `http://127.0.0.1:${ctx.config.schemaRegistry.port}/apis/ccompat/v7/subjects`,
    );
    return status === 200 && body.trim().startsWith('[');
  },
  async version(ctx) {
    const { version, java } = plan(ctx.config);
    return isInstalled(installDir(ctx.config))
      ? `Apicurio Registry ${version} (Java ${javaMajor(java) ?? '?'})`
      : 'not installed';
  },
};
