// Re-records the Kafka golden captures in ./golden/ from the real producer:
//   pnpm --filter @ht/sources exec tsx test/kafka/recordGolden.ts
// (needs the broker and the Jaeger v2 build: scripts/services up kafka jaeger). Jaeger v2 takes the known
// topology from the OpenTelemetry JS OTLP exporter and its kafka exporter writes it in every encoding;
// each capture holds the record values of one encoding and the spans they must decode to.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeGolden } from '../support/goldenFile.js';
import { BrokerFixture } from './broker.js';
import { viaCollector } from './collectorExpectations.js';
import { sendTopologyThroughJaeger } from './jaegerKafkaTopology.js';
import { kafkaGoldenDir } from './kafkaGolden.js';

const fixture = new BrokerFixture();
try {
  const run = await sendTopologyThroughJaeger(fixture, 1);
  mkdirSync(kafkaGoldenDir, { recursive: true });
  for (const [encoding, payloads] of Object.entries(run.records)) {
    const file = join(kafkaGoldenDir, `${encoding}-jaeger-v2.json`);
    writeFileSync(
      file,
      encodeGolden({
        client: 'Jaeger v2 1.76.0 kafka exporter, fed by @opentelemetry/exporter-trace-otlp-proto',
        format: encoding,
        tenantId: 'default',
        payloads,
        expected: viaCollector(encoding, run.sent),
      }),
    );
    console.log(`${file}: ${payloads.length} records`);
  }
} finally {
  await fixture.close();
}
