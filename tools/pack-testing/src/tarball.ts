import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { WORKSPACE } from './workspace.js';

/**
 * `pnpm pack` of a workspace package into `dest` (pnpm turns `workspace:` ranges into the versions in the
 * workspace); returns the tarball's path.
 *
 * @example
 * ```ts
 * const tarball = pack('packages/stream-core', '/tmp/tarballs'); // '/tmp/tarballs/ht-stream-core-0.1.0.tgz'
 * ```
 */
export function pack(packageDir: string, dest: string): string {
  const out = execFileSync('pnpm', ['pack', '--pack-destination', dest], {
    cwd: join(WORKSPACE, packageDir),
    encoding: 'utf8',
  });
  const tarball = out
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.endsWith('.tgz'));
  if (tarball === undefined) throw new Error(`pnpm pack of ${packageDir} named no tarball:\n${out}`);
  return tarball;
}

/**
 * Extracts a tarball into `dest`; returns the extracted package folder (npm tarballs hold `package/`).
 *
 * @example
 * ```ts
 * const dir = unpack(tarball, '/tmp/unpacked/stream-core'); // '/tmp/unpacked/stream-core/package'
 * ```
 */
export function unpack(tarball: string, dest: string): string {
  mkdirSync(dest, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dest]);
  return join(dest, 'package');
}

/**
 * Every file under `dir`, as sorted posix paths relative to it.
 *
 * @example
 * ```ts
 * filesIn(unpacked); // ['LICENSE', 'README.md', 'dist/index.d.ts', 'dist/index.js', 'package.json']
 * ```
 */
export function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d)) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
