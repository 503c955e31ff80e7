import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KAFKA_SPAN_ENCODINGS, kafkaSpanDecoder } from '../../src/kafka/kafkaSpanDecoder.js';
import type { KafkaSpanEncoding } from '../../src/kafka/kafkaSpanDecoder.js';
import { BrokerFixture, eventually, startSpanJob } from './broker.js';
import { viaCollector } from './collectorExpectations.js';
import type { JaegerKafkaRun } from './jaegerKafkaTopology.js';
import { sendTopologyThroughJaeger } from './jaegerKafkaTopology.js';
import { expectSpans } from '../support/expectSpans.js';

const fixture = new BrokerFixture();
let run: JaegerKafkaRun;

beforeAll(async () => {
  run = await sendTopologyThroughJaeger(fixture, 2);
}, 90_000);
afterAll(() => fixture.close());

describe('Kafka source fed by the real producer: Jaeger v2 (OTel Collector) kafka exporter', () => {
  for (const encoding of Object.keys(KAFKA_SPAN_ENCODINGS) as KafkaSpanEncoding[]) {
    it(`${encoding}: every span of the topology arrives with ids, parentage, kind, status, times and attributes`, async () => {
      const topic = run.topics[encoding]!;
      const group = fixture.group(`jaeger-${encoding}`);
      const records = run.records[encoding]!;
      // The Jaeger encodings carry one span per record, the others one request per record.
      if (encoding.startsWith('jaeger_')) expect(records).toHaveLength(run.sent.length);
      else expect(records.length).toBeGreaterThan(0);

      const { job, sink, source } = await startSpanJob(fixture, topic, group, kafkaSpanDecoder(encoding));
      await eventually(() => sink.records.length >= run.sent.length, `${run.sent.length} spans`);
      await eventually(() => fixture.fullyCommitted(group, topic), 'commits at the end of the topic');
      await job.stop();
      expectSpans(sink.records, viaCollector(encoding, run.sent), 'default');
      expect(source.stats.snapshot()).toMatchObject({ records: records.length, bad_records: 0, rejected_values: 0 });
    }, 60_000);
  }
});
