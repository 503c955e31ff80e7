/**
 * `@ht/services`: installs, starts and stops the real services the @ht tests run against, and tells
 * tests where they are. The CLI is `ht-services` (`npm run services -- up`).
 *
 * @packageDocumentation
 */
export { cacheDir, loadServicesConfig, PORT_ENV } from './config.js';
export type { ServicesConfig } from './config.js';
export { endpointEnv, serviceEndpoints } from './endpoints.js';
export type { ServiceEndpoints } from './endpoints.js';
export { down, reset, status, up } from './lifecycle.js';
export type { ServiceStatus } from './lifecycle.js';
export { SERVICES, selectServices } from './registry.js';
export { runChdb } from './runChdb.js';
export { throwawayClickHouse } from './throwawayClickHouse.js';
export { throwawayRedis } from './throwawayRedis.js';
export { throwawayKafka } from './throwawayKafka.js';
export { freePort } from './freePort.js';
export { portListening } from './portListening.js';
export { jaegerBinary } from './services/jaeger.js';
export { otelCollectorConfig, startOtelCollector } from './otelCollector.js';
export type { CollectorExporter, CollectorOptions, RunningCollector } from './otelCollector.js';
export type { ThrowawayClickHouse } from './throwawayClickHouse.js';
export type { ThrowawayRedis } from './throwawayRedis.js';
export type { ThrowawayKafka } from './throwawayKafka.js';
export type { ChdbRequest } from './runChdb.js';
export { ensureDebPackages, isInstalled, log, mvn, run } from './install.js';
export { runDirOf } from './Service.js';
export type { ServiceContext, ServiceDefinition, ServicePort } from './Service.js';
