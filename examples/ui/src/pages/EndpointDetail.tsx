import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ENDPOINT_DETAIL_QUERY } from '../api/detailQueries.js';
import type { EndpointDetailData } from '../api/detailQueries.js';
import { exploreRows } from '../api/exploreRows.js';
import { QueryView } from '../components/States.js';
import { CallTable } from '../detail/CallTable.js';
import { backendPath, endpointPath, servicePath } from '../detail/entityPaths.js';
import { RedSummary } from '../detail/RedSummary.js';
import { TraceList } from '../detail/TraceList.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch } from '../state/useUrlState.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/** One API (endpoint): RED numbers and charts, its slowest and failed calls, its callers and callees. */
export default function EndpointDetail() {
  const { service = '', api = '' } = useParams();
  const { window } = useTimeWindow();
  const search = useSharedSearch();
  const state = useQuery<EndpointDetailData>(ENDPOINT_DETAIL_QUERY, {
    between: { startTime: window.startTime, endTime: window.endTime },
    interval: window.interval,
    service,
    api,
  });
  return (
    <section>
      <p className="crumbs">
        <Link to={`/endpoints${search}`}>Endpoints</Link> / <Link to={servicePath(service, search)}>{service}</Link> /{' '}
        {api}
      </p>
      <h1>{api}</h1>
      <QueryView state={state} what={`calls of ${api}`} isEmpty={(d) => d.api.length === 0}>
        {(data) => <Detail data={data} search={search} service={service} api={api} />}
      </QueryView>
    </section>
  );
}

function Detail({
  data,
  search,
  service,
  api,
}: {
  data: EndpointDetailData;
  search: string;
  service: string;
  api: string;
}) {
  const tables = useMemo(
    () => ({
      slowest: exploreRows(data.slowest),
      failed: exploreRows(data.failed),
      callers: exploreRows(data.callers),
      callees: exploreRows(data.callees),
    }),
    [data],
  );
  const row = data.api[0];
  if (!row) return null;
  const isError = (r: { text(name: string): string }) => r.text('is_error') === 'true';
  const status = [{ label: 'Status', text: (r: { text(name: string): string }) => r.text('api_status_code') }];
  const traces = `/traces${search}${search ? '&' : '?'}service=${encodeURIComponent(service)}&operation=${encodeURIComponent(api)}`;
  return (
    <>
      <RedSummary row={row} />
      <div className="grid2">
        <TraceList title="Slowest calls" rows={tables.slowest} isError={isError} columns={status} search={search} />
        <TraceList
          title="Latest failed calls"
          rows={tables.failed}
          isError={isError}
          columns={status}
          search={search}
        />
      </div>
      <p>
        <Link to={traces}>Search its traces</Link>
      </p>
      <div className="grid2">
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
        <CallTable
          title="Calls it makes"
          rows={tables.callees}
          columns={[
            {
              label: 'Callee',
              text: (r) => r.text('callee_name'),
              linkOf: (r) =>
                r.text('callee_type') === 'BACKEND'
                  ? backendPath(r.text('callee_name'), search)
                  : servicePath(r.text('callee_name'), search),
            },
            {
              label: 'API',
              text: (r) => r.text('callee_api'),
              linkOf: (r) =>
                r.text('callee_api') ? endpointPath(r.text('callee_name'), r.text('callee_api'), search) : undefined,
            },
          ]}
        />
      </div>
    </>
  );
}
