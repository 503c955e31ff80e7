/**
 * `@ht/reference-pipeline`: the `ht` CLI and what it is made of, for embedding: the one-process pipeline
 * (`startLocalPipeline`: receivers → bounded channel → grouper → enrichers → views → store), the five
 * stages of the distributed mode between Kafka topics (`createReceiverStage`, `createNormalizerStage`,
 * `createGrouperStage`, `createEnricherStage`, `createViewsStage`; docs/embedding.md), the `ht`
 * configuration (`loadConfig`, `demoConfig`; docs/configuration.md), the operations surface (Prometheus
 * metrics, the ops server, logs, live progress; docs/operations.md), demo traffic from a simulated shop,
 * and the port plan of docs/contracts.md.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * process.exitCode = await runPipeline(config, { title: 'my pipeline', configDir: '.' });
 * ```
 *
 * @packageDocumentation
 */

// Running the pipeline
export { runPipeline } from './app/runPipeline.js';
export type { RunPipelineOptions } from './app/runPipeline.js';
export { ExitCode, exitCodeOf } from './app/exitCodes.js';
export { runStage } from './app/runStage.js';
export type { RunStageOptions } from './app/runStage.js';
export { openStore } from './app/openStore.js';
export type { OpenStoreOptions } from './app/openStore.js';

// The web UI on the UI + GraphQL port
export { findUiDist, uiRoutes } from './ui/index.js';
export type { UiRoutesOptions, UiRuntimeConfig } from './ui/index.js';
export {
  latencyBudget,
  latencyBudgetMs,
  LOCAL_WATERMARK_DEFAULTS,
  pipelineRollups,
  startLocalPipeline,
  StoreMaintenance,
} from './local/index.js';
export type {
  LatencyBudget,
  LatencyBudgetOptions,
  LocalPipelineOptions,
  PipelineCounters,
  PipelineRollups,
  RunningLocalPipeline,
  StoreMaintenanceOptions,
} from './local/index.js';

// The distributed mode: one stage between Kafka topics (docs/distributed.md, docs/embedding.md)
export {
  createEnricherStage,
  createGrouperStage,
  createNormalizerStage,
  createReceiverStage,
  createViewsStage,
  KafkaMaintenanceLease,
  STAGE_NAMES,
  STAGE_TOPICS,
  stageTopicSpecs,
  TRACE_TOPIC_MAX_MESSAGE_BYTES,
} from './stages/index.js';
export type {
  EnricherStageOptions,
  GrouperStageOptions,
  GrouperStateOptions,
  KafkaMaintenanceLeaseOptions,
  NormalizerInput,
  NormalizerStageOptions,
  ReceiverStage,
  ReceiverStageOptions,
  Stage,
  StageConsumerOptions,
  StageKafkaOptions,
  StageName,
  StagePluginOptions,
  StageProducerOptions,
  StageTopicOptions,
  StageTopics,
  ViewsStageOptions,
} from './stages/index.js';

// Configuration
export { DEFAULT_RETENTION_MS, htConfigSchema } from './config/htConfig.js';
export type { HtConfig, HtConfigInput } from './config/htConfig.js';
export { loadConfig, validateConfig } from './config/loadConfig.js';
export type { LoadConfigOptions, ValidateConfigOptions } from './config/loadConfig.js';
export { DEMO_GAP_MS, demoConfig } from './config/demoConfig.js';
export type { DemoConfigOptions } from './config/demoConfig.js';
export { receiverPorts } from './config/receiversConfig.js';
export type { ReceiversConfig } from './config/receiversConfig.js';
export type { StoreConfig } from './config/storeConfig.js';
export type { GrouperStateConfig } from './config/grouperStateConfig.js';
export type { EntitiesConfig } from './config/entitiesConfig.js';
export type { LoggingConfig, LogLevel } from './config/loggingConfig.js';
export { parseDuration } from './config/duration.js';

// Operations
export { PrometheusMetrics } from './ops/PrometheusMetrics.js';
export type { PrometheusMetricsOptions } from './ops/PrometheusMetrics.js';
export { ReadinessFlag } from './ops/ReadinessCheck.js';
export type { ReadinessCheck, ReadinessResult } from './ops/ReadinessCheck.js';
export { startOpsServer } from './ops/startOpsServer.js';
export type { OpsServerOptions, RunningOpsServer } from './ops/startOpsServer.js';
export type { MetricsText } from './ops/MetricsText.js';
export { createLogger, toSdkLogger } from './ops/createLogger.js';
export type { LogDestination, LogFormat, LoggerOptions } from './ops/createLogger.js';
export { ProgressReporter } from './ops/ProgressReporter.js';
export type { ProgressOutput, ProgressReporterOptions, ProgressTimer } from './ops/ProgressReporter.js';
export type { ProgressCounters } from './ops/formatProgress.js';

// Demo traffic
export { demoEndpoints, startDemoTraffic } from './demo/index.js';
export type {
  DemoEndpointName,
  DemoEndpoints,
  DemoTraffic,
  DemoTrafficOptions,
  DemoTrafficStats,
} from './demo/index.js';

// Ports
export { APP_PORTS, portTable, portsWithOffset } from './ports.js';
export type { PipelinePorts, PortName, PortRow } from './ports.js';
