import type { ViewDefinition } from '@ht/enricher-sdk';
import type { ViewRow, ViewStore } from '@ht/sinks';

/** 2024-05-01T12:00:00Z in unix µs: the fixture's first span. */
export const T0 = Date.UTC(2024, 4, 1, 12, 0, 0) * 1000;
/** A range holding every fixture row. */
export const RANGE = { startTime: '2024-05-01T11:00:00Z', endTime: '2024-05-01T13:00:00Z' };

export const TRACE_OK = '0af7651916cd43dd8448eb211c80319c';
export const TRACE_ERROR = '4bf92f3577b34da6a3ce929d0e0e4736';

/** A row of `view` with every column at its zero value, then `values`. */
export function row(view: ViewDefinition, values: Record<string, unknown>): ViewRow {
  const out: Record<string, unknown> = {};
  for (const [name, { type }] of Object.entries(view.columns)) {
    out[name] = type.endsWith('Array')
      ? []
      : type === 'bool'
        ? false
        : type === 'string' || type === 'lowCardinalityString'
          ? ''
          : 0;
  }
  for (const [k, v] of Object.entries(values)) {
    if (!Object.hasOwn(view.columns, k)) throw new Error(`${view.name} has no column ${k}`);
    out[k] = v;
  }
  return out;
}

/**
 * What one tenant holds. Both tenants hold the same trace ids, services and operations; `scale` multiplies
 * every duration, and `extraService` adds a service (with one call) only that tenant has, so a query that
 * leaked the other tenant's rows would show other numbers or names.
 */
export interface TenantSeed {
  readonly tenant: string;
  readonly scale: number;
  readonly extraService?: string;
}

interface SpanSeed {
  trace: string;
  span: string;
  parent: string;
  service: string;
  name: string;
  kind: string;
  type: string;
  start: number;
  duration: number;
  status?: string;
  api?: string;
  attrs: Record<string, string>;
}

/** The spans of one tenant: an OK trace and an error trace with a late fragment (`fragment` 1). */
function spans(seed: TenantSeed): (SpanSeed & { fragment: number })[] {
  const d = (micros: number): number => micros * seed.scale;
  const out: (SpanSeed & { fragment: number })[] = [];
  for (const [i, trace] of [TRACE_OK, TRACE_ERROR].entries()) {
    const start = T0 + i * 60_000_000;
    const error = trace === TRACE_ERROR;
    const p = `${i}0000000000000`;
    out.push(
      {
        trace,
        span: `${p}01`,
        parent: '',
        service: 'frontend',
        name: 'GET /',
        kind: 'SERVER',
        type: 'ENTRY',
        start,
        duration: d(10_000),
        status: error ? 'ERROR' : 'UNSET',
        api: 'GET /',
        fragment: 0,
        attrs: { 'http.route': '/', 'ht.api.name': 'GET /', 'ht.resource.host.name': `host-${seed.tenant}` },
      },
      {
        trace,
        span: `${p}02`,
        parent: `${p}01`,
        service: 'frontend',
        name: 'GET /cart',
        kind: 'CLIENT',
        type: 'EXIT',
        start: start + 1_000,
        duration: d(6_000),
        api: 'GET /',
        fragment: 0,
        attrs: { 'http.method': 'GET', 'http.response.status_code': error ? '503' : '200' },
      },
      {
        trace,
        span: `${p}03`,
        parent: `${p}02`,
        service: 'cart',
        name: 'GET /cart',
        kind: 'SERVER',
        type: 'ENTRY',
        start: start + 2_000,
        duration: d(4_000),
        status: error ? 'ERROR' : 'UNSET',
        api: 'GET /cart',
        fragment: 0,
        attrs: { 'http.route': '/cart', 'ht.api.name': 'GET /cart', 'tenant.marker': seed.tenant },
      },
      {
        trace,
        span: `${p}04`,
        parent: `${p}03`,
        service: 'cart',
        name: 'GET',
        kind: 'CLIENT',
        type: 'EXIT',
        start: start + 3_000,
        duration: d(1_000),
        api: 'GET /cart',
        fragment: error ? 1 : 0,
        attrs: { 'db.system': 'redis' },
      },
    );
  }
  if (seed.extraService) {
    out.push({
      trace: 'ffffffffffffffffffffffffffffffff',
      span: 'ff00000000000001',
      parent: '',
      service: seed.extraService,
      name: 'POST /pay',
      kind: 'SERVER',
      type: 'ENTRY',
      start: T0 + 30_000_000,
      duration: 2_000,
      api: 'POST /pay',
      fragment: 0,
      attrs: {},
    });
  }
  return out;
}

