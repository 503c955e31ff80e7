import { ENTITIES_QUERY } from '../api/queries.js';
import type { EntitiesData } from '../api/queries.js';
import { EntityTable } from '../components/EntityTable.js';
import { backendPath } from '../detail/entityPaths.js';
import { QueryView } from '../components/States.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch } from '../state/useUrlState.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/** Every backend (database, cache, broker, outside host) the services call, with RED numbers; a name opens its detail. */
export default function Backends() {
  const { window } = useTimeWindow();
  const search = useSharedSearch();
  const state = useQuery<EntitiesData>(ENTITIES_QUERY, {
    type: 'BACKEND',
    between: { startTime: window.startTime, endTime: window.endTime },
    interval: window.interval,
    limit: 200,
  });
  return (
    <section>
      <h1>Backends</h1>
      <QueryView state={state} what="backend calls" isEmpty={(d) => d.entities.length === 0}>
        {(data) => (
          <EntityTable
            label="Backends"
            rows={data.entities}
            linkOf={(row) => backendPath(row.name, search)}
            extra={{ label: 'Type', value: (row) => row.backendType ?? '' }}
          />
        )}
      </QueryView>
    </section>
  );
}
