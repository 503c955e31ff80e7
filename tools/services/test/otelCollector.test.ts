import { describe, expect, it } from 'vitest';
import { otelCollectorConfig } from '../src/otelCollector.js';

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
