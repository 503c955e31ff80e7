import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_GAP_MS, demoConfig, validateConfig } from '../../src/config/index.js';

describe('demoConfig', () => {
  it('is what ht demo runs: every receiver, built-ins, a 3 s gap, DuckDB under the data folder, 24 h retention', () => {
    const config = demoConfig();
    expect(config.grouper.gapMs).toBe(DEMO_GAP_MS);
    expect(DEMO_GAP_MS).toBe(3000);
    expect(config.store).toEqual({ type: 'duckdb', path: join(resolve('demo-data'), 'ht.duckdb'), memoryLimit: '1GB' });
    expect(config.retention).toBe(24 * 3_600_000);
    expect(config.plugins.builtins).toBe('all');
    expect(Object.values(config.receivers.endpoints).every(Boolean)).toBe(true);
    expect(config.portOffset).toBe(0);
  });

  it('takes the options of ht demo', () => {
    const config = demoConfig({ dataDir: '/tmp/ht-demo', portOffset: 1000, retention: 'off', logLevel: 'warn' });
    expect(config.store).toEqual({ type: 'duckdb', path: '/tmp/ht-demo/ht.duckdb', memoryLimit: '1GB' });
    expect(config.portOffset).toBe(1000);
    expect(config.retention).toBe(false);
    expect(config.logging.level).toBe('warn');
  });

  it('goes through the same schema as a file: the rest of its keys are the defaults a file gets', () => {
    const fromFile = validateConfig(
      {
        grouper: { gapMs: '3s' },
        store: { type: 'duckdb', path: join(resolve('demo-data'), 'ht.duckdb') },
        retention: '24h',
      },
      { source: 'ht.yaml' },
    );
    expect(demoConfig()).toEqual(fromFile);
  });

  it('refuses a bad option with CONFIG_INVALID naming its key under ht demo', () => {
    expect(() => demoConfig({ retention: 'tomorrow' })).toThrow(
      'ht demo: retention: must be a duration or off (got "tomorrow"); write a duration like 500ms, 3s, 5m, 24h, 7d or a number of milliseconds, or off',
    );
    expect(() => demoConfig({ portOffset: 20_000 })).toThrow(
      'ht demo: portOffset: port offset 20000 moves the openCensus port (OpenCensus) 55678 to 75678, outside 1-65535: use a smaller offset (got 20000)',
    );
  });
});
