import { createDuckDbStore } from '@ht/sinks';
import { enrichedInColumnsSuite } from './support/enrichedInColumnsSuite.js';

// span_event_view 0.3.0 against 0.2.0 rows of the same spans, on DuckDB in memory (as `ht` uses it).
enrichedInColumnsSuite(
  'DuckDB',
  () => createDuckDbStore({ path: ':memory:' }),
  async () => undefined,
);
