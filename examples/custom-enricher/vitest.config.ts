import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'custom-enricher',
    include: ['test/**/*.test.ts'],
  },
});
