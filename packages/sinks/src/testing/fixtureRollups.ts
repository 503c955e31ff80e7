import { eq } from '../query/build.js';
import { defineRollup } from '../rollup/defineRollup.js';
import { serviceCallView, spanEventView } from './fixtureViews.js';

/**
 * Per-minute RED of the fixture's entry spans per service (the conformance suite's service rollup).
 *
 * @example
 * ```ts
 * await store.ensureRollups([serviceRedRollup, backendRedRollup]);
 * ```
 */
export const serviceRedRollup = defineRollup({
  name: 'service_red_1m',
  view: spanEventView,
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
 * await store.rebuildRollup(backendRedRollup.name, from, to);
 * ```
 */
export const backendRedRollup = defineRollup({
  name: 'backend_red_1m',
  view: serviceCallView,
  entity: ['caller_service', 'callee_service'],
  durationColumn: 'duration_micros',
  errors: [eq('is_error', true)],
});
