export { startLocalPipeline } from './startLocalPipeline.js';
export type { LocalPipelineOptions, PipelineCounters, RunningLocalPipeline } from './startLocalPipeline.js';
export { LOCAL_WATERMARK_DEFAULTS } from './localWatermarks.js';
export { latencyBudget, latencyBudgetMs } from './latencyBudget.js';
export type { LatencyBudget, LatencyBudgetOptions } from './latencyBudget.js';
export { StoreMaintenance } from './StoreMaintenance.js';
export type { StoreMaintenanceOptions } from './StoreMaintenance.js';
export { pipelineRollups } from './pipelineRollups.js';
export type { PipelineRollups } from './pipelineRollups.js';
