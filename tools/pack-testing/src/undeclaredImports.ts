import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { filesIn } from './tarball.js';

/**
 * Static `import … from '…'` / `export … from '…'` and `import '…'` statements (tsc starts each on a
 * line of its own), and `import('…')` with a literal specifier; a `from "…"` inside a string is none.
 */
const IMPORT =
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"\s]+)['"]|^\s*import\s*['"]([^'"\s]+)['"]|\bimport\(\s*['"]([^'"\s]+)['"]\s*\)/gm;

/** The package a bare specifier names: `@scope/name` or `name`, without a subpath. */
function packageOf(specifier: string): string {
  const [first = '', second = ''] = specifier.split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/**
 * The packages the built JavaScript of an unpacked package imports without declaring them in
 * `dependencies`, `peerDependencies` or `optionalDependencies` (a dev dependency is not installed for a
 * user): one line per package, with the first file that imports it. Relative imports, `#` imports, Node's
 * built-in modules and the package's own name are not dependencies.
 *
 * @example
 * ```ts
 * undeclaredImports(unpacked); // ['dist/ops/createLogger.js imports pino, which is not a dependency']
 * ```
 */
export function undeclaredImports(packageDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    name?: string;
  } & Partial<Record<'dependencies' | 'peerDependencies' | 'optionalDependencies', Record<string, string>>>;
  const declared = new Set([
    manifest.name ?? '',
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ]);
  const builtins = new Set(builtinModules);
  const firstImporter = new Map<string, string>();
  for (const file of filesIn(packageDir).filter((f) => f.startsWith('dist/') && /\.[cm]?js$/.test(f))) {
    for (const match of readFileSync(join(packageDir, file), 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (/^[./#]/.test(specifier) || specifier.startsWith('node:') || builtins.has(packageOf(specifier))) continue;
      const name = packageOf(specifier);
      if (!declared.has(name) && !firstImporter.has(name)) firstImporter.set(name, file);
    }
  }
  return [...firstImporter].map(([name, file]) => `${file} imports ${name}, which is not a dependency`);
}
