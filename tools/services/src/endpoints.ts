import { join } from 'node:path';
import type { ServicesConfig } from './config.js';
import { jaegerBinPath } from './services/jaeger.js';

/** Where tests find each service. */
export interface ServiceEndpoints {
  /** `host:port` of the Kafka broker. */
  readonly kafkaBrokers: string;
  /** Base URL of the Confluent-compatible API (`@kafkajs/confluent-schema-registry`'s `host`). */
  readonly schemaRegistryUrl: string;
  /** ClickHouse HTTP interface. */
  readonly clickhouseUrl: string;
  readonly redisUrl: string;
  /** The Chromium binary for playwright-core's `executablePath`. */
  readonly chromiumPath: string;
  /** The Python interpreter of the chDB venv. */
  readonly chdbPython: string;
  /** The chDB runner script (see {@link runChdb}). */
  readonly chdbRunner: string;
  /** The Python interpreter of the trace-clients venv (PyPI trace clients for @ht/sources' tests). */
  readonly traceClientsPython: string;
  /** The Jaeger v2 binary built from the Go module proxy (an OTel Collector build with a kafka exporter). */
  readonly jaegerBin: string;
}

/** The endpoints of the services described by `config`. */
export function serviceEndpoints(config: ServicesConfig): ServiceEndpoints {
  return {
    kafkaBrokers: `127.0.0.1:${config.kafka.brokerPort}`,
    schemaRegistryUrl: `http://127.0.0.1:${config.schemaRegistry.port}/apis/ccompat/v7`,
    clickhouseUrl: `http://127.0.0.1:${config.clickhouse.httpPort}`,
    redisUrl: `redis://127.0.0.1:${config.redis.port}`,
    chromiumPath: '/usr/bin/chromium',
    chdbPython: join(config.cacheDir, `chdb-${config.chdb.version}`, 'venv', 'bin', 'python'),
    chdbRunner: join(config.repoRoot, 'infra', 'chdb', 'runner.py'),
    traceClientsPython: join(config.cacheDir, 'trace-clients', 'venv', 'bin', 'python'),
    jaegerBin: jaegerBinPath(config),
  };
}

/**
 * The endpoints as the environment variables that test suites read (`HT_KAFKA_BROKERS`, …), so a test
 * needs no import of this tool: `process.env.HT_REDIS_URL ?? 'redis://127.0.0.1:6379'`.
 */
export function endpointEnv(endpoints: ServiceEndpoints): Record<string, string> {
  return {
    HT_KAFKA_BROKERS: endpoints.kafkaBrokers,
    HT_SCHEMA_REGISTRY_URL: endpoints.schemaRegistryUrl,
    HT_CLICKHOUSE_URL: endpoints.clickhouseUrl,
    HT_REDIS_URL: endpoints.redisUrl,
    HT_CHROMIUM_PATH: endpoints.chromiumPath,
    HT_CHDB_PYTHON: endpoints.chdbPython,
    HT_CHDB_RUNNER: endpoints.chdbRunner,
    HT_TRACE_CLIENTS_PYTHON: endpoints.traceClientsPython,
    HT_JAEGER_BIN: endpoints.jaegerBin,
  };
}
