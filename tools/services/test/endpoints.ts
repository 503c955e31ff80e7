import { loadServicesConfig, serviceEndpoints } from '../src/index.js';

/** The endpoints the test run was given (`HT_*` variables), else those of infra/services.json. */
export const endpoints = serviceEndpoints(loadServicesConfig());
export const kafkaBrokers = process.env['HT_KAFKA_BROKERS'] ?? endpoints.kafkaBrokers;
export const registryUrl = process.env['HT_SCHEMA_REGISTRY_URL'] ?? endpoints.schemaRegistryUrl;
export const clickhouseUrl = process.env['HT_CLICKHOUSE_URL'] ?? endpoints.clickhouseUrl;
export const redisUrl = process.env['HT_REDIS_URL'] ?? endpoints.redisUrl;
export const chromiumPath = process.env['HT_CHROMIUM_PATH'] ?? endpoints.chromiumPath;

/** A name no other test run uses, for topics, tables and key prefixes. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
