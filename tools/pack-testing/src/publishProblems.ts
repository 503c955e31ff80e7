import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { filesIn } from './tarball.js';
import { undeclaredImports } from './undeclaredImports.js';
import { WORKSPACE } from './workspace.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function exportTargets(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(exportTargets);
}

const FORBIDDEN = [/^test\//, /^bench\//, /^node_modules\//, /\.tsbuildinfo$/, /\.test-build-stamp$/, /^tsconfig/];

/**
 * What would make an unpacked package unfit to publish: `workspace:` specifiers, exports into anything
 * but `dist/`, missing README/LICENSE, test/bench/build-state files, source maps naming files the
 * package does not carry (a stale build output, or sources left out), README links out of the package,
 * and packages the built code imports without depending on them ({@link undeclaredImports}).
 *
 * @example
 * ```ts
 * expect(publishProblems(unpack(tarball, '/tmp/unpacked'))).toEqual([]);
 * ```
 */
export function publishProblems(packageDir: string): string[] {
  const problems: string[] = [];
  const files = new Set(filesIn(packageDir));
  const manifestText = readFileSync(join(packageDir, 'package.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as { [key: string]: Json };
  if (manifestText.includes('workspace:')) problems.push('package.json still has a workspace: specifier');
  const targets = [...exportTargets(manifest['exports']), ...exportTargets(manifest['types'])];
  if (targets.length === 0) problems.push('package.json has no exports');
  for (const target of targets) {
    if (target === './package.json') continue;
    if (!target.startsWith('./dist/')) problems.push(`export target ${target} is outside dist/`);
    if (!files.has(posix.normalize(target))) problems.push(`export target ${target} is not in the package`);
  }
  for (const required of ['README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']) {
    if (!files.has(required)) problems.push(`${required} is missing`);
  }
  const license = join(packageDir, 'LICENSE');
  if (existsSync(license) && readFileSync(license, 'utf8') !== readFileSync(join(WORKSPACE, 'LICENSE'), 'utf8')) {
    problems.push('LICENSE differs from the repository LICENSE');
  }
  for (const file of files) {
    if (FORBIDDEN.some((p) => p.test(file))) problems.push(`${file} should not be published`);
    if (file.endsWith('.d.ts') && !files.has(file.replace(/\.d\.ts$/, '.js')) && file.startsWith('dist/')) {
      problems.push(`${file} has no .js beside it`);
    }
    if (file.endsWith('.map')) problems.push(...mapProblems(packageDir, file, files));
  }
  const readme = existsSync(join(packageDir, 'README.md')) ? readFileSync(join(packageDir, 'README.md'), 'utf8') : '';
  for (const link of readme.matchAll(/\]\((\.\.\/[^)]*)\)/g))
    problems.push(`README links out of the package: ${link[1]}`);
  problems.push(...undeclaredImports(packageDir));
  return problems;
}

function mapProblems(packageDir: string, file: string, files: ReadonlySet<string>): string[] {
  const map = JSON.parse(readFileSync(join(packageDir, file), 'utf8')) as { sources?: string[]; sourceRoot?: string };
  const base = posix.join(dirname(file), map.sourceRoot ?? '');
  return (map.sources ?? [])
    .map((source) => posix.normalize(posix.join(base, source)))
    .filter((source) => !files.has(source))
    .map((source) => `${file} maps to ${source}, which is not in the package (stale build output?)`);
}
