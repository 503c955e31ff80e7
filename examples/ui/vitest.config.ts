import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'ui',
    include: ['test/**/*.test.ts'],
    // The browser test starts `ht demo` and Chromium: give it room on a busy two-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
