import { builtinViews } from '@ht/enricher-sdk/builtins';
import type { ViewRow, ViewStore } from '@ht/sinks';

/** A row of `view` with every column at its zero value, then `values`. */
function row(view: string, values: Record<string, unknown>): ViewRow {
  const definition = builtinViews.find((v) => v.name === view)!;
  const zero: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(definition.columns)) {
    zero[name] = column.type.endsWith('Array')
      ? []
      : column.type.includes('tring')
        ? ''
        : column.type === 'bool'
          ? false
          : 0;
  }
  return { ...zero, ...values };
}

/** The trace id both tenants use. */
export const SHARED_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

/**
 * Seeds two tenants with the same trace id, services and operation names, each span carrying a
 * `tenant.marker` attribute naming its tenant; `globex` also has a service and an operation of its own
 * and twice the calls. Times are the minute before `nowMicros`.
 */
export async function seedTwoTenants(store: ViewStore, nowMicros: number): Promise<void> {
  await store.ensureTables(builtinViews);
  const start = nowMicros - 60_000_000;
  for (const tenant of ['acme', 'globex']) {
    const extra = tenant === 'globex';
    const spans = [
      {
        span_id: '00f067aa0ba90201',
        parent_span_id: '',
        service_name: 'frontend',
        span_name: 'GET /cart',
        span_kind: 'SERVER',
        at: 0,
        ms: 20,
      },
      {
        span_id: '00f067aa0ba90202',
        parent_span_id: '00f067aa0ba90201',
        service_name: 'cart',
        span_name: 'GET /cart',
        span_kind: 'SERVER',
        at: 2,
        ms: 15,
      },
      ...(extra
        ? [
            {
              span_id: '00f067aa0ba90203',
              parent_span_id: '00f067aa0ba90201',
              service_name: 'globex-only',
              span_name: 'GLOBEX OP',
              span_kind: 'CLIENT',
              at: 3,
              ms: 5,
            },
          ]
        : []),
    ];
    await store.write(
      'span_event_view',
      spans.map((s) =>
        row('span_event_view', {
          tenant_id: tenant,
          trace_id: SHARED_TRACE_ID,
          span_id: s.span_id,
          parent_span_id: s.parent_span_id,
          service_name: s.service_name,
          span_name: s.span_name,
          span_kind: s.span_kind,
          start_time: start + s.at * 1000,
          end_time: start + (s.at + s.ms) * 1000,
          duration_micros: s.ms * 1000,
          status_code: 'UNSET',
          attribute_keys: ['tenant.marker'],
          attribute_values: [tenant],
        }),
      ),
    );
    await store.write('log_event_view', [
      row('log_event_view', {
        tenant_id: tenant,
        service_name: 'cart',
        span_name: 'GET /cart',
        event_time: start + 5000,
        trace_id: SHARED_TRACE_ID,
        span_id: '00f067aa0ba90202',
        event_index: 0,
        event_name: `${tenant} event`,
        attribute_keys: ['tenant.marker'],
        attribute_values: [tenant],
      }),
    ]);
    await store.write(
      'service_call_view',
      Array.from({ length: extra ? 2 : 1 }, (_, i) =>
        row('service_call_view', {
          tenant_id: tenant,
          caller_service: 'frontend',
          callee_name: 'cart',
          start_time: start + 2000 + i,
          trace_id: SHARED_TRACE_ID,
          edge_id: `00f067aa0ba90201:00f067aa0ba9020${2 + i}`,
          callee_type: 'SERVICE',
        }),
      ),
    );
  }
}
