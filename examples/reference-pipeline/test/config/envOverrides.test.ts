import { describe, expect, it } from 'vitest';
import { applyEnvOverrides, htConfigSchema, loadConfig } from '../../src/config/index.js';
import { writeConfig } from './writeConfig.js';

describe('HT_… environment overrides', () => {
  it('set nested keys, reading numbers and booleans as YAML', async () => {
    const file = writeConfig('store: { type: duckdb, path: ./a.duckdb }\ngrouper: { gapMs: 10s }\n');
    const config = await loadConfig(file, {
      env: {
        HT_STORE__PATH: '/data/ht.duckdb',
        HT_STORE__THREADS: '2',
        HT_TENANCY__DEFAULT_TENANT: 'acme',
        HT_GROUPER__GAP_MS: '3000',
        HT_GROUPER__MAX_SPANS_PER_TRACE: '500',
        HT_RECEIVERS__ENDPOINTS__JAEGER_AGENT_COMPACT: 'false',
        HT_RECEIVERS__PORTS__OTLP_HTTP: '14318',
        HT_UI__ENABLED: 'false',
        HT_PORT_OFFSET: '100',
        HT_RETENTION: 'off',
      },
    });
    expect(config.store).toEqual({ type: 'duckdb', path: '/data/ht.duckdb', threads: 2, memoryLimit: '1GB' });
    expect(config.tenancy.defaultTenant).toBe('acme');
    expect(config.grouper).toMatchObject({ gapMs: 3000, maxSpansPerTrace: 500 });
    expect(config.receivers.endpoints.jaegerAgentCompact).toBe(false);
    expect(config.receivers.ports).toEqual({ otlpHttp: 14318 });
    expect(config.ui.enabled).toBe(false);
    expect(config.portOffset).toBe(100);
    expect(config.retention).toBe(false);
  });

  it('keep a text key as written (a password of digits keeps its leading zero) and switch the store', async () => {
    const config = await loadConfig(writeConfig(''), {
      env: { HT_STORE__TYPE: 'clickhouse', HT_STORE__PASSWORD: '0123', HT_STORE__URL: 'http://ch:8123' },
    });
    expect(config.store).toEqual({
      type: 'clickhouse',
      url: 'http://ch:8123',
      database: 'ht',
      username: 'default',
      password: '0123',
    });
  });

  it('set list items by index, and whole lists and mappings as YAML flow values', async () => {
    const file = writeConfig('plugins:\n  enrichers:\n    - name: http\n    - name: grpc\n');
    const config = await loadConfig(file, {
      env: {
        HT_PLUGINS__ENRICHERS__1__ENABLED: 'false',
        HT_PLUGINS__VIEWS: '[{ name: span_event_view, enabled: false }]',
        HT_TENANCY__API_KEYS: '{ k-1: acme }',
      },
    });
    expect(config.plugins.enrichers).toEqual([
      { name: 'http', enabled: true },
      { name: 'grpc', enabled: false },
    ]);
    expect(config.plugins.views).toEqual([{ name: 'span_event_view', enabled: false }]);
    expect(config.tenancy.apiKeys).toEqual({ 'k-1': 'acme' });
  });

  it('leave variables that name no section alone (the services’ HT_KAFKA_BROKERS, HT_CACHE, …)', () => {
    const raw = { store: { type: 'duckdb' } };
    const { config, overrides } = applyEnvOverrides(
      raw,
      {
        HT_KAFKA_BROKERS: '127.0.0.1:9092',
        HT_CACHE: '/tmp',
        HT_CLICKHOUSE_URL: 'http://x',
        HT_LOGGING__LEVEL: 'warn',
      },
      htConfigSchema,
    );
    expect(config).toEqual({ store: { type: 'duckdb' }, logging: { level: 'warn' } });
    expect(overrides).toEqual([{ variable: 'HT_LOGGING__LEVEL', path: ['logging', 'level'] }]);
    expect(raw).toEqual({ store: { type: 'duckdb' } });
  });

  it('match the keys a file already has, whatever their case', () => {
    const { config } = applyEnvOverrides({ grouper: { gapMs: 1 } }, { HT_GROUPER__GAPMS: '2' }, htConfigSchema);
    expect(config).toEqual({ grouper: { gapMs: 2 } });
  });
});
