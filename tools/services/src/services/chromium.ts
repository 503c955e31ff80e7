import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureDebPackages } from '../install.js';
import type { ServiceDefinition } from '../Service.js';

const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium (+ chromedriver) for UI tests through playwright-core; never a downloaded browser. */
export const chromium: ServiceDefinition = {
  name: 'chromium',
  description: "Chromium (Debian's chromium) for UI tests",
  kind: 'tool',
  startTimeoutMs: 0,
  ports: () => [],
  async install() {
    ensureDebPackages(['chromium', 'chromium-driver', 'fonts-liberation']);
  },
  async healthy() {
    return existsSync(CHROMIUM);
  },
  async version() {
    if (!existsSync(CHROMIUM)) return 'not installed';
    const out = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim();
  },
};
