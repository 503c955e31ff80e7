import { ENTITIES_QUERY } from '../api/queries.js';
import type { EntitiesData } from '../api/queries.js';
import { EntityTable } from '../components/EntityTable.js';
import { endpointPath, servicePath } from '../detail/entityPaths.js';
import { QueryView } from '../components/States.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch } from '../state/useUrlState.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/** Every API (endpoint) of every service with RED numbers and sparklines; a name opens the API, a service its detail. */
export default function Endpoints() {
  const { window } = useTimeWindow();
  const search = useSharedSearch();
  const state = useQuery<EntitiesData>(ENTITIES_QUERY, {
    type: 'API',
    between: { startTime: window.startTime, endTime: window.endTime },
    interval: window.interval,
    limit: 200,
  });
  return (
    <section>
      <h1>Endpoints</h1>
      <QueryView state={state} what="API calls" isEmpty={(d) => d.entities.length === 0}>
        {(data) => (
          <EntityTable
            label="Endpoints"
            rows={data.entities}
            linkOf={(row) => (row.service ? endpointPath(row.service, row.name, search) : undefined)}
            extra={{
              label: 'Service',
              value: (row) => row.service ?? '',
              linkOf: (row) => (row.service ? servicePath(row.service, search) : undefined),
            }}
          />
        )}
      </QueryView>
    </section>
  );
}
