import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

/** Debian's Chromium (tools/services installs it: `node tools/services/dist/cli.js up chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

/** Where the browser tests put their screenshots (git-ignored; docs/ui.md commits a few). */
export const SCREENSHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/**
 * Launches headless Chromium through playwright-core (never a downloaded browser).
 *
 * @example
 * ```ts
 * const browser = await launchChromium();
 * ```
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (node tools/services/dist/cli.js up chromium)`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}

/** A page that records its console errors and uncaught exceptions. */
export interface WatchedPage {
  readonly page: Page;
  /** Console errors and page errors seen so far. */
  readonly problems: string[];
}

/**
 * Opens a page of a fresh context (its own storage) that records console errors and page errors.
 *
 * @example
 * ```ts
 * const { page, problems } = await watchedPage(browser);
 * ```
 */
export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}
