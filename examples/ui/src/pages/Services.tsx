import { ENTITIES_QUERY } from '../api/queries.js';
import type { EntitiesData } from '../api/queries.js';
import { EntityTable } from '../components/EntityTable.js';
import { QueryView } from '../components/States.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch } from '../state/useUrlState.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/** Every service with RED numbers and sparklines, sortable; a name opens its detail. */
export default function Services() {
  const { window } = useTimeWindow();
  const search = useSharedSearch();
  const state = useQuery<EntitiesData>(ENTITIES_QUERY, {
    type: 'SERVICE',
    between: { startTime: window.startTime, endTime: window.endTime },
    interval: window.interval,
    limit: 100,
  });
  return (
    <section>
      <h1>Services</h1>
      <QueryView state={state} what="services" isEmpty={(d) => d.entities.length === 0}>
        {(data) => (
          <EntityTable
            label="Services"
            rows={data.entities}
            linkOf={(row) => `/services/${encodeURIComponent(row.name)}${search}`}
          />
        )}
      </QueryView>
    </section>
  );
}
