/**
 * `@ht/enricher-sdk/grouper`: the trace grouper (spans to traces) on `@ht/stream-core`, a runtime piece
 * of the pipeline kept out of the main entry so a plugin author's install stays small.
 *
 * @packageDocumentation
 */
export { groupTraces } from './groupTraces.js';
export type { GroupedTraces } from './groupTraces.js';
export { GROUPER_DEFAULTS, resolveGrouperOptions } from './GrouperOptions.js';
export type { GrouperOptions, ResolvedGrouperOptions } from './GrouperOptions.js';
export { GROUPER_REASON_KEY, GROUPER_REASONS, GrouperReason, grouperReasonOf } from './GrouperReason.js';
export { GrouperStats } from './GrouperStats.js';
export type { GrouperStatsSnapshot } from './GrouperStats.js';
export { spanEndTime, TRACE_MESSAGE_KEY, traceKey } from './traceKey.js';
