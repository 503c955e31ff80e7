import { describe, expect, it } from 'vitest';
import { SHOP_SERVICES, SeededRandom, ShopSimulator, countSpans, planSpans, traceShape } from '../../src/demo/index.js';
import type { PlannedSpan, TracePlan } from '../../src/demo/index.js';

const plans = (seed: number, count: number): TracePlan[] => {
  const shop = new ShopSimulator({ seed });
  return Array.from({ length: count }, () => shop.next());
};
const spansOf = (list: readonly TracePlan[]): PlannedSpan[] => list.flatMap((p) => p.traces.flatMap(planSpans));
const isDb = (s: PlannedSpan, system: string): boolean =>
  s.attributes['db.system'] === system || s.attributes['db.system.name'] === system;

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number): number[] => {
      const rng = new SeededRandom(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const x of draw(3)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('keeps int within its bounds and reaches both', () => {
    const rng = new SeededRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });
});

describe('ShopSimulator', () => {
  it('plans the same sequence of traces (shapes, attributes, durations) for the same seed', () => {
    const a = plans(42, 300);
    const b = plans(42, 300);
    expect(b).toEqual(a);
    const shapes = (list: TracePlan[]): string[] => list.flatMap((p) => p.traces.map(traceShape));
    expect(shapes(plans(43, 300))).not.toEqual(shapes(a));
  });

  it('spans at least 8 services, each with its own resource', () => {
    const services = new Set(spansOf(plans(5, 400)).map((s) => s.service));
    expect(services.size).toBeGreaterThanOrEqual(8);
    expect([...services].sort()).toEqual(Object.keys(SHOP_SERVICES).sort());
    for (const service of Object.values(SHOP_SERVICES)) {
      expect(service.resource['service.name']).toBe(service.name);
      expect(service.resource['service.version']).toMatch(/^\d+\.\d+\.\d+$/);
      expect(service.resource['deployment.environment'] ?? service.resource['deployment.environment.name']).toBe(
        'demo',
      );
      expect(service.resource['host.name']).toBeTruthy();
    }
    expect(Object.values(SHOP_SERVICES).filter((s) => s.resource['k8s.pod.name'] !== undefined).length).toBeGreaterThan(
      0,
    );
  });

  it('makes gRPC, Postgres, Redis, Kafka and outside HTTP calls, and HTTP routes with ids in paths', () => {
    const spans = spansOf(plans(9, 400));
    const grpc = spans.filter(
      (s) => s.attributes['rpc.system'] === 'grpc' || s.attributes['rpc.system.name'] === 'grpc',
    );
    expect(grpc.map((s) => `${s.service} ${s.kind}`)).toEqual(
      expect.arrayContaining(['checkout CLIENT', 'payment SERVER']),
    );
    expect(
      grpc.find((s) => s.attributes['rpc.service'] === 'shop.payment.PaymentService')?.attributes['rpc.method'],
    ).toBe('Charge');
    expect(
      spans.some((s) => isDb(s, 'postgresql') && String(s.attributes['db.statement'] ?? '').startsWith('SELECT')),
    ).toBe(true);
    expect(spans.some((s) => isDb(s, 'redis'))).toBe(true);
    expect(spans.some((s) => s.kind === 'PRODUCER' && s.attributes['messaging.destination.name'] === 'orders')).toBe(
      true,
    );
    const outside = spans.filter((s) =>
      String(s.attributes['url.full'] ?? s.attributes['http.url'] ?? '').includes('.example/'),
    );
    expect(outside.length).toBeGreaterThan(0);
    for (const s of outside) expect([s.kind, s.children.length]).toEqual(['CLIENT', 0]);
    const product = spans.find((s) => s.kind === 'SERVER' && s.name === 'GET /products/:id');
    expect(String(product?.attributes['url.path'] ?? product?.attributes['http.target'])).toMatch(/^\/products\/\d+$/);
    const entry = spans.find((s) => s.service === 'web-frontend' && s.kind === 'SERVER');
    expect(entry?.attributes['user_agent.original']).toMatch(/^Mozilla\/5\.0/);
    expect(entry?.attributes['client.address']).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('writes both generations of the HTTP conventions', () => {
    const spans = spansOf(plans(3, 200));
    const old = spans.filter((s) => 'http.method' in s.attributes);
    const current = spans.filter((s) => 'http.request.method' in s.attributes);
    expect(old.length).toBeGreaterThan(0);
    expect(current.length).toBeGreaterThan(0);
    expect(
      old.some(
        (s) => 'http.status_code' in s.attributes && 'http.url' in s.attributes && 'net.peer.name' in s.attributes,
      ),
    ).toBe(true);
    expect(
      current.some(
        (s) =>
          'http.response.status_code' in s.attributes && 'url.full' in s.attributes && 'server.address' in s.attributes,
      ),
    ).toBe(true);
  });

  it('puts the notification consumer in a trace of its own, linked to the checkout producer', () => {
    const checkouts = plans(11, 300).filter((p) => p.action === 'checkout');
    expect(checkouts.length).toBeGreaterThan(0);
    for (const plan of checkouts) {
      const [request, consumer] = plan.traces;
      const producer = planSpans(request!).find((s) => s.kind === 'PRODUCER');
      expect(producer?.service).toBe('checkout');
      expect(consumer).toMatchObject({ service: 'notification', kind: 'CONSUMER' });
      expect(consumer!.linksTo).toEqual([producer!.linkKey]);
      expect(consumer!.startMicros).toBeGreaterThan(producer!.startMicros + producer!.durationMicros);
    }
  });

  it('plants an exception in about 2% of actions: one failed call with an exception event, its callers in ERROR', () => {
    const list = plans(2024, 5000);
    const failed = list.filter((p) => p.failed);
    expect(failed.length / list.length).toBeGreaterThan(0.012);
    expect(failed.length / list.length).toBeLessThan(0.03);
    for (const plan of failed) {
      const spans = plan.traces.flatMap(planSpans);
      const thrown = spans.filter((s) => s.events.some((e) => e.name === 'exception'));
      expect(thrown).toHaveLength(1);
      const event = thrown[0]!.events[0]!;
      expect(Object.keys(event.attributes).sort()).toEqual([
        'exception.message',
        'exception.stacktrace',
        'exception.type',
      ]);
      expect(String(event.attributes['exception.stacktrace'])).toContain('\n    at ');
      expect(thrown[0]!.status).toBe('ERROR');
      expect(plan.traces.filter((root) => root.status === 'ERROR')).toHaveLength(1);
    }
    const ok = list.filter((p) => !p.failed).flatMap((p) => p.traces.flatMap(planSpans));
    expect(ok.every((s) => s.status === 'UNSET' && s.events.length === 0)).toBe(true);
  });

  it('makes a few percent of the queries slow', () => {
    const list = plans(77, 3000);
    const queries = spansOf(list).filter((s) => isDb(s, 'postgresql'));
    const slow = queries.filter((s) => s.durationMicros >= 800_000);
    expect(slow.length).toBe(list.reduce((n, p) => n + p.slowCalls, 0));
    expect(slow.length / queries.length).toBeGreaterThan(0.01);
    expect(slow.length / queries.length).toBeLessThan(0.06);
  });

  it('keeps every child inside its parent and every plan inside its extent', () => {
    const inside = (span: PlannedSpan): void => {
      for (const child of span.children) {
        expect(child.startMicros).toBeGreaterThanOrEqual(span.startMicros);
        expect(child.startMicros + child.durationMicros).toBeLessThanOrEqual(span.startMicros + span.durationMicros);
        inside(child);
      }
    };
    for (const plan of plans(8, 300)) {
      for (const root of plan.traces) {
        inside(root);
        expect(root.startMicros + root.durationMicros).toBeLessThanOrEqual(plan.extentMicros);
        expect(countSpans(root)).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
