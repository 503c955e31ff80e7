import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'pack-testing',
    include: ['test/**/*.test.ts'],
  },
});
