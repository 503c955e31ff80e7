import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { BACKEND_DETAIL_QUERY } from '../api/detailQueries.js';
import type { BackendDetailData } from '../api/detailQueries.js';
import { exploreRows } from '../api/exploreRows.js';
import { QueryView } from '../components/States.js';
import { CallTable } from '../detail/CallTable.js';
import { endpointPath, servicePath } from '../detail/entityPaths.js';
import { RedSummary } from '../detail/RedSummary.js';
import { TraceList } from '../detail/TraceList.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch } from '../state/useUrlState.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/** One backend: RED numbers and charts, its operations, who calls it (service and API), its slowest calls. */
export default function BackendDetail() {
  const { backend = '' } = useParams();
  const { window } = useTimeWindow();
  const search = useSharedSearch();
  const state = useQuery<BackendDetailData>(BACKEND_DETAIL_QUERY, {
    between: { startTime: window.startTime, endTime: window.endTime },
    interval: window.interval,
    backend,
  });
  return (
    <section>
      <p className="crumbs">
        <Link to={`/backends${search}`}>Backends</Link> / {backend}
      </p>
      <h1>
        {backend}
        {state.data?.backend[0]?.backendType ? <span className="tag">{state.data.backend[0].backendType}</span> : null}
      </h1>
      <QueryView state={state} what={`calls to ${backend}`} isEmpty={(d) => d.backend.length === 0}>
        {(data) => <Detail data={data} search={search} />}
      </QueryView>
    </section>
  );
}

function Detail({ data, search }: { data: BackendDetailData; search: string }) {
  const tables = useMemo(
    () => ({
      operations: exploreRows(data.operations),
      callers: exploreRows(data.callers),
      slowest: exploreRows(data.slowest),
    }),
    [data],
  );
  const row = data.backend[0];
  if (!row) return null;
  return (
    <>
      <RedSummary row={row} />
      <div className="grid2">
        <CallTable
          title="Operations"
          rows={tables.operations}
          columns={[
            { label: 'Operation', text: (r) => r.text('backend_operation') },
            { label: 'Destination', text: (r) => r.text('backend_destination') },
          ]}
        />
        <CallTable
          title="Callers"
          rows={tables.callers}
          columns={[
            {
              label: 'Service',
              text: (r) => r.text('caller_service'),
              linkOf: (r) => servicePath(r.text('caller_service'), search),
            },
            {
              label: 'API',
              text: (r) => r.text('caller_api'),
              linkOf: (r) =>
                r.text('caller_api') ? endpointPath(r.text('caller_service'), r.text('caller_api'), search) : undefined,
            },
          ]}
        />
      </div>
      <TraceList
        title="Slowest calls"
        rows={tables.slowest}
        isError={(r) => r.number('error_count') > 0}
        columns={[
          { label: 'Caller', text: (r) => r.text('caller_service') },
          { label: 'Operation', text: (r) => r.text('backend_operation') },
        ]}
        search={search}
      />
    </>
  );
}
