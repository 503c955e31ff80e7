import type { Span } from '../../model/Span.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { ApiAttr, ApiBoundary, TraceAttr } from '../../catalogue/attributeKeys.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';

/**
 * Built-in `transaction-name`: `ht.trace.transaction_name`, the API name of the trace's earliest API
 * entry span (the first to start; the first in span order on a tie), i.e. what the user did. A trace
 * without an API entry has none. Depends on `api-naming`.
 *
 * @example
 * ```ts
 * const run = await runEnricher(transactionName, trace, undefined, { with: [semconv, spanType, apiBoundary, serviceEntity, apiNaming] });
 * run.trace.enriched.string(TraceAttr.TRANSACTION_NAME); // 'POST /checkout'
 * ```
 */
export const transactionName = defineEnricher({
  name: BuiltinEnricher.TRANSACTION_NAME,
  version: BUILTIN_VERSION,
  description: 'transaction name: the API name of the earliest API entry span',
  dependsOn: [BuiltinEnricher.API_NAMING],
  enrichTrace(trace) {
    let earliest: Span | undefined;
    for (const span of trace.spans) {
      if (span.enriched.string(ApiAttr.BOUNDARY) !== ApiBoundary.ENTRY) continue;
      if (earliest === undefined || span.startTimeUnixNano < earliest.startTimeUnixNano) earliest = span;
    }
    const name = earliest?.enriched.string(ApiAttr.NAME);
    if (name !== undefined) trace.enriched.set(TraceAttr.TRANSACTION_NAME, name);
  },
});
