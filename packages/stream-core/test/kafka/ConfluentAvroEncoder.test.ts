import { describe, expect, it } from 'vitest';
import { HtError, isHtError } from '../../src/index.js';
import { ConfluentAvroEncoder } from '../../src/kafka/index.js';
import type { SchemaRegistrar } from '../../src/kafka/index.js';

const codec = { name: 'Text', schema: { type: 'string' }, encode: (v: string) => Buffer.from(v, 'utf8') };

function registrar(failures: number, id = 42): SchemaRegistrar & { calls: string[] } {
  const calls: string[] = [];
  return {
    url: 'http://registry.test',
    calls,
    async register(subject) {
      calls.push(subject);
      if (calls.length <= failures) {
        throw new HtError('DEPENDENCY_UNAVAILABLE', 'connect ECONNREFUSED', { retriable: true });
      }
      return id;
    },
  };
}

describe('ConfluentAvroEncoder', () => {
  it('registers once, then frames values: magic byte 0, the 4-byte schema id, the body', async () => {
    const r = registrar(0, 7);
    const encoder = new ConfluentAvroEncoder({ registrar: r, codec, subject: 'raw-spans-value' });
    await Promise.all([encoder.prepare(), encoder.prepare()]);
    await encoder.prepare();
    expect(r.calls).toEqual(['raw-spans-value']);
    expect(encoder.schemaId).toBe(7);
    const value = encoder.encode('hi');
    expect(value[0]).toBe(0);
    expect(value.readUInt32BE(1)).toBe(7);
    expect(value.subarray(5).toString('utf8')).toBe('hi');
  });

  it('refuses to encode before the schema is registered', () => {
    const encoder = new ConfluentAvroEncoder({ registrar: registrar(0), codec, subject: 's' });
    expect(() => encoder.encode('x')).toThrow(/not registered yet/);
  });

  it('retries a registry that does not answer at start, telling each failure', async () => {
    const r = registrar(2);
    const told: number[] = [];
    const encoder = new ConfluentAvroEncoder({
      registrar: r,
      codec,
      subject: 's',
      onRetry: (_e, attempt) => told.push(attempt),
    });
    await encoder.prepare();
    expect(told).toEqual([1, 2]);
    expect(encoder.schemaId).toBe(42);
  });

  it('gives up after startTimeoutMs with a clear error naming the registry and the subject', async () => {
    const encoder = new ConfluentAvroEncoder({
      registrar: registrar(Infinity),
      codec,
      subject: 'raw-spans-value',
      startTimeoutMs: 300,
    });
    const error: unknown = await encoder.prepare().catch((e: unknown) => e);
    expect(isHtError(error) && error.code === 'DEPENDENCY_UNAVAILABLE').toBe(true);
    expect(String(error)).toMatch(
      /cannot register the Text schema under "raw-spans-value" at http:\/\/registry\.test .*ECONNREFUSED.*start the schema registry/,
    );
  });

  it('fails at once when the registry refuses the schema', async () => {
    const refusing: SchemaRegistrar = {
      url: 'u',
      register: () => Promise.reject(new HtError('CONFIG_INVALID', 'incompatible schema')),
    };
    const encoder = new ConfluentAvroEncoder({ registrar: refusing, codec, subject: 's' });
    await expect(encoder.prepare()).rejects.toThrow('incompatible schema');
  });
});
