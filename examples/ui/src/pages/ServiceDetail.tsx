import { Link, useParams } from 'react-router';
import { SERVICE_DETAIL_QUERY } from '../api/queries.js';
import type { EdgeRow, ServiceDetailData } from '../api/queries.js';
import { EntityTable } from '../components/EntityTable.js';
import { QueryView } from '../components/States.js';
import { backendPath, endpointPath, servicePath } from '../detail/entityPaths.js';
import { RedSummary } from '../detail/RedSummary.js';
import { formatCount, formatDuration } from '../format.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch } from '../state/useUrlState.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/** One service: RED numbers, latency and error charts, its APIs, its backends, who calls it and whom it calls. */
export default function ServiceDetail() {
  const { service = '' } = useParams();
  const { window } = useTimeWindow();
  const search = useSharedSearch();
  const state = useQuery<ServiceDetailData>(SERVICE_DETAIL_QUERY, {
    between: { startTime: window.startTime, endTime: window.endTime },
    interval: window.interval,
    service,
  });
  return (
    <section>
      <p className="crumbs">
        <Link to={`/services${search}`}>Services</Link> / {service}
      </p>
      <h1>{service}</h1>
      <QueryView state={state} what={`calls of ${service}`} isEmpty={(d) => d.service.length === 0}>
        {(data) => <Detail data={data} search={search} service={service} />}
      </QueryView>
    </section>
  );
}

function Detail({ data, search, service }: { data: ServiceDetailData; search: string; service: string }) {
  const row = data.service[0];
  if (!row) return null;
  const backends = row.outgoingEdges.filter((e) => e.type === 'BACKEND');
  const downstream = row.outgoingEdges.filter((e) => e.type !== 'BACKEND');
  return (
    <>
      <RedSummary row={row} />
      <h2>APIs</h2>
      <EntityTable label="APIs" rows={data.apis} linkOf={(api) => endpointPath(service, api.name, search)} />
      <p>
        <Link to={`/traces${search}${search ? '&' : '?'}service=${encodeURIComponent(service)}`}>
          Search its traces
        </Link>
      </p>
      <div className="grid3">
        <Edges title="Upstream (callers)" edges={row.incomingEdges} search={search} />
        <Edges title="Downstream services" edges={downstream} search={search} />
        <Edges title="Backends" edges={backends} search={search} />
      </div>
    </>
  );
}

function Edges({ title, edges, search }: { title: string; edges: readonly EdgeRow[]; search: string }) {
  return (
    <div className="panel">
      <h2>{title}</h2>
      {edges.length === 0 ? (
        <p className="muted">None in this range.</p>
      ) : (
        <table className="data compact" aria-label={title}>
          <thead>
            <tr>
              <th>Name</th>
              <th className="num">Calls</th>
              <th className="num">Errors</th>
              <th className="num">Avg</th>
              <th className="num">p99</th>
            </tr>
          </thead>
          <tbody>
            {edges.map((e) => (
              <tr key={`${e.type}/${e.name}`}>
                <td>
                  <Link to={e.type === 'BACKEND' ? backendPath(e.name, search) : servicePath(e.name, search)}>
                    {e.name}
                  </Link>
                </td>
                <td className="num">{formatCount(e.calls)}</td>
                <td className={`num ${e.errors > 0 ? 'bad' : ''}`}>{formatCount(e.errors)}</td>
                <td className="num">{formatDuration(e.avgLatencyMicros)}</td>
                <td className="num">{formatDuration(e.p99LatencyMicros)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
