import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { otelCollectorConfig, startOtelCollector } from '../src/otelCollector.js';

describe('startOtelCollector', () => {
  const binBefore = process.env['HT_JAEGER_BIN'];
  const dir = mkdtempSync(join(tmpdir(), 'ht-collector-test-'));
  afterEach(() => {
    if (binBefore === undefined) delete process.env['HT_JAEGER_BIN'];
    else process.env['HT_JAEGER_BIN'] = binBefore;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const exporters = { otlp: { kind: 'otlp' as const, endpoint: '127.0.0.1:4317' } };

  it('refuses at once, naming the binary and how to build it, when the binary is missing', async () => {
    process.env['HT_JAEGER_BIN'] = join(dir, 'no-such-jaeger');
    await expect(startOtelCollector({ receiver: 'grpc', exporters })).rejects.toThrow(
      /no-such-jaeger is missing: build it with `node tools\/services\/dist\/cli.js up jaeger`/,
    );
  });

  it('rejects (does not hang) when the binary cannot be spawned', async () => {
    const bin = join(dir, 'not-executable');
    writeFileSync(bin, 'not a program');
    chmodSync(bin, 0o644);
    process.env['HT_JAEGER_BIN'] = bin;
    await expect(startOtelCollector({ receiver: 'grpc', exporters })).rejects.toThrow(/did not start: spawn .*EACCES/);
  });
});

describe('otelCollectorConfig', () => {
  it('writes one receiver and one pipeline to every exporter, OTLP gRPC and Kafka', () => {
    const yaml = otelCollectorConfig(
      {
        receiver: 'http',
        exporters: {
          otlp: { kind: 'otlp', endpoint: '127.0.0.1:4317' },
          'kafka/zipkin_json': { kind: 'kafka', brokers: ['127.0.0.1:9092'], topic: 'spans', encoding: 'zipkin_json' },
        },
      },
      14318,
    );
    expect(yaml).toContain('      exporters: [otlp, kafka/zipkin_json]\n');
    expect(yaml).toContain('    protocols:\n      http:\n        endpoint: 127.0.0.1:14318\n');
    expect(yaml).toContain('  otlp:\n    endpoint: 127.0.0.1:4317\n    tls:\n      insecure: true\n');
    expect(yaml).toContain(
      '  kafka/zipkin_json:\n    brokers: ["127.0.0.1:9092"]\n    traces:\n      topic: spans\n      encoding: zipkin_json\n',
    );
  });

  it('refuses a config without exporters', () => {
    expect(() => otelCollectorConfig({ receiver: 'grpc', exporters: {} }, 1)).toThrow(/at least one exporter/);
  });
});
