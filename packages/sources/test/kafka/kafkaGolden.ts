import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldenCapture } from '../support/goldenFile.js';
import { decodeGolden, loadGoldenCaptures } from '../support/goldenFile.js';

/** Captures of Kafka record values written by real producers (the Jaeger v2 kafka exporter). */
export const kafkaGoldenDir = fileURLToPath(new URL('./golden/', import.meta.url));

/** One capture per Kafka encoding, and where it came from. */
export interface KafkaGolden {
  readonly encoding: string;
  readonly name: string;
  readonly capture: GoldenCapture;
}

/** The receivers' captures whose payloads are also Kafka record values of the Collector's encodings. */
const RECEIVER_CAPTURES: Readonly<Record<string, string>> = {
  otlp_proto: 'otlp_proto-otel-js',
  otlp_json: 'otlp_json-otel-js',
  zipkin_proto: 'zipkin_proto-otel-python',
  zipkin_json: 'zipkin_json-otel-js',
};

/** Every Kafka golden capture: the exporter's own (test/kafka/golden/) and the receivers' that match an encoding. */
export function kafkaGoldenCaptures(): KafkaGolden[] {
  const out: KafkaGolden[] = [];
  if (existsSync(kafkaGoldenDir)) {
    for (const file of readdirSync(kafkaGoldenDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const capture = decodeGolden(readFileSync(join(kafkaGoldenDir, file), 'utf8'));
      out.push({ encoding: capture.format, name: file.replace(/\.json$/, ''), capture });
    }
  }
  const receivers = loadGoldenCaptures();
  for (const [encoding, name] of Object.entries(RECEIVER_CAPTURES)) {
    const capture = receivers.get(name);
    if (capture !== undefined) out.push({ encoding, name, capture });
  }
  return out;
}
