import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Worker threads and plugin fixture modules run the built package (`dist/`): JavaScript only. When the
 * sources are newer than the build, rebuild this package before the tests run.
 */
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  // tsc rewrites only outputs that change, so freshness is tracked by a stamp written after each build.
  const stamp = join(PACKAGE, 'dist', '.test-build-stamp');
  const built = join(PACKAGE, 'dist', 'isolation', 'workerMain.js');
  const stale = !existsSync(built) || !existsSync(stamp) || statSync(stamp).mtimeMs < newestMtime(join(PACKAGE, 'src'));
  if (!stale) return;
  const tsc = join(PACKAGE, '..', '..', 'node_modules', '.bin', 'tsc');
  try {
    // Build only this package when its reference is built (a sibling mid-change must not block these
    // tests); on a fresh clone, build the references too.
    const referencesBuilt = existsSync(join(PACKAGE, '..', 'stream-core', 'dist', 'index.d.ts'));
    execFileSync(tsc, [referencesBuilt ? '-p' : '-b', PACKAGE], { stdio: 'pipe' });
    writeFileSync(stamp, new Date().toISOString());
  } catch (e) {
    const output = (e as { stdout?: Buffer }).stdout?.toString() ?? '';
    throw new Error(`@ht/enricher-sdk: building dist/ for the worker and plugin tests failed:\n${output}`, {
      cause: e,
    });
  }
}
