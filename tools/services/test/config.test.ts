import { describe, expect, it } from 'vitest';
import { endpointEnv, loadServicesConfig, selectServices, serviceEndpoints } from '../src/index.js';

describe('services config', () => {
  it('reads infra/services.json with the ports of docs/contracts.md', () => {
    const config = loadServicesConfig({ HOME: '/home/someone' });
    expect(config.kafka.brokerPort).toBe(9092);
    expect(config.kafka.controllerPort).toBe(9093);
    expect(config.schemaRegistry.port).toBe(8081);
    expect(config.schemaRegistry.managementPort).toBe(9001);
    expect(config.clickhouse).toMatchObject({ httpPort: 8123, tcpPort: 9000, interserverPort: 9009 });
    expect(config.redis.port).toBe(6379);
    expect(config.cacheDir).toBe('/home/someone/.cache/ht');
  });

  it('applies environment overrides and HT_CACHE', () => {
    const config = loadServicesConfig({ HT_KAFKA_PORT: '19092', HT_REDIS_PORT: '16379', HT_CACHE: '/tmp/htc' });
    expect(config.kafka.brokerPort).toBe(19092);
    expect(config.redis.port).toBe(16379);
    expect(config.cacheDir).toBe('/tmp/htc');
    const env = endpointEnv(serviceEndpoints(config));
    expect(env['HT_KAFKA_BROKERS']).toBe('127.0.0.1:19092');
    expect(env['HT_REDIS_URL']).toBe('redis://127.0.0.1:16379');
    expect(env['HT_SCHEMA_REGISTRY_URL']).toBe('http://127.0.0.1:8081/apis/ccompat/v7');
    expect(env['HT_CHDB_PYTHON']).toMatch(/^\/tmp\/htc\/chdb-[\d.]+\/venv\/bin\/python$/);
    expect(env['HT_JAEGER_BIN']).toBe('/tmp/htc/jaeger-v1.76.0/bin/jaeger');
  });

  it('refuses an override that is not a port, naming the variable', () => {
    expect(() => loadServicesConfig({ HT_CLICKHOUSE_HTTP_PORT: '70000' })).toThrow(
      'HT_CLICKHOUSE_HTTP_PORT=70000 is not a port: expected an integer from 1 to 65535',
    );
    expect(() => loadServicesConfig({ HT_REDIS_PORT: 'abc' })).toThrow(/HT_REDIS_PORT=abc/);
  });

  it('selects services by name and names the known ones on a typo', () => {
    expect(selectServices(['redis', 'kafka']).map((s) => s.name)).toEqual(['redis', 'kafka']);
    expect(selectServices([]).map((s) => s.name)).toEqual([
      'redis',
      'clickhouse',
      'kafka',
      'schema-registry',
      'chromium',
      'chdb',
      'trace-clients',
      'jaeger',
    ]);
    expect(() => selectServices(['kafak'])).toThrow(
      'unknown service "kafak"; known: redis, clickhouse, kafka, schema-registry, chromium, chdb, trace-clients, jaeger',
    );
  });
});
