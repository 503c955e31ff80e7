import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import { registryUrl, uniqueName } from './endpoints.js';

const schema = {
  type: 'record',
  name: 'SmokeSpan',
  namespace: 'dev.ht.smoke',
  fields: [
    { name: 'traceId', type: 'string' },
    { name: 'durationNanos', type: 'long' },
    { name: 'attributes', type: { type: 'map', values: 'string' } },
  ],
};

describe('schema registry smoke (Apicurio, Confluent-compatible API)', () => {
  it('registers an Avro schema and round-trips a record', async () => {
    const registry = new SchemaRegistry({ host: registryUrl });
    const subject = `${uniqueName('smoke')}-value`;
    const { id } = await registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(schema) }, { subject });
    expect(id).toBeGreaterThan(0);
    expect(await registry.getLatestSchemaId(subject)).toBe(id);

    const record = {
      traceId: '0af7651916cd43dd8448eb211c80319c',
      durationNanos: 1234567,
      attributes: { 'http.method': 'GET' },
    };
    const encoded = await registry.encode(id, record);
    // Confluent wire format: magic byte 0, then the 4-byte schema id, then the Avro body.
    expect(encoded[0]).toBe(0);
    expect(encoded.readInt32BE(1)).toBe(id);
    expect(await registry.decode(encoded)).toEqual(record);

    // The body is plain Avro that avsc reads with the same schema.
    const type = avro.Type.forSchema(schema as avro.Schema);
    expect(type.fromBuffer(encoded.subarray(5))).toEqual(record);
  }, 30_000);
});
