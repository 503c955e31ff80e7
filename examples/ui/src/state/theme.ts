/** Where the chosen theme persists across reloads. */
export const THEME_STORAGE = 'ht.theme';

/** The two themes. */
export type Theme = 'light' | 'dark';

/**
 * The theme the page shows now (index.html sets it from storage before the first paint).
 *
 * @example
 * ```ts
 * const dark = currentTheme() === 'dark';
 * ```
 */
export function currentTheme(): Theme {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

/**
 * Shows a theme and keeps it for the next visits.
 *
 * @example
 * ```ts
 * applyTheme(currentTheme() === 'dark' ? 'light' : 'dark');
 * ```
 */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
  try {
    localStorage.setItem(THEME_STORAGE, theme);
  } catch {
    // Storage refused (private mode): the theme still applies to this page.
  }
}
