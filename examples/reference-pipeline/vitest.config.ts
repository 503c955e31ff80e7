import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'reference-pipeline',
    include: ['test/**/*.test.ts'],
  },
});
