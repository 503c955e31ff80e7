import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtError } from '@ht/stream-core/errors';

const CONDITIONS = ['import', 'node', 'default'];

/**
 * The file URL of a plugin module: a path (`./x.js`, `../x.js`, `/abs/x.js`, `file:` URL) resolved
 * against `baseDir`, or an npm package name (optionally with a subpath) looked up in the
 * `node_modules` folders from `baseDir` upward, the way the user's own code would import it: the
 * `exports` map with `import`/`node`/`default` conditions, else `main`.
 *
 * @example
 * ```ts
 * await import(resolvePluginModule('@acme/ht-geo', process.cwd()));
 * ```
 */
export function resolvePluginModule(specifier: string, baseDir: string): string {
  if (specifier.startsWith('file:')) return specifier;
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    const path = resolve(baseDir, specifier);
    if (!existsSync(path)) throw notFound(specifier, baseDir, `no file at ${path}`);
    return pathToFileURL(path).href;
  }
  const fromNodeModules = resolvePackage(specifier, baseDir);
  if (fromNodeModules !== undefined) return pathToFileURL(fromNodeModules).href;
  try {
    // CommonJS-style resolution covers what the lookup above does not (e.g. `exports` patterns).
    return pathToFileURL(createRequire(join(baseDir, 'noop.js')).resolve(specifier)).href;
  } catch (e) {
    throw notFound(specifier, baseDir, (e as Error).message.split('\n')[0] ?? '', e);
  }
}

function notFound(specifier: string, baseDir: string, detail: string, cause?: unknown): HtError {
  return new HtError(
    'CONFIG_INVALID',
    `cannot find plugin module '${specifier}' from ${baseDir} (${detail}): install the package there ` +
      `(npm install ${specifier}) or give a path starting with ./`,
    { cause },
  );
}

function splitSpecifier(specifier: string): [string, string] {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const subpath = parts.slice(nameLength).join('/');
  return [parts.slice(0, nameLength).join('/'), subpath === '' ? '.' : `./${subpath}`];
}

function resolvePackage(specifier: string, baseDir: string): string | undefined {
  const [name, subpath] = splitSpecifier(specifier);
  for (let dir = resolve(baseDir); ; dir = dirname(dir)) {
    const pkgDir = join(dir, 'node_modules', name);
    const manifest = join(pkgDir, 'package.json');
    if (existsSync(manifest))
      return entryOf(pkgDir, JSON.parse(readFileSync(manifest, 'utf8')) as PackageJson, subpath);
    if (dirname(dir) === dir) return undefined;
  }
}

interface PackageJson {
  readonly exports?: unknown;
  readonly main?: string;
}

function entryOf(pkgDir: string, pkg: PackageJson, subpath: string): string | undefined {
  if (pkg.exports !== undefined) {
    const map = pkg.exports;
    const isSubpathMap =
      typeof map === 'object' && map !== null && !Array.isArray(map) && Object.keys(map).some((k) => k.startsWith('.'));
    const target = isSubpathMap ? (map as Record<string, unknown>)[subpath] : subpath === '.' ? map : undefined;
    const file = conditionalTarget(target);
    return file === undefined ? undefined : join(pkgDir, file);
  }
  if (subpath !== '.') return join(pkgDir, subpath);
  return join(pkgDir, pkg.main ?? 'index.js');
}

function conditionalTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const t of target as unknown[]) {
      const found = conditionalTarget(t);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof target === 'object' && target !== null) {
    for (const [condition, value] of Object.entries(target)) {
      if (!CONDITIONS.includes(condition)) continue;
      const found = conditionalTarget(value);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
