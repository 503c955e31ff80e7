/**
 * The pipeline's operations surface: the SDK's `Metrics` on prom-client (`PrometheusMetrics`), the ops
 * server (`/healthz`, `/readyz`, `/metrics`; docs/operations.md), pino logs (`createLogger`,
 * `toSdkLogger`) and the live progress line (`ProgressReporter`).
 *
 * @example
 * ```ts
 * const log = createLogger({ name: 'ht' });
 * const metrics = new PrometheusMetrics();
 * const started = new ReadinessFlag('pipeline started');
 * const ops = await startOpsServer({ port: 8099, metrics: [metrics, job.metrics], readiness: [started], logger: toSdkLogger(log) });
 * started.set(true);
 * await ops.close();
 * ```
 *
 * @packageDocumentation
 */
export { bucketsByUnit, LATENCY_SECONDS_BUCKETS, SIZE_BUCKETS } from './histogramBuckets.js';
export { prometheusLabelName, prometheusMetricName } from './prometheusName.js';
export { PrometheusMetrics } from './PrometheusMetrics.js';
export type { PrometheusMetricsOptions } from './PrometheusMetrics.js';
export { renderMetricsText } from './MetricsText.js';
export type { MetricsText } from './MetricsText.js';
export { ReadinessFlag, runReadinessChecks } from './ReadinessCheck.js';
export type { ReadinessCheck, ReadinessResult } from './ReadinessCheck.js';
export { PROMETHEUS_TEXT_CONTENT_TYPE, startOpsServer } from './startOpsServer.js';
export type { OpsServerOptions, RunningOpsServer } from './startOpsServer.js';
export { createLogger, toSdkLogger } from './createLogger.js';
export type { LogDestination, LogFormat, LoggerOptions, LogLevel } from './createLogger.js';
export { formatCount, formatProgress, formatRate } from './formatProgress.js';
export type { ProgressCounters } from './formatProgress.js';
export { ProgressReporter, systemProgressTimer } from './ProgressReporter.js';
export type { ProgressOutput, ProgressReporterOptions, ProgressTimer } from './ProgressReporter.js';
