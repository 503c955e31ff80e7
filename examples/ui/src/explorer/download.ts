/**
 * Hands `content` to the browser as a file download named `name` (a JSON export).
 *
 * @example
 * ```ts
 * downloadText('ht-dashboards.json', dashboardsFile(saved));
 * ```
 */
export function downloadText(name: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * A file name from a dashboard's name: `ht-dashboard-<name>.json`, letters, digits and dashes.
 *
 * @example
 * ```ts
 * exportFileName('Checkout p99'); // 'ht-dashboard-checkout-p99.json'
 * ```
 */
export function exportFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug ? `ht-dashboard-${slug}.json` : 'ht-dashboards.json';
}
