import type { Span } from '../../model/Span.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { ApiAttr, ApiBoundary, BackendAttr, ServiceAttr } from '../../catalogue/attributeKeys.js';
import { calleeSpansOf } from './callees.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { setTrusted, setTrustedInt } from '../../model/attributes.js';

/**
 * Name used for an exit call whose callee is neither a traced service nor a recognised backend.
 *
 * @example
 * ```ts
 * names.includes(UNKNOWN_CALLEE); // an uninstrumented dependency was called
 * ```
 */
export const UNKNOWN_CALLEE = 'unknown';

/**
 * Built-in `exit-calls`: on each API entry span, the calls its visit made out: `ht.api.exit_call_count`,
 * and per callee (the called service's name, or the backend's name, else `unknown`) the number of
 * calls, as `ht.api.callee_names` (sorted) and `ht.api.callee_call_counts` (same order). A visit that
 * called nothing gets a count of 0 and empty lists. Depends on `api-boundary`, `service-entity` and
 * `backend`.
 *
 * @example
 * ```ts
 * entry.enriched.strings(ApiAttr.CALLEE_NAMES); // ['cart', 'postgresql:orders@pg:5432']
 * entry.enriched.ints(ApiAttr.CALLEE_CALL_COUNTS); // [1, 3]
 * ```
 */
export const exitCalls = defineEnricher({
  name: BuiltinEnricher.EXIT_CALLS,
  version: BUILTIN_VERSION,
  description: 'exit calls per API visit and per callee',
  dependsOn: [BuiltinEnricher.API_BOUNDARY, BuiltinEnricher.SERVICE_ENTITY, BuiltinEnricher.BACKEND],
  enrichTrace(trace) {
    const visits = new Map<string, { calls: number; callees: Map<string, number> }>();
    for (const span of trace.spans) {
      if (span.enriched.string(ApiAttr.BOUNDARY) !== ApiBoundary.EXIT) continue;
      const entry = span.enriched.string(ApiAttr.ENTRY_SPAN_ID);
      if (entry === undefined) continue;
      let visit = visits.get(entry);
      if (visit === undefined) visits.set(entry, (visit = { calls: 0, callees: new Map() }));
      visit.calls++;
      const callees = calleeSpansOf(span, trace);
      if (callees.length === 0) count(visit.callees, span.enriched.string(BackendAttr.NAME) ?? UNKNOWN_CALLEE);
      else if (callees.length === 1) count(visit.callees, calleeName(callees[0] as Span));
      else for (const callee of new Set(callees.map(calleeName))) count(visit.callees, callee); // once per service
    }
    for (const span of trace.spans) {
      if (span.enriched.string(ApiAttr.BOUNDARY) !== ApiBoundary.ENTRY) continue;
      const visit = visits.get(span.spanId);
      const names = visit === undefined ? [] : [...visit.callees.keys()].sort();
      setTrustedInt(span.enriched, ApiAttr.EXIT_CALL_COUNT, visit?.calls ?? 0);
      setTrusted(span.enriched, ApiAttr.CALLEE_NAMES, names);
      setTrusted(
        span.enriched,
        ApiAttr.CALLEE_CALL_COUNTS,
        names.map((n) => BigInt(visit?.callees.get(n) ?? 0)),
      );
    }
  },
});

function calleeName(callee: Span): string {
  return callee.enriched.string(ServiceAttr.NAME) ?? UNKNOWN_CALLEE;
}

function count(callees: Map<string, number>, name: string): void {
  callees.set(name, (callees.get(name) ?? 0) + 1);
}
