import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOTS, watchedPage } from './browser/browser.js';
import { startDemo, waitForData } from './browser/startDemo.js';
import type { RunningDemo } from './browser/startDemo.js';

// The explorer and saved dashboards against a real `ht demo` with traffic, in Debian's Chromium: one demo
// of its own (port offsets 2300-2390, the first free one; HT_UI_EXPLORER_TEST_PORT_OFFSET moves the first).
const FIRST_OFFSET = Number(process.env['HT_UI_EXPLORER_TEST_PORT_OFFSET'] ?? 2300);
const OFFSETS = Array.from({ length: 10 }, (_, i) => FIRST_OFFSET + i * 10);

let demo: RunningDemo;
let browser: Browser;
const started = performance.now();

beforeAll(async () => {
  demo = await startDemo(OFFSETS);
  browser = await launchChromium();
  await waitForData(demo.url);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  console.log(`[ui] explorer suite: ${Math.round((performance.now() - started) / 1000)} s with its demo`);
}, 60_000);

const shoot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
// 15 minutes: the demo's first minutes of traffic take a few of its 30-s buckets.
const P99_BY_SERVICE = '/explorer?view=API_TRACE&group=service_name&agg=p99&of=duration_micros&range=15m';

/** The explorer's table once it lists `rows` groups, and its chart. */
async function explored(page: Page, rows: number, chart = true): Promise<void> {
  await page
    .locator('table[aria-label="Explore results"] tbody tr')
    .nth(rows - 1)
    .waitFor({ timeout: 30_000 });
  if (chart) await page.locator('[data-testid=explore-panel] .chart canvas').waitFor({ timeout: 30_000 });
}

/** The dashboard page's panels, each drawn (its table and chart). */
async function panelsDrawn(page: Page, count: number): Promise<void> {
  const panels = page.getByTestId('dashboard-panel');
  await expect.poll(() => panels.count(), { timeout: 30_000 }).toBe(count);
  for (let i = 0; i < count; i++) {
    await panels.nth(i).locator('table[aria-label="Explore results"] tbody tr').first().waitFor({ timeout: 30_000 });
    await panels.nth(i).locator('.chart canvas').waitFor({ timeout: 30_000 });
  }
}

