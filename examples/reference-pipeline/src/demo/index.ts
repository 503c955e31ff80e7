/**
 * Demo traffic for `ht demo`: a seeded simulated shop of ten services whose traces are recorded with the
 * OTel JS SDK and sent through real exporters (OTLP/HTTP protobuf, OTLP gRPC, Zipkin, Jaeger) to the
 * pipeline's own receivers. {@link startDemoTraffic} runs it; the rest is its parts, for tests and tools.
 *
 * @packageDocumentation
 */
export { startDemoTraffic } from './startDemoTraffic.js';
export type { DemoTraffic, DemoTrafficOptions, DemoTrafficStats } from './startDemoTraffic.js';
export { demoEndpoints, endpointFor } from './DemoEndpoints.js';
export type { DemoEndpointName, DemoEndpoints } from './DemoEndpoints.js';
export type { DemoExporterStats } from './CountingExporter.js';
export { SHOP_SERVICES } from './shopServices.js';
export type { DemoClient, ShopService, ShopServiceName } from './shopServices.js';
export { ShopSimulator } from './ShopSimulator.js';
export type { ShopSimulatorOptions } from './ShopSimulator.js';
export { countSpans, planSpans } from './TracePlan.js';
export type { PlannedEvent, PlannedSpan, TracePlan } from './TracePlan.js';
export { traceShape } from './traceShape.js';
export type { ShapeNode } from './traceShape.js';
export { SEMCONV_DIALECTS } from './semconvDialects.js';
export type { DemoAttributes, SemconvDialect, SemconvGeneration } from './semconvDialects.js';
export { SeededRandom } from './SeededRandom.js';
export { DEMO_FLUSH_INTERVAL_MS } from './ShopTracers.js';
