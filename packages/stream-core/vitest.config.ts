import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'stream-core',
    include: ['test/**/*.test.ts'],
  },
});
