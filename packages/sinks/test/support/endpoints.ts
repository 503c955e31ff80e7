import { loadServicesConfig, serviceEndpoints } from '@ht/services';

/** The endpoints the test run was given (`HT_*` variables), else those of infra/services.json. */
const endpoints = serviceEndpoints(loadServicesConfig());
export const clickhouseUrl = process.env['HT_CLICKHOUSE_URL'] ?? endpoints.clickhouseUrl;
export const kafkaBrokers = process.env['HT_KAFKA_BROKERS'] ?? endpoints.kafkaBrokers;
export const registryUrl = process.env['HT_SCHEMA_REGISTRY_URL'] ?? endpoints.schemaRegistryUrl;
/** The Python with chDB installed, for `chdbExecutor({ python: chdbPython })` of `@ht/sinks/testing`. */
export const chdbPython = process.env['HT_CHDB_PYTHON'] ?? endpoints.chdbPython;

/** A name no other test run uses, for databases, tables and topics. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
