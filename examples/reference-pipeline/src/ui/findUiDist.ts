/**
 * The folder of the built web UI (`@ht/ui`'s `dist/app`, with its `index.html`), or `undefined` when the
 * UI is not installed (`@ht/ui` is an optional peer dependency of a packed `ht`) or not built (`pnpm --filter @ht/ui
 * build`; `npm run demo` builds it).
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
