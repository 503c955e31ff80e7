import type { ViewDefinition } from '@ht/enricher-sdk';
import { backendEntityView, rawServiceView, serviceCallView } from '@ht/enricher-sdk/builtins';
import { eq, gt } from '../query/build.js';
import { defineRollup } from './defineRollup.js';
import type { RollupDefinition } from './defineRollup.js';

/** A call is in error when its row counts one (the `errors` enricher's count, or the span status). */
const inError = [gt('error_count', 0)];
/** An API visit failed: the API's verdict (HTTP 5xx, a gRPC error, …), else the span status. */
const visitFailed = [eq('is_error', true)];

/**
 * `service_red_1m`: per-minute RED of each service from `raw_service_view` (one row per API visit, the
 * entry span of each visit to a service): calls are visits, errors the visits whose `is_error` is set,
 * durations the entry spans' `duration_micros`. The service list's numbers.
 *
 * @example
 * ```ts
 * const services = await store.queryRollup(serviceRedRollup.name, { tenantId: 'default', fromMicros, toMicros });
 * ```
 */
export const serviceRedRollup: RollupDefinition = defineRollup({
  name: 'service_red_1m',
  view: rawServiceView,
  entity: ['service_name'],
  durationColumn: 'duration_micros',
  errors: visitFailed,
});

/**
 * `api_red_1m`: per-minute RED of each API of each service (`service_name`, `api_name`) from
 * `raw_service_view`, counted as {@link serviceRedRollup} counts. A service's API list.
 *
 * @example
 * ```ts
 * const apis = await store.queryRollup(apiRedRollup.name, { tenantId: 'default', fromMicros, toMicros, byMinute: true });
 * ```
 */
export const apiRedRollup: RollupDefinition = defineRollup({
  name: 'api_red_1m',
  view: rawServiceView,
  entity: ['service_name', 'api_name'],
  durationColumn: 'duration_micros',
  errors: visitFailed,
});

/**
 * `backend_red_1m`: per-minute RED of each backend (`backend_name`, `backend_type`) from
 * `backend_entity_view`: every exit call to it, its duration as the caller saw it, errors with
 * `error_count > 0`. The backend list's numbers.
 *
 * @example
 * ```ts
 * const backends = await store.queryRollup(backendRedRollup.name, { tenantId: 'default', fromMicros, toMicros });
 * ```
 */
export const backendRedRollup: RollupDefinition = defineRollup({
  name: 'backend_red_1m',
  view: backendEntityView,
  entity: ['backend_name', 'backend_type'],
  durationColumn: 'duration_micros',
  errors: inError,
});

/**
 * `service_call_red_1m`: per-minute RED of each service-map edge (`caller_service` → `callee_name`,
 * `callee_type` SERVICE or BACKEND) from `service_call_view`: calls, errors (`error_count > 0`: the exit
 * span or the callee's entry span in error) and the duration the caller waited. The service map's edges.
 *
 * @example
 * ```ts
 * const edges = await store.queryRollup(serviceCallRedRollup.name, { tenantId: 'default', fromMicros, toMicros });
 * ```
 */
export const serviceCallRedRollup: RollupDefinition = defineRollup({
  name: 'service_call_red_1m',
  view: serviceCallView,
  entity: ['caller_service', 'callee_name', 'callee_type'],
  durationColumn: 'duration_micros',
  errors: inError,
});

/**
 * The rollups of the built-in views: service, API and backend RED per minute and the service-call edges.
 * `ht` keeps them rebuilt on ClickHouse by default; DuckDB computes them on query.
 *
 * @example
 * ```ts
 * await store.ensureRollups(builtinRollupsFor(views));
 * ```
 */
export const builtinRollups: readonly RollupDefinition[] = Object.freeze([
  serviceRedRollup,
  apiRedRollup,
  backendRedRollup,
  serviceCallRedRollup,
]);

/** The columns a built-in rollup reads: entity, duration, time and those its (one-column) filters compare. */
function columnsRead(rollup: RollupDefinition): string[] {
  const filtered = [...rollup.errors, ...rollup.where].flatMap((f) => ('column' in f ? [f.column] : []));
  return [...rollup.entity, rollup.durationColumn, rollup.view.timeColumn, ...filtered];
}

/**
 * The built-in rollups whose view is among `views`, each bound to the view given (by name: a config may
 * turn a built-in view off, and a newer version of it may add columns). A view of that name lacking a
 * column the rollup reads, with another type, or another time column leaves the rollup out.
 *
 * @example
 * ```ts
 * const rollups = builtinRollupsFor(plugins.views); // all four with the default views
 * await store.ensureRollups(rollups);
 * ```
 */
export function builtinRollupsFor(views: readonly ViewDefinition[]): RollupDefinition[] {
  return builtinRollups.flatMap((rollup) => {
    const view = views.find((v) => v.name === rollup.view.name);
    if (view === undefined || view.timeColumn !== rollup.view.timeColumn) return [];
    const fits = columnsRead(rollup).every((c) => view.columns[c]?.type === rollup.view.columns[c]?.type);
    return fits ? [defineRollup({ ...rollup, view })] : [];
  });
}
