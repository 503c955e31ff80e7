import { describe, expect, it } from 'vitest';
import type { EntityRow, MapData } from '../src/api/queries.js';
import { sortEntities } from '../src/components/sortEntities.js';
import { layoutMap } from '../src/map/layoutMap.js';

const row = (name: string, calls: number, errors: number, p99: number): EntityRow => ({
  name,
  calls: { count: calls, avgRate: calls / 60, series: [] },
  errors: { count: errors, series: [] },
  latency: { p50: p99 / 2, p99, avg: p99 / 2 },
});

describe('entity tables', () => {
  const rows = [row('cart', 100, 5, 900), row('api', 300, 0, 200), row('auth', 100, 1, 50)];

  it('sorts by any column, ties by name', () => {
    expect(sortEntities(rows, 'calls', 'desc').map((r) => r.name)).toEqual(['api', 'auth', 'cart']);
    expect(sortEntities(rows, 'name', 'asc').map((r) => r.name)).toEqual(['api', 'auth', 'cart']);
    expect(sortEntities(rows, 'errorRate', 'desc').map((r) => r.name)).toEqual(['cart', 'auth', 'api']);
    expect(sortEntities(rows, 'p99', 'asc').map((r) => r.name)).toEqual(['auth', 'api', 'cart']);
  });
});

describe('service map layout', () => {
  const edge = (type: 'SERVICE' | 'BACKEND', name: string, calls: number, errors = 0) => ({
    type,
    name,
    calls,
    errors,
    avgLatencyMicros: 1_000,
    p99LatencyMicros: 5_000,
  });
  const data: MapData = {
    services: [
      {
        name: 'frontend',
        calls: { count: 10 },
        errors: { count: 1 },
        outgoingEdges: [edge('SERVICE', 'cart', 10, 1), edge('SERVICE', 'frontend', 3)],
      },
      { name: 'cart', calls: { count: 10 }, errors: { count: 0 }, outgoingEdges: [edge('BACKEND', 'redis', 20)] },
    ],
    backends: [{ name: 'redis', backendType: 'CACHE' }],
  };

  it('draws services and backends with their edges, calls within a service left out', () => {
    const { nodes, edges } = layoutMap(data);
    expect(nodes.map((n) => n.id)).toEqual(['BACKEND:redis', 'SERVICE:cart', 'SERVICE:frontend']);
    expect(edges.map((e) => e.id)).toEqual(['SERVICE:cart->BACKEND:redis', 'SERVICE:frontend->SERVICE:cart']);
    expect(nodes.find((n) => n.id === 'BACKEND:redis')?.calls).toBe(20);
    const x = (id: string) => nodes.find((n) => n.id === id)?.x ?? Number.NaN;
    expect(x('SERVICE:frontend')).toBeLessThan(x('SERVICE:cart'));
    expect(x('SERVICE:cart')).toBeLessThan(x('BACKEND:redis'));
  });

  it('places the same graph the same way on every refresh', () => {
    expect(layoutMap(data)).toEqual(layoutMap({ ...data, services: [...data.services].reverse() }));
  });
});
