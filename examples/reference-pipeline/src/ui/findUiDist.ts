/**
 * The folder of the built web UI (`@ht/ui`'s `dist/app`, with its `index.html`), or `undefined` when the
 * UI is not built (in the workspace: `pnpm --filter @ht/ui build`; `npm run demo` builds it; the published
 * `@ht/ui`, a dependency, holds its build) or cannot be loaded.
 *
 * @example
 * ```ts
 * const dist = await findUiDist(); // '/…/examples/ui/dist/app/'
 * ```
 */
export async function findUiDist(): Promise<string | undefined> {
  try {
    const ui = await import('@ht/ui');
    return ui.uiAppDir();
  } catch {
    return undefined;
  }
}
