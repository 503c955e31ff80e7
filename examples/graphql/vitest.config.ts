import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

// graphql 16 ships CommonJS (`main`) and ESM (`module`) side by side: Node loads the CommonJS one for
// graphql-yoga, Vite would pick the ESM one for our sources, and two copies of graphql refuse each other's
// schemas and errors. Resolving `graphql` as Node does keeps one copy.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

export default defineProject({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    name: 'graphql',
    include: ['test/**/*.test.ts'],
  },
});