describe('explorer and dashboards', () => {
  it('explores a built-in view grouped by service (p99 per service over time), from its URL, in both themes', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${demo.url}${P99_BY_SERVICE}`);
    await explored(page, 5);
    // The pickers come from the catalog: the built-in contexts and the other views.
    const views = await page.locator('select[aria-label=View] option').allTextContents();
    expect(views.slice(0, 5)).toEqual([
      'SPAN (span_event_view)',
      'TRACE (raw_trace_view)',
      'API_TRACE (raw_service_view)',
      'BACKEND_TRACE (backend_entity_view)',
      'LOG_EVENT (log_event_view)',
    ]);
    expect(views).toContain('service_call_view');
    const services = await page
      .locator('table[aria-label="Explore results"] tbody tr td:first-child')
      .allTextContents();
    expect(services).toContain('api-gateway');
    // p99 of a microsecond column reads as a duration; the legend names a line per service.
    const value = await page.locator('table[aria-label="Explore results"] tbody tr td.num').first().textContent();
    expect(value).toMatch(/^\d+(\.\d+)? (µs|ms|s)$/);
    expect(await page.locator('.u-legend .u-series').count()).toBeGreaterThan(2);
    expect(await page.locator('[role=alert]').count()).toBe(0);
    await shoot(page, 'explorer-light');
    await page.evaluate(() => localStorage.setItem('ht.theme', 'dark'));
    await page.reload();
    await explored(page, 5);
    await shoot(page, 'explorer-dark');
    // A condition on a column and an attribute, grouped by the attribute, totals only.
    await page.goto(
      `${demo.url}/explorer?view=SPAN&group=@http.request.method&where=${encodeURIComponent('span_kind=SERVER http.request.method')}&interval=none`,
    );
    await explored(page, 1, false);
    const methods = await page.locator('table[aria-label="Explore results"] tbody tr td:first-child').allTextContents();
    expect(methods.length).toBeGreaterThan(0);
    for (const m of methods) expect(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']).toContain(m);
    // A condition it cannot read says so, and asks nothing.
    await page.goto(`${demo.url}/explorer?view=TRACE&where=${encodeURIComponent('root_service=')}`);
    await expect
      .poll(() => page.getByTestId('panel-problem').textContent())
      .toMatch(/cannot be read: expected a value/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('saves panels to a dashboard that survives a reload, opens from its link in another browser, and round-trips through export and import', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${demo.url}${P99_BY_SERVICE}`);
    await explored(page, 5);
    await page.getByLabel('Panel title').fill('p99 per service');
    await page.getByLabel('Dashboard name').fill('Demo shop');
    await page.getByTestId('save-panel').click();
    await expect
      .poll(() => page.getByTestId('save-outcome').textContent(), { timeout: 30_000 })
      .toMatch(/Saved to 'Demo shop' \(1 panel\)/);
    await page.goto(`${demo.url}/explorer?view=BACKEND_TRACE&group=backend_type`);
    await explored(page, 2);
    await page.getByLabel('Dashboard name').fill('Demo shop');
    await page.getByTestId('save-panel').click();
    await expect
      .poll(() => page.getByTestId('save-outcome').textContent(), { timeout: 30_000 })
      .toMatch(/\(2 panels\)/);

    // The list lives in the browser's storage: a reload keeps it.
    await page.goto(`${demo.url}/dashboards?range=15m`);
    await page.reload();
    const row = page.locator('table[aria-label="Saved dashboards"] tbody tr', { hasText: 'Demo shop' });
    await expect.poll(() => row.locator('td.num').textContent(), { timeout: 30_000 }).toBe('2');
    await shoot(page, 'dashboards-light');
    await row.getByRole('link', { name: 'Demo shop' }).click();
    await panelsDrawn(page, 2);
    expect(await page.getByTestId('dashboard-state').textContent()).toBe('Saved in this browser.');
    expect(await page.getByTestId('dashboard-panel').first().locator('h2').textContent()).toBe('p99 per service');
    const link = page.url();
    expect(link).toMatch(/\/dashboards\/view\?range=15m&d=[A-Za-z0-9_-]+$/);
    await shoot(page, 'dashboard-view-light');
    await page.evaluate(() => localStorage.setItem('ht.theme', 'dark'));
    await page.reload();
    await panelsDrawn(page, 2);
    await shoot(page, 'dashboard-view-dark');
    await page.evaluate(() => localStorage.setItem('ht.theme', 'light'));

    // The link alone opens it in another browser (fresh storage).
    const other = await watchedPage(browser);
    await other.page.goto(link);
    await panelsDrawn(other.page, 2);
    expect(await other.page.getByTestId('dashboard-state').textContent()).toBe('Not saved in this browser.');

    // Export from the first browser, import into the other.
    await page.goto(`${demo.url}/dashboards?range=15m`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export all (JSON)' }).click(),
    ]);
    const exported = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(exported)).toMatchObject({
      format: 'ht.dashboards',
      version: 1,
      dashboards: [{ name: 'Demo shop' }],
    });
    await other.page.goto(`${demo.url}/dashboards?range=15m`);
    await other.page.getByTestId('no-dashboards').waitFor();
    // A bad file first: a clear error, nothing changed.
    await other.page.getByTestId('import-file').setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"grafana","panels":[]}'),
    });
    await expect
      .poll(() => other.page.getByTestId('import-outcome').textContent())
      .toBe(
        'wrong.json cannot be imported: not an @ht dashboards file: "format" must be "ht.dashboards". Nothing was changed.',
      );
    expect(await other.page.getByTestId('import-outcome').getAttribute('role')).toBe('alert');
    await other.page.getByTestId('import-file').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect
      .poll(() => other.page.getByTestId('import-outcome').textContent())
      .toBe('Imported 1 dashboard: Demo shop.');
    await other.page.reload();
    const imported = other.page.locator('table[aria-label="Saved dashboards"] tbody tr', { hasText: 'Demo shop' });
    await expect.poll(() => imported.locator('td.num').textContent(), { timeout: 30_000 }).toBe('2');
    // The same dashboard, byte for byte: the imported browser's storage is the exported file.
    expect(await other.page.evaluate(() => localStorage.getItem('ht.dashboards'))).toBe(exported);
    await imported.getByRole('link', { name: 'Demo shop' }).click();
    await panelsDrawn(other.page, 2);
    expect(other.page.url()).toBe(link);
    expect(await other.page.getByTestId('dashboard-state').textContent()).toBe('Saved in this browser.');

    // A link cut short says what is wrong.
    await other.page.goto(link.slice(0, link.indexOf('d=') + 30));
    await expect
      .poll(() => other.page.getByTestId('dashboard-error').textContent(), { timeout: 30_000 })
      .toMatch(/cannot be read/);
    expect(problems).toEqual([]);
    expect(other.problems).toEqual([]);
    await other.page.context().close();
    await page.context().close();
  });

  it('by keyboard alone: group by a column, pick an aggregation, save the panel and open its dashboard', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${demo.url}/explorer?view=API_TRACE&group=`);
    await explored(page, 1);
    // A closed select takes the arrow keys: the first column to group by, then p99 (eight down from count).
    await page.getByLabel('Add a group by column').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('group'), { timeout: 30_000 }).toBe('service_name');
    await explored(page, 5);
    await page.getByLabel('Aggregation').focus();
    // One step at a time: each pick goes through the URL before the next arrives.
    for (const next of ['avg', 'sum', 'min', 'max', 'p50', 'p90', 'p95', 'p99']) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => new URL(page.url()).searchParams.get('agg'), { timeout: 30_000 }).toBe(next);
    }
    await expect.poll(() => new URL(page.url()).searchParams.get('agg'), { timeout: 30_000 }).toBe('p99');
    expect(new URL(page.url()).searchParams.get('of')).toBe('duration_micros');
    // Conditions with the box's suggestions: a column of the view, then one of its values.
    await page.getByRole('combobox', { name: 'Conditions' }).focus();
    await page.keyboard.type('service_n');
    await page.getByTestId('suggestions').getByText('service_name').waitFor({ timeout: 30_000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByTestId('suggestions').getByText('api-gateway').waitFor({ timeout: 30_000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('where'), { timeout: 30_000 })
      .toMatch(/^service_name=\S+$/);
    await explored(page, 1);
    expect(await page.locator('table[aria-label="Explore results"] tbody tr').count()).toBe(1);
    await page.getByLabel('Panel title').focus();
    await page.keyboard.type('keyboard panel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Keys');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('save-outcome').textContent(), { timeout: 30_000 })
      .toMatch(/Saved to 'Keys' \(1 panel\)/);
    await page.getByTestId('open-dashboard').focus();
    await page.keyboard.press('Enter');
    await panelsDrawn(page, 1);
    expect(await page.locator('[data-testid=dashboard-panel] h2').textContent()).toBe('keyboard panel');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
