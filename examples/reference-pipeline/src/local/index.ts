export { startLocalPipeline } from './startLocalPipeline.js';
export type { LocalPipelineOptions, PipelineCounters, RunningLocalPipeline } from './startLocalPipeline.js';
export { StoreMaintenance } from './StoreMaintenance.js';
export type { StoreMaintenanceOptions } from './StoreMaintenance.js';
