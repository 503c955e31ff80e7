import { eq } from '../query/build.js';
import { defineRollup } from '../rollup/defineRollup.js';
import { fixtureServiceCallView, fixtureSpanEventView } from './fixtureViews.js';

/**
 * Per-minute RED of the fixture's entry spans per service (the conformance suite's service rollup).
 *
 * @example
 * ```ts
 * await store.ensureRollups([fixtureServiceRedRollup, fixtureBackendRedRollup]);
 * ```
 */
export const fixtureServiceRedRollup = defineRollup({
  name: 'fixture_service_red_1m',
  view: fixtureSpanEventView,
  entity: ['service_name'],
  durationColumn: 'duration_micros',
  errors: [eq('status_code', 'ERROR')],
  where: [eq('is_entry', true)],
});

/**
 * Per-minute RED of the fixture's calls per caller and callee service (the suite's backend rollup).
 *
 * @example
 * ```ts
 * await store.rebuildRollup(fixtureBackendRedRollup.name, from, to);
 * ```
 */
export const fixtureBackendRedRollup = defineRollup({
  name: 'fixture_backend_red_1m',
  view: fixtureServiceCallView,
  entity: ['caller_service', 'callee_service'],
  durationColumn: 'duration_micros',
  errors: [eq('is_error', true)],
});
