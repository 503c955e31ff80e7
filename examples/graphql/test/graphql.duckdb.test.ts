import { createDuckDbStore } from '@ht/sinks';
import { graphqlSuite } from './support/graphqlSuite.js';

// DuckDB in memory, as `ht` uses it (one store object shared by the pipeline and the query server).
graphqlSuite(
  'DuckDB',
  () => createDuckDbStore({ path: ':memory:' }),
  async () => undefined,
);
