import { loadServicesConfig, serviceEndpoints } from '@ht/services';
import { createClickHouseStore } from '@ht/sinks';
import { enrichedInColumnsSuite } from './support/enrichedInColumnsSuite.js';

const endpoints = serviceEndpoints(loadServicesConfig());
const clickhouseUrl = process.env['HT_CLICKHOUSE_URL'] ?? endpoints.clickhouseUrl;
const database = `ht_enriched_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;

// span_event_view 0.3.0 against 0.2.0 rows of the same spans, on the services' ClickHouse 18.16 (the old
// dialect's attribute and string filters), a database of its own, dropped afterwards.
enrichedInColumnsSuite(
  'ClickHouse 18.16',
  () => createClickHouseStore({ url: clickhouseUrl, database }),
  async () => {
    await fetch(clickhouseUrl, { method: 'POST', body: `DROP DATABASE IF EXISTS ${database}` });
  },
);
