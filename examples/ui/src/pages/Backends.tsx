import { ENTITIES_QUERY } from '../api/queries.js';
import type { EntitiesData } from '../api/queries.js';
import { EntityTable } from '../components/EntityTable.js';
import { QueryView } from '../components/States.js';
import { useQuery } from '../state/useQuery.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/** Every backend (database, cache, broker, outside host) the services call, with RED numbers. */
export default function Backends() {
  const { window } = useTimeWindow();
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
            extra={{ label: 'Type', value: (row) => row.backendType ?? '' }}
          />
        )}
      </QueryView>
    </section>
  );
}
