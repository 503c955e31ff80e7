import { afterAll, describe, expect, it } from 'vitest';
import { kafkaSpanDecoder } from '../../src/kafka/kafkaSpanDecoder.js';
import type { KafkaSpanEncoding } from '../../src/kafka/kafkaSpanDecoder.js';
import { BrokerFixture, eventually, startSpanJob } from './broker.js';
import { kafkaGoldenCaptures } from './kafkaGolden.js';
import { expectSpans } from '../support/expectSpans.js';

const fixture = new BrokerFixture();
afterAll(() => fixture.close());

describe('Kafka source on the real broker: every encoding from golden captures', () => {
  for (const { encoding, name, capture } of kafkaGoldenCaptures()) {
    it(`${encoding} (${name}): every span arrives intact, and the group commits the end of the topic`, async () => {
      const topic = await fixture.topic(encoding, 3);
      const group = fixture.group(encoding);
      // Each payload once per partition, tenant in a header on partition 2.
      await fixture.produce(
        topic,
        [0, 1, 2].flatMap((partition) =>
          capture.payloads.map((value) => ({
            partition,
            value,
            headers: partition === 2 ? { 'x-tenant-id': 'acme' } : {},
          })),
        ),
      );
      const { job, sink, source } = await startSpanJob(
        fixture,
        topic,
        group,
        kafkaSpanDecoder(encoding as KafkaSpanEncoding),
      );
      const perCopy = capture.expected.length;
      await eventually(() => sink.records.length >= 3 * perCopy, `${3 * perCopy} spans`);
      await eventually(() => fixture.fullyCommitted(group, topic), 'commits at the end of every partition');
      await job.stop();
      expect(sink.records).toHaveLength(3 * perCopy);
      const byTenant = (tenant: string) => sink.records.filter((s) => s.tenantId === tenant);
      expect(byTenant('acme')).toHaveLength(perCopy);
      expectSpans(byTenant('acme'), capture.expected, 'acme');
      // Partitions 0 and 1 carried the same payloads: each span twice, identical.
      const defaults = byTenant('default');
      const first = new Map(defaults.map((span) => [span.spanId, span]));
      expect(defaults).toHaveLength(2 * perCopy);
      expect(first.size).toBe(perCopy);
      expectSpans([...first.values()], capture.expected, 'default');
      expect(source.stats.snapshot()).toMatchObject({ bad_records: 0, rejected_values: 0 });
    }, 60_000);
  }
});
