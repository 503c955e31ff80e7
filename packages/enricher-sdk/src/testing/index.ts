/**
 * `@ht/enricher-sdk/testing`: build fixture traces, run an enricher or a view on them, and assert on
 * the result, with in-memory logger, metrics, clock and entity store.
 *
 * @packageDocumentation
 */
export { enrichmentOf } from './enrichmentOf.js';
export type { TraceEnrichment } from './enrichmentOf.js';
export { ManualClock } from './ManualClock.js';
export { MemoryLogger } from './MemoryLogger.js';
export type { LogEntry } from './MemoryLogger.js';
export { MemoryMetrics } from './MemoryMetrics.js';
export { runEnricher } from './runEnricher.js';
export type { EnricherRun, RunEnricherOptions } from './runEnricher.js';
export { runView } from './runView.js';
export { TraceBuilder, traceBuilder } from './TraceBuilder.js';
export type { FixtureCallOptions, FixtureSpanOptions, TraceBuilderOptions } from './TraceBuilder.js';
