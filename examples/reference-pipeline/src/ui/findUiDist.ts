import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The folder of the built web UI (`@ht/ui`'s `dist`, with its `index.html`), or `undefined` when the UI
 * is not installed or not built (`pnpm --filter @ht/ui build`; `npm run demo` builds it).
 *
 * @example
 * ```ts
 * const dist = findUiDist(); // '/…/examples/ui/dist'
 * ```
 */
export function findUiDist(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('@ht/ui/package.json');
    const dist = join(dirname(manifest), 'dist');
    return existsSync(join(dist, 'index.html')) ? dist : undefined;
  } catch {
    return undefined;
  }
}
