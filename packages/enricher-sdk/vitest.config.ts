import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'enricher-sdk',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
  },
});
