import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { confluentSchemaRegistrar } from '../../src/kafka/index.js';
import { isHtError } from '../../src/errors/index.js';

const SCHEMA = { type: 'record', name: 'Line', fields: [{ name: 'text', type: 'string' }] };

/** A loopback HTTP server answering every request with `status` and `body`; its URL and a close function. */
async function answering(status: number, body: object): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(status, { 'content-type': 'application/vnd.schemaregistry.v1+json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('confluentSchemaRegistrar: a registry down is not a refusal (docs/reliability.md)', () => {
  it('rejects with a retriable DEPENDENCY_UNAVAILABLE when nothing listens (the client reports it as status 400)', async () => {
    const gone = await answering(200, {});
    await gone.close(); // the port now refuses connections, as a stopped registry's does
    const error: unknown = await confluentSchemaRegistrar({ url: gone.url })
      .register('raw-spans-value', SCHEMA)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isHtError(error) && error.code).toBe('DEPENDENCY_UNAVAILABLE');
    expect(isHtError(error) && error.retriable).toBe(true);
    expect((error as Error).message).toMatch(
      /schema registry http:\/\/127\.0\.0\.1:\d+ did not register subject "raw-spans-value": .*ECONNREFUSED/,
    );
  });

  it('rejects with CONFIG_INVALID, not retriable, when the registry answers that it refuses the schema', async () => {
    const registry = await answering(409, { error_code: 409, message: 'Schema being registered is incompatible' });
    try {
      const error: unknown = await confluentSchemaRegistrar({ url: registry.url })
        .register('raw-spans-value', SCHEMA)
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(isHtError(error) && error.code).toBe('CONFIG_INVALID');
      expect(isHtError(error) && error.retriable).toBe(false);
      expect((error as Error).message).toContain('refused the schema of subject "raw-spans-value" (409)');
    } finally {
      await registry.close();
    }
  });
});
