import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'sinks',
    include: ['test/**/*.test.ts'],
  },
});
