import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:http2';
import { freePort } from '@ht/services';
import { afterAll, describe, expect, it } from 'vitest';
import { startHt } from './htProcess.js';
import type { HtProcess } from './htProcess.js';

const RIGHT_KEY = 'ht-secret-right-7f3a9c1e5b';
const OTHER_KEY = 'ht-secret-other-2d8e4f6a0c';
const WRONG_KEY = 'ht-secret-wrong-9b1c3e5d7f';
const OTLP_JSON = JSON.stringify({
  resourceSpans: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'checkout' } }] },
      scopeSpans: [
        {
          spans: [
            {
              traceId: '5b8efff798038103d269b633813fc60c',
              spanId: 'eee19b7ec3c1b174',
              name: 'GET /cart',
              kind: 2,
              startTimeUnixNano: String(BigInt(Date.now()) * 1_000_000n),
              endTimeUnixNano: String(BigInt(Date.now() + 5) * 1_000_000n),
            },
          ],
        },
      ],
    },
  ],
});

/** One OTLP gRPC Export over plain HTTP/2 (no gRPC library): resolves with the grpc-status. */
function grpcExport(address: string, key: string): Promise<number> {
  const session = connect(`http://${address}`);
  session.on('error', () => undefined);
  const stream = session.request({
    ':method': 'POST',
    ':path': '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
    'content-type': 'application/grpc',
    te: 'trailers',
    authorization: `Bearer ${key}`,
  });
  return new Promise((resolve, reject) => {
    let code: number | undefined;
    const take = (headers: Record<string, unknown>): void => {
      if (headers['grpc-status'] !== undefined) code = Number(headers['grpc-status']);
    };
    stream.on('response', take);
    stream.on('trailers', take);
    stream.on('data', () => undefined);
    stream.on('error', reject);
    stream.on('close', () => {
      session.close();
      if (code === undefined) reject(new Error('no grpc-status'));
      else resolve(code);
    });
    // A length-prefixed message: not compressed, 2 bytes (a truncated field: malformed).
    stream.end(Buffer.from([0, 0, 0, 0, 2, 0x0a, 0xff]));
  });
}

describe('API keys are never logged by ht run (docs/reliability.md)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ht-secrets-'));
  let ht: HtProcess | undefined;
  afterAll(async () => {
    await ht?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs refused, accepted and malformed requests with keys at debug level without a key in the output', async () => {
    const [otlpHttp, otlpGrpc, zipkin, ops] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const file = join(dir, 'ht.yaml');
    writeFileSync(
      file,
      [
        `store: { type: duckdb, path: ${join(dir, 'ht.duckdb')} }`,
        `ops: { port: ${ops} }`,
        'ui: { enabled: false }',
        'logging: { level: debug, format: json }',
        'receivers:',
        '  endpoints: [otlpHttp, otlpGrpc, zipkin]',
        `  ports: { otlpHttp: ${otlpHttp}, otlpGrpc: ${otlpGrpc}, zipkin: ${zipkin} }`,
        `tenancy: { apiKeys: { ${RIGHT_KEY}: acme, ${OTHER_KEY}: globex } }`,
        '',
      ].join('\n'),
    );
    ht = await startHt(['run', '--config', file]);
    const url = `http://127.0.0.1:${otlpHttp}/v1/traces`;
    const json = { 'content-type': 'application/json' };
    const statuses: number[] = [];
    for (const headers of [
      { ...json, authorization: `Bearer ${RIGHT_KEY}` },
      { ...json, 'x-api-key': OTHER_KEY },
      { ...json, authorization: `Bearer ${WRONG_KEY}` },
      { ...json, 'x-api-key': WRONG_KEY },
    ]) {
      const response = await fetch(url, { method: 'POST', headers, body: OTLP_JSON });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    const malformed = await fetch(url, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${RIGHT_KEY}` },
      body: '{',
    });
    await malformed.arrayBuffer();
    const zipkinAnswer = await fetch(`http://127.0.0.1:${zipkin}/api/v2/spans`, {
      method: 'POST',
      headers: { ...json, 'x-api-key': WRONG_KEY },
      body: '[]',
    });
    await zipkinAnswer.arrayBuffer();
    expect(statuses).toEqual([200, 200, 401, 401]);
    expect(malformed.status).toBe(400);
    expect(zipkinAnswer.status).toBe(401);
    expect(await grpcExport(`127.0.0.1:${otlpGrpc}`, WRONG_KEY)).toBe(16); // UNAUTHENTICATED
    expect(await grpcExport(`127.0.0.1:${otlpGrpc}`, RIGHT_KEY)).toBe(3); // INVALID_ARGUMENT
    expect(await ht.stop()).toBe(0);
    const output = ht.output();
    expect(output.length).toBeGreaterThan(0);
    for (const key of [RIGHT_KEY, OTHER_KEY, WRONG_KEY]) expect(output).not.toContain(key);
    // Nor any part long enough to matter.
    expect(output).not.toMatch(/ht-secret-/);
  }, 60_000);
});