/** The rows of every built-in view for one tenant. */
export function seedRows(views: readonly ViewDefinition[], seed: TenantSeed): Map<string, ViewRow[]> {
  const view = (name: string): ViewDefinition => views.find((v) => v.name === name)!;
  const all = spans(seed);
  const out = new Map<string, ViewRow[]>();
  const tenant_id = seed.tenant;
  out.set(
    'span_event_view',
    all.map((s) => {
      // span_event_view 0.2.0: the client's attributes apart from the enrichers' (ht.) ones.
      const keys = Object.keys(s.attrs)
        .filter((k) => !k.startsWith('ht.'))
        .sort();
      const enrichedKeys = Object.keys(s.attrs)
        .filter((k) => k.startsWith('ht.'))
        .sort();
      return row(view('span_event_view'), {
        tenant_id,
        trace_id: s.trace,
        span_id: s.span,
        parent_span_id: s.parent,
        service_name: s.service,
        span_name: s.name,
        start_time: s.start,
        end_time: s.start + s.duration,
        duration_micros: s.duration,
        span_kind: s.kind,
        span_type: s.type,
        status_code: s.status ?? 'UNSET',
        api_name: s.api ?? '',
        error_count: s.status === 'ERROR' ? 1 : 0,
        attribute_keys: keys,
        attribute_values: keys.map((k) => s.attrs[k]!),
        enriched_attribute_keys: enrichedKeys,
        enriched_attribute_values: enrichedKeys.map((k) => s.attrs[k]!),
        resource_id: `res-${s.service}`,
      });
    }),
  );
  // One resource per service, written per trace fragment (as span_resource_view does); the host names the tenant.
  const resources = new Map<string, SpanSeed & { fragment: number }>();
  for (const s of all) {
    const key = `${s.trace}/${s.fragment}/${s.service}`;
    if (!resources.has(key)) resources.set(key, s);
  }
  out.set(
    'span_resource_view',
    [...resources.values()].map((s) =>
      row(view('span_resource_view'), {
        tenant_id,
        service_name: s.service,
        start_time: s.start,
        trace_id: s.trace,
        fragment: s.fragment,
        resource_id: `res-${s.service}`,
        span_count: 1,
        attribute_keys: ['host.name', 'service.name'],
        attribute_values: [`host-${seed.tenant}`, s.service],
      }),
    ),
  );
  // The error trace's cart entry span links to the OK trace's root.
  out.set(
    'span_link_view',
    all
      .filter((s) => s.trace === TRACE_ERROR && s.service === 'cart' && s.type === 'ENTRY')
      .map((s) =>
        row(view('span_link_view'), {
          tenant_id,
          service_name: s.service,
          span_name: s.name,
          start_time: s.start,
          trace_id: s.trace,
          span_id: s.span,
          link_index: 0,
          linked_trace_id: TRACE_OK,
          linked_span_id: '0000000000000001',
          linked_trace_state: '',
          attribute_keys: ['link.tenant'],
          attribute_values: [seed.tenant],
        }),
      ),
  );
  out.set(
    'raw_service_view',
    all
      .filter((s) => s.type === 'ENTRY')
      .map((s) =>
        row(view('raw_service_view'), {
          tenant_id,
          trace_id: s.trace,
          span_id: s.span,
          service_name: s.service,
          api_name: s.api ?? s.name,
          start_time: s.start,
          duration_micros: s.duration,
          status_code: s.status ?? 'UNSET',
          is_error: s.status === 'ERROR',
          error_count: s.status === 'ERROR' ? 1 : 0,
        }),
      ),
  );
  const traces = new Map<string, (SpanSeed & { fragment: number })[]>();
  for (const s of all) traces.set(`${s.trace}/${s.fragment}`, [...(traces.get(`${s.trace}/${s.fragment}`) ?? []), s]);
  out.set(
    'raw_trace_view',
    [...traces.values()].map((group) => {
      const first = group[0]!;
      const start = Math.min(...group.map((s) => s.start));
      const end = Math.max(...group.map((s) => s.start + s.duration));
      return row(view('raw_trace_view'), {
        tenant_id,
        trace_id: first.trace,
        session: 7,
        fragment: first.fragment,
        root_service: first.service,
        root_operation: first.name,
        start_time: start,
        end_time: end,
        duration_micros: end - start,
        span_count: group.length,
        error_count: group.filter((s) => s.status === 'ERROR').length,
        has_error: group.some((s) => s.status === 'ERROR'),
        services: [...new Set(group.map((s) => s.service))].sort(),
      });
    }),
  );
  const redis = all.filter((s) => s.name === 'GET' && s.service === 'cart');
  out.set(
    'backend_entity_view',
    redis.map((s) =>
      row(view('backend_entity_view'), {
        tenant_id,
        trace_id: s.trace,
        span_id: s.span,
        backend_name: 'redis@cache:6379',
        backend_operation: 'GET',
        backend_type: 'CACHE',
        start_time: s.start,
        duration_micros: s.duration,
        caller_service: 'cart',
        span_name: 'GET',
      }),
    ),
  );
  out.set(
    'service_call_view',
    all
      .filter((s) => s.type === 'EXIT')
      .map((s) => {
        const toCart = s.service === 'frontend';
        return row(view('service_call_view'), {
          tenant_id,
          trace_id: s.trace,
          edge_id: `${s.span}:${toCart ? 'cart' : 'redis'}`,
          caller_service: s.service,
          callee_name: toCart ? 'cart' : 'redis@cache:6379',
          callee_type: toCart ? 'SERVICE' : 'BACKEND',
          start_time: s.start,
          duration_micros: s.duration,
          error_count: toCart && s.trace === TRACE_ERROR ? 1 : 0,
        });
      }),
  );
  out.set(
    'log_event_view',
    all
      .filter((s) => s.status === 'ERROR' && s.service === 'cart')
      .map((s) =>
        row(view('log_event_view'), {
          tenant_id,
          trace_id: s.trace,
          span_id: s.span,
          event_index: 0,
          event_name: 'exception',
          event_time: s.start + 100,
          service_name: s.service,
          span_name: s.name,
          is_exception: true,
          exception_type: 'CartError',
          exception_message: `cart failed for ${seed.tenant}`,
          message: `cart failed for ${seed.tenant}`,
        }),
      ),
  );
  if (views.some((v) => v.name === 'tier_call_view')) {
    out.set(
      'tier_call_view',
      all
        .filter((s) => s.kind === 'SERVER')
        .map((s) =>
          row(view('tier_call_view'), {
            tenant_id,
            trace_id: s.trace,
            span_id: s.span,
            service_name: s.service,
            operation: s.api ?? s.name,
            customer_tier: s.service === 'cart' ? 'pro' : 'free',
            start_time: s.start,
            duration_micros: s.duration,
            status_code: s.status ?? 'UNSET',
            is_error: s.status === 'ERROR',
          }),
        ),
    );
  }
  return out;
}

/** Writes both tenants' rows (and once more: a replay changes nothing). */
export async function seedStore(
  store: ViewStore,
  views: readonly ViewDefinition[],
  seeds: readonly TenantSeed[],
): Promise<void> {
  await store.ensureTables(views);
  for (const seed of seeds) {
    for (const [name, rows] of seedRows(views, seed)) await store.write(name, rows);
  }
}
