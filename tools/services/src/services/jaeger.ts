import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheDir } from '../config.js';
import type { ServicesConfig } from '../config.js';
import { isInstalled, log, run } from '../install.js';
import type { ServiceDefinition } from '../Service.js';

/** The Jaeger release built from the Go module proxy. */
export const JAEGER_VERSION = '1.76.0';
const JAEGER_MODULE = 'github.com/jaegertracing/jaeger';

/** Where the built binary lives: `${cache}/jaeger-v<version>/bin/jaeger` (tests read it as `HT_JAEGER_BIN`). */
export function jaegerBinPath(config: Pick<ServicesConfig, 'cacheDir'>): string {
  return join(config.cacheDir, `jaeger-v${JAEGER_VERSION}`, 'bin', 'jaeger');
}

/**
 * The Jaeger v2 binary a test or bench runs: `HT_JAEGER_BIN` (what `env` prints), else where `up jaeger`
 * builds it under the cache.
 *
 * @example
 * ```ts
 * spawn(jaegerBinary(), ['--config', configFile]);
 * ```
 */
export function jaegerBinary(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['HT_JAEGER_BIN'];
  return fromEnv !== undefined && fromEnv.length > 0 ? fromEnv : jaegerBinPath({ cacheDir: cacheDir(env) });
}

/**
 * Go's environment for the build: module cache, build cache and GOPATH under `root` (inside the cache
 * folder, never the user's own Go caches), modules from the public proxy. They are deleted after a
 * successful build.
 */
function goEnv(root: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOPATH: join(root, 'gopath'),
    GOMODCACHE: join(root, 'gopath', 'pkg', 'mod'),
    GOCACHE: join(root, 'gocache'),
    GOFLAGS: '-modcacherw',
    GOTOOLCHAIN: 'local',
    CGO_ENABLED: '0',
  };
}

function go(root: string, args: readonly string[], cwd: string): void {
  const out = execFileSync('go', [...args], { cwd, env: goEnv(root), encoding: 'utf8', stdio: 'pipe' });
  if (out.trim() !== '') log(out.trim());
}

/**
 * Jaeger v2 (an OpenTelemetry Collector build with OTLP receivers and a `kafka` exporter), built once
 * with the machine's Go from the Go module proxy: a scratch module under `${cache}/jaeger-v1.76.0/`
 * takes `github.com/jaegertracing/jaeger/cmd/jaeger` as a tool dependency and `go build`s it there.
 * Tests in @ht/sources start it (as `HT_JAEGER_BIN`) with their own config: never its built-in
 * all-in-one config, which binds our receivers' ports.
 */
export const jaeger: ServiceDefinition = {
  name: 'jaeger',
  description: `Jaeger v2 ${JAEGER_VERSION} (OTel Collector with a kafka exporter), built with Go`,
  kind: 'tool',
  startTimeoutMs: 0,
  ports: () => [],
  async install(ctx) {
    const bin = jaegerBinPath(ctx.config);
    const root = dirname(dirname(bin));
    if (isInstalled(root) && existsSync(bin)) return;
    const started = Date.now();
    log(`building ${JAEGER_MODULE}/cmd/jaeger@v${JAEGER_VERSION} with Go into ${root} (once; several minutes)`);
    run('go', ['version'], { quiet: true });
    const module = join(root, 'module');
    rmSync(module, { recursive: true, force: true });
    mkdirSync(module, { recursive: true });
    go(root, ['mod', 'init', 'ht.local/jaeger-build'], module);
    go(root, ['get', '-tool', `${JAEGER_MODULE}/cmd/jaeger@v${JAEGER_VERSION}`], module);
    go(root, ['build', '-trimpath', '-o', bin, `${JAEGER_MODULE}/cmd/jaeger`], module);
    // Keep only the binary: Go's module and build caches take ~3 GB, and a version bump rebuilds anyway.
    for (const dir of ['gocache', 'gopath', 'module']) rmSync(join(root, dir), { recursive: true, force: true });
    writeFileSync(join(root, '.installed'), `${JAEGER_VERSION}\n`);
    log(`built Jaeger ${JAEGER_VERSION} in ${Math.round((Date.now() - started) / 1000)} s`);
  },
  async healthy(ctx) {
    return existsSync(jaegerBinPath(ctx.config));
  },
  async version(ctx) {
    const bin = jaegerBinPath(ctx.config);
    if (!existsSync(bin)) return 'not installed';
    // The release builds stamp a version; a `go build` of the module does not, but records the module's.
    let info: string;
    try {
      info = execFileSync('go', ['version', '-m', bin], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return `Jaeger ${JAEGER_VERSION} (go not found to read the build info)`;
    }
    const match = /github\.com\/jaegertracing\/jaeger\s+v(\S+)/.exec(info);
    return `Jaeger ${match?.[1] ?? '?'} (built with ${/^\S+:\s+(go\S+)/.exec(info)?.[1] ?? 'go'})`;
  },
};
