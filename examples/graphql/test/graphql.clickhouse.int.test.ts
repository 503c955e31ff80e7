import { loadServicesConfig, serviceEndpoints } from '@ht/services';
import { createClickHouseStore } from '@ht/sinks';
import { chdbExecutor } from '@ht/sinks/testing';
import { graphqlSuite } from './support/graphqlSuite.js';

const endpoints = serviceEndpoints(loadServicesConfig());
const clickhouseUrl = process.env['HT_CLICKHOUSE_URL'] ?? endpoints.clickhouseUrl;
const chdbPython = process.env['HT_CHDB_PYTHON'] ?? endpoints.chdbPython;
const database = `ht_graphql_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;

// The services' ClickHouse (18.16: the old dialect), a database of its own, dropped afterwards.
graphqlSuite(
  'ClickHouse 18.16',
  () => createClickHouseStore({ url: clickhouseUrl, database }),
  async () => {
    await fetch(clickhouseUrl, { method: 'POST', body: `DROP DATABASE IF EXISTS ${database}` });
  },
);

// Modern ClickHouse (26, the modern dialect) in process through chDB: a session of its own, gone with it.
graphqlSuite(
  'ClickHouse 26 (chDB)',
  () => createClickHouseStore({ executor: chdbExecutor({ python: chdbPython }), database: 'ht' }),
  async () => undefined,
);
