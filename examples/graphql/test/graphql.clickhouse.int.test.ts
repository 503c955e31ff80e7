import { loadServicesConfig, serviceEndpoints } from '@ht/services';
import { createClickHouseStore } from '@ht/sinks';
import { graphqlSuite } from './support/graphqlSuite.js';

const clickhouseUrl = process.env['HT_CLICKHOUSE_URL'] ?? serviceEndpoints(loadServicesConfig()).clickhouseUrl;
const database = `ht_graphql_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;

// The services' ClickHouse (18.16: the old dialect), a database of its own, dropped afterwards.
graphqlSuite(
  'ClickHouse',
  () => createClickHouseStore({ url: clickhouseUrl, database }),
  async () => {
    await fetch(clickhouseUrl, { method: 'POST', body: `DROP DATABASE IF EXISTS ${database}` });
  },
);
