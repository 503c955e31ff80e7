/**
 * `@ht/sinks/testing`: the conformance suite every `ViewStore` passes, and the fixture views and traces
 * it uses (handy for testing your own store or view queries), and the chDB executor that runs the ClickHouse
 * store's modern dialect without a server.
 *
 * @packageDocumentation
 */
export { viewStoreConformance } from './viewStoreConformance.js';
export { chdbExecutor } from './chdbExecutor.js';
export type { ChdbExecutor, ChdbExecutorOptions } from './chdbExecutor.js';
export { withStore } from './ConformanceTarget.js';
export type { ConformanceCase, ConformanceTarget } from './ConformanceTarget.js';
export { fixtureViews, fixtureRawTraceView, fixtureServiceCallView, fixtureSpanEventView } from './fixtureViews.js';
export { fixtureBackendRedRollup, fixtureServiceRedRollup } from './fixtureRollups.js';
export { FIXTURE_START_MICROS, fixtureTraces, lateFragment, traceRows, viewRows } from './fixtureTraces.js';
export type { FixtureOptions } from './fixtureTraces.js';
export { evaluateFilter, matchesString } from './evaluateFilter.js';
export { filterCases } from './filterCases.js';
export { tenancyCases } from './tenancyCases.js';
export { HOSTILE_STRINGS, hostileSpanRows } from './hostileRows.js';
export { assertClose, assertEqual, assertRejects, dedupByKey, expectedRow, referenceQuantile } from './reference.js';
