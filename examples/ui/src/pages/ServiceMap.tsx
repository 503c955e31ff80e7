import { Background, Controls, MarkerType, Position, ReactFlow } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { MAP_QUERY } from '../api/queries.js';
import type { MapData } from '../api/queries.js';
import { QueryView } from '../components/States.js';
import { formatCount, formatDuration, formatPercent } from '../format.js';
import { layoutMap } from '../map/layoutMap.js';
import type { MapEdge } from '../map/layoutMap.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch } from '../state/useUrlState.js';
import { useTimeWindow } from '../state/useTimeWindow.js';

/** Services and backends with their edges (calls, errors, latency); a service opens its detail. */
export default function ServiceMap() {
  const { window } = useTimeWindow();
  const state = useQuery<MapData>(MAP_QUERY, { between: { startTime: window.startTime, endTime: window.endTime } });
  return (
    <section>
      <h1>Service map</h1>
      <QueryView state={state} what="services" isEmpty={(d) => d.services.length === 0}>
        {(data) => <MapView data={data} />}
      </QueryView>
    </section>
  );
}

function MapView({ data }: { data: MapData }) {
  const navigate = useNavigate();
  const search = useSharedSearch();
  const [hovered, setHovered] = useState<MapEdge | undefined>();
  const layout = useMemo(() => layoutMap(data), [data]);
  const nodes: Node[] = useMemo(
    () =>
      layout.nodes.map((n) => ({
        id: n.id,
        position: { x: n.x, y: n.y },
        data: {
          label: (
            <div className="map-node-label">
              <strong>{n.name}</strong>
              <span>
                {n.kind === 'BACKEND' ? (n.backendType ?? 'backend') : 'service'} · {formatCount(n.calls)} calls
                {n.errors > 0 ? ` · ${formatPercent(n.errors, n.calls)} err` : ''}
              </span>
            </div>
          ),
        },
        className: `map-node ${n.kind === 'BACKEND' ? 'backend' : 'service'} ${n.errors > 0 ? 'has-errors' : ''}`,
        draggable: false,
        connectable: false,
        sourcePosition: Position.Right,
        targetPosition: Position.Left,
      })),
    [layout],
  );
  const edges: Edge[] = useMemo(
    () =>
      layout.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        label: `${formatCount(e.calls)} · ${formatDuration(e.avgLatencyMicros)}`,
        className: e.errors > 0 ? 'map-edge has-errors' : 'map-edge',
        markerEnd: { type: MarkerType.ArrowClosed },
        data: { edge: e },
      })),
    [layout],
  );
  return (
    <div className="map" data-testid="service-map">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        nodesDraggable={false}
        nodesConnectable={false}
        proOptions={{ hideAttribution: true }}
        onNodeClick={(_event, node) => {
          if (node.id.startsWith('SERVICE:')) navigate(`/services/${encodeURIComponent(node.id.slice(8))}${search}`);
        }}
        onEdgeMouseEnter={(_event, edge) => setHovered((edge.data as { edge: MapEdge }).edge)}
        onEdgeMouseLeave={() => setHovered(undefined)}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
      {hovered ? (
        <div className="map-tooltip" role="status">
          <strong>
            {hovered.source.split(':')[1]} → {hovered.target.split(':')[1]}
          </strong>
          <div>{formatCount(hovered.calls)} calls</div>
          <div className={hovered.errors > 0 ? 'bad' : ''}>
            {formatCount(hovered.errors)} errors ({formatPercent(hovered.errors, hovered.calls)})
          </div>
          <div>
            avg {formatDuration(hovered.avgLatencyMicros)} · p99 {formatDuration(hovered.p99LatencyMicros)}
          </div>
        </div>
      ) : null}
    </div>
  );
}
