/**
 * `@ht/ui`: the web UI of @ht, built into static files (`dist/app`) that the `ht` process serves at `/` on
 * the UI + GraphQL port (docs/ui.md). This entry point only tells where they are.
 *
 * @example
 * ```ts
 * import { uiAppDir } from '@ht/ui';
 * const dir = uiAppDir(); // '/…/examples/ui/dist/app', or undefined before the UI is built
 * ```
 *
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the built UI (its `index.html` and `assets/`), or `undefined` when it is not built yet
 * (`pnpm --filter @ht/ui build`; `npm run demo` and `npm test` build it).
 *
 * @example
 * ```ts
 * const dir = uiAppDir();
 * if (dir === undefined) console.log('the UI is not built');
 * ```
 */
export function uiAppDir(): string | undefined {
  const dir = fileURLToPath(new URL('./app/', import.meta.url));
  return existsSync(`${dir}index.html`) ? dir : undefined;
}
