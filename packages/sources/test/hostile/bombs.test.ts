import { connect } from 'node:http2';
import { createDeflate, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectingSpanSink, InMemoryReceiverMetrics, ReceiverCounter, startReceivers } from '../../src/index.js';
import type { RunningReceivers } from '../../src/index.js';
import { onlyReceivers } from '../support/onlyReceivers.js';
import { post } from '../support/rawClients.js';

const MiB = 1024 * 1024;

/** A gzip bomb: `mib` MiB of zeros as that many concatenated gzip members (gzip allows several), ~1 KiB each. */
function gzipBomb(mib = 1024): Buffer {
  const member = gzipSync(Buffer.alloc(MiB), { level: 9 });
  return Buffer.concat(Array.from({ length: mib }, () => member));
}

/** A deflate (zlib) bomb: 1 GiB of zeros in one stream, about 4.5 MiB. */
async function deflateBomb(): Promise<Buffer> {
  const deflate = createDeflate({ level: 1 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zero = Buffer.alloc(MiB);
  for (let i = 0; i < 1024; i++) {
    if (!deflate.write(zero)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await new Promise((resolve) => deflate.once('end', resolve));
  return Buffer.concat(chunks);
}

describe('oversize bodies and compressed bombs (docs/reliability.md)', () => {
  const metrics = new InMemoryReceiverMetrics();
  let receivers: RunningReceivers;
  const url = (): string => `http://127.0.0.1:${receivers.addresses.otlpHttp!.port}/v1/traces`;
  beforeAll(async () => {
    receivers = await startReceivers({
      sink: new CollectingSpanSink(),
      metrics,
      ports: onlyReceivers('otlpHttp', 'otlpGrpc'),
      limits: { maxBodyBytes: MiB },
    });
  });
  afterAll(() => receivers.close());

  for (const [encoding, make] of [
    ['gzip', async () => gzipBomb()],
    ['deflate', deflateBomb],
  ] as const) {
    it(`refuses a 1 GiB ${encoding} bomb 413 once its output passes maxBodyBytes, memory barely moving`, async () => {
      const bomb = await make();
      global.gc?.();
      const before = process.memoryUsage().rss;
      const answer = await post(url(), bomb, {
        'content-type': 'application/x-protobuf',
        'content-encoding': encoding,
      });
      const grown = process.memoryUsage().rss - before;
      expect(answer.status).toBe(413);
      expect(grown).toBeLessThan(64 * MiB);
    });
  }

  it('refuses a 512 MiB gzip-compressed gRPC message RESOURCE_EXHAUSTED, memory barely moving', async () => {
    const bomb = gzipBomb(512);
    expect(bomb.length).toBeLessThan(MiB); // under the limit compressed: only its decompressed size is over
    const frame = Buffer.alloc(5);
    frame[0] = 1; // compressed, by grpc-encoding
    frame.writeUInt32BE(bomb.length, 1);
    global.gc?.();
    const before = process.memoryUsage().rss;
    const session = connect(`http://127.0.0.1:${receivers.addresses.otlpGrpc!.port}`);
    session.on('error', () => undefined);
    const code = await new Promise<number | undefined>((resolve) => {
      let status: number | undefined;
      const stream = session.request({
        ':method': 'POST',
        ':path': '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
        'content-type': 'application/grpc',
        'grpc-encoding': 'gzip',
        te: 'trailers',
      });
      const take = (headers: Record<string, unknown>): void => {
        if (headers['grpc-status'] !== undefined) status = Number(headers['grpc-status']);
      };
      stream.on('response', take);
      stream.on('trailers', take);
      stream.on('data', () => undefined);
      stream.on('error', () => undefined);
      stream.on('close', () => resolve(status));
      stream.end(Buffer.concat([frame, bomb]));
    });
    session.close();
    expect(code).toBe(8); // RESOURCE_EXHAUSTED
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * MiB);
  });

  it('refuses an oversize plain body 413 from its content-length, and an unknown encoding (zstd, br) 415', async () => {
    const big = Buffer.alloc(MiB + 1);
    expect((await post(url(), big, { 'content-type': 'application/x-protobuf' })).status).toBe(413);
    for (const encoding of ['zstd', 'br']) {
      const answer = await post(url(), Buffer.from([1, 2, 3]), {
        'content-type': 'application/x-protobuf',
        'content-encoding': encoding,
      });
      expect(answer.status).toBe(415);
    }
    expect(metrics.get('otlpHttp', ReceiverCounter.REQUESTS_TOO_LARGE)).toBe(3);
  });
});
