import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

// graphql 16 ships CommonJS (`main`) and ESM (`module`) side by side: Node loads the CommonJS one for
// graphql-yoga, Vite would pick the ESM one for @ht/graphql, and two copies of graphql refuse each other's
// schemas and errors. Resolving `graphql` as Node does keeps one copy (in-process `ht` in tests).
const graphqlEntry = createRequire(import.meta.resolve('@ht/graphql')).resolve('graphql');

export default defineProject({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    name: 'reference-pipeline',
    include: ['test/**/*.test.ts'],
  },
});
