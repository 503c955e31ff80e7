/**
 * The `ht` configuration (docs/configuration.md): the schema of `ht run --config ht.yaml` (zod, every key
 * with its default), `loadConfig` (YAML or JSON, `HT_…` environment overrides, errors naming each key),
 * `demoConfig` (what `ht demo` runs), and the helpers that map sections onto `@ht/sources` options.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * const receivers = await startReceivers({
 *   sink,
 *   host: config.receivers.host,
 *   ports: receiverPorts(config.receivers),
 *   portOffset: config.portOffset,
 *   tenancy: config.tenancy,
 *   limits: config.receivers.limits,
 * });
 * ```
 *
 * @packageDocumentation
 */

// The config
export { DEFAULT_RETENTION_MS, htConfigSchema } from './htConfig.js';
export type { HtConfig, HtConfigInput } from './htConfig.js';
export { loadConfig, validateConfig } from './loadConfig.js';
export type { LoadConfigOptions, ValidateConfigOptions } from './loadConfig.js';
export { DEMO_GAP_MS, demoConfig } from './demoConfig.js';
export type { DemoConfigOptions } from './demoConfig.js';

// Sections
export { RECEIVER_NAMES, receiverPorts, receiversConfigSchema } from './receiversConfig.js';
export type { ReceiversConfig } from './receiversConfig.js';
export { tenancyConfigSchema } from './tenancyConfig.js';
export type { TenancyConfig } from './tenancyConfig.js';
export { channelConfigSchema, grouperConfigSchema, grouperOptionsOf, sinkConfigSchema } from './stagesConfig.js';
export type { ChannelConfig, GrouperConfig, SinkConfig } from './stagesConfig.js';
export { grouperStateConfigSchema } from './grouperStateConfig.js';
export type { GrouperStateConfig } from './grouperStateConfig.js';
export { entitiesConfigSchema } from './entitiesConfig.js';
export type { EntitiesConfig } from './entitiesConfig.js';
export { watermarksConfigSchema } from './watermarksConfig.js';
export type { WatermarksConfig } from './watermarksConfig.js';
export { DEFAULT_DUCKDB_PATH, storeConfigSchema } from './storeConfig.js';
export type { StoreConfig } from './storeConfig.js';
export { opsConfigSchema, uiConfigSchema } from './serversConfig.js';
export type { ServerConfig } from './serversConfig.js';
export { LOG_LEVELS, loggingConfigSchema } from './loggingConfig.js';
export { kafkaConfigSchema, normalizerConfigSchema } from './kafkaConfig.js';
export type { KafkaConfig, NormalizerConfig } from './kafkaConfig.js';
export type { LoggingConfig, LogLevel } from './loggingConfig.js';

// Building blocks
export { parseDuration } from './duration.js';
export { applyEnvOverrides, ENV_PREFIX } from './envOverrides.js';
export type { EnvOverride } from './envOverrides.js';
export type { ConfigProblem } from './configProblems.js';
export type { KeySegment } from './schemaWalk.js';
