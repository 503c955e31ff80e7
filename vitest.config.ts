import { defineConfig } from 'vitest/config';

// One project per workspace package; `scripts/run-suites.mjs` runs them suite by suite.
export default defineConfig({
  test: {
    projects: ['packages/*', 'examples/*', 'tools/*', 'tests'],
  },
});
