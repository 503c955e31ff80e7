import { createDeflate, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectingSpanSink, InMemoryReceiverMetrics, ReceiverCounter, startReceivers } from '../../src/index.js';
import type { RunningReceivers } from '../../src/index.js';
import { onlyReceivers } from '../support/onlyReceivers.js';
import { post } from '../support/rawClients.js';

const MiB = 1024 * 1024;

/** A gzip bomb: 1 GiB of zeros as 1024 concatenated gzip members (gzip allows several), about 1 MiB. */
function gzipBomb(): Buffer {
  const member = gzipSync(Buffer.alloc(MiB), { level: 9 });
  return Buffer.concat(Array.from({ length: 1024 }, () => member));
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
      ports: onlyReceivers('otlpHttp'),
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
