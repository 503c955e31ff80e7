import dagre from '@dagrejs/dagre';
import type { MapData } from '../api/queries.js';

/** A node of the service map: a service or a backend, placed by the layout. */
export interface MapNode {
  readonly id: string;
  readonly name: string;
  readonly kind: 'SERVICE' | 'BACKEND';
  readonly backendType: string | null;
  readonly calls: number;
  readonly errors: number;
  readonly x: number;
  readonly y: number;
}

/** An edge of the service map with its figures. */
export interface MapEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly calls: number;
  readonly errors: number;
  readonly avgLatencyMicros: number;
  readonly p99LatencyMicros: number;
}

/** Node size in the layout, pixels. */
export const NODE_WIDTH = 180;
export const NODE_HEIGHT = 54;

const nodeId = (kind: string, name: string): string => `${kind}:${name}`;

/**
 * Lays the map out left to right with dagre. Nodes and edges are added in name order, so the same services
 * and edges get the same places on every refresh.
 *
 * @example
 * ```ts
 * const { nodes, edges } = layoutMap(data);
 * ```
 */
export function layoutMap(data: MapData): { nodes: MapNode[]; edges: MapEdge[] } {
  const info = new Map<
    string,
    { name: string; kind: 'SERVICE' | 'BACKEND'; backendType: string | null; calls: number; errors: number }
  >();
  for (const s of data.services) {
    info.set(nodeId('SERVICE', s.name), {
      name: s.name,
      kind: 'SERVICE',
      backendType: null,
      calls: s.calls.count,
      errors: s.errors.count,
    });
  }
  for (const b of data.backends) {
    info.set(nodeId('BACKEND', b.name), {
      name: b.name,
      kind: 'BACKEND',
      backendType: b.backendType,
      calls: 0,
      errors: 0,
    });
  }
  const edges: MapEdge[] = [];
  for (const s of data.services) {
    for (const e of s.outgoingEdges) {
      const kind = e.type === 'BACKEND' ? 'BACKEND' : 'SERVICE';
      const target = nodeId(kind, e.name);
      if (!info.has(target)) info.set(target, { name: e.name, kind, backendType: null, calls: 0, errors: 0 });
      if (kind === 'BACKEND') {
        const backend = info.get(target);
        if (backend)
          info.set(target, { ...backend, calls: backend.calls + e.calls, errors: backend.errors + e.errors });
      }
      const source = nodeId('SERVICE', s.name);
      if (source === target) continue; // calls within a service are not an edge of the map
      edges.push({
        id: `${source}->${target}`,
        source,
        target,
        calls: e.calls,
        errors: e.errors,
        avgLatencyMicros: e.avgLatencyMicros,
        p99LatencyMicros: e.p99LatencyMicros,
      });
    }
  }
  edges.sort((a, b) => a.id.localeCompare(b.id));
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 30, ranksep: 90 });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = [...info.keys()].sort();
  for (const id of ids) graph.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of edges) graph.setEdge(e.source, e.target);
  dagre.layout(graph);
  const nodes = ids.map((id) => {
    const place = graph.node(id) as { x: number; y: number };
    const i = info.get(id) as NonNullable<ReturnType<typeof info.get>>;
    return { id, ...i, x: place.x - NODE_WIDTH / 2, y: place.y - NODE_HEIGHT / 2 };
  });
  return { nodes, edges };
}
