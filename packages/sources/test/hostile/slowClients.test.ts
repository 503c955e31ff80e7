import { connect as connectHttp2, constants } from 'node:http2';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectingSpanSink, startReceivers } from '../../src/index.js';
import type { RunningReceivers } from '../../src/index.js';
import { onlyReceivers } from '../support/onlyReceivers.js';

/** Resolves with what the server wrote and how long after `start` it closed the socket. */
function closed(socket: Socket, start: number): Promise<{ afterMs: number; answer: string }> {
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
  return new Promise((resolve) => {
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ afterMs: Date.now() - start, answer }));
  });
}

/** Opens a TCP connection and writes `first`; then trickles a byte every 100 ms so the connection is never idle. */
async function slowHttpClient(port: number, first: string): Promise<{ afterMs: number; answer: string }> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const start = Date.now();
  const done = closed(socket, start);
  socket.write(first);
  const trickle = setInterval(() => {
    if (!socket.destroyed) socket.write('a');
  }, 100);
  try {
    return await done;
  } finally {
    clearInterval(trickle);
  }
}

describe('slow clients are cut off on every protocol (docs/reliability.md)', () => {
  let receivers: RunningReceivers;
  beforeAll(async () => {
    receivers = await startReceivers({
      sink: new CollectingSpanSink(),
      ports: onlyReceivers('otlpHttp', 'otlpGrpc'),
      limits: { headersTimeoutMs: 500, requestTimeoutMs: 1000, idleTimeoutMs: 500, maxConnectionAgeMs: 500 },
    });
  });
  afterAll(() => receivers.close());

  it('HTTP: headers that never end are answered 408 and closed within headersTimeoutMs', async () => {
    const port = receivers.addresses.otlpHttp!.port;
    const result = await slowHttpClient(port, 'POST /v1/traces HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    expect(result.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(result.afterMs).toBeGreaterThanOrEqual(400);
    expect(result.afterMs).toBeLessThan(2500);
  });

  it('HTTP: a body that never ends is answered 408 and closed within requestTimeoutMs', async () => {
    const port = receivers.addresses.otlpHttp!.port;
    const head =
      'POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\nContent-Length: 100000\r\n\r\n';
    const result = await slowHttpClient(port, head);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(result.afterMs).toBeGreaterThanOrEqual(900);
    expect(result.afterMs).toBeLessThan(3000);
  });

  it('gRPC: an idle connection is closed after idleTimeoutMs', async () => {
    const session = connectHttp2(`http://127.0.0.1:${receivers.addresses.otlpGrpc!.port}`);
    session.on('error', () => undefined);
    const start = Date.now();
    await new Promise<void>((resolve) => session.on('close', () => resolve()));
    expect(Date.now() - start).toBeLessThan(3000);
  });

  it('gRPC: a call that trickles its message is cut off after maxConnectionAgeMs + requestTimeoutMs', async () => {
    const session = connectHttp2(`http://127.0.0.1:${receivers.addresses.otlpGrpc!.port}`);
    session.on('error', () => undefined);
    const start = Date.now();
    const stream = session.request({
      [constants.HTTP2_HEADER_METHOD]: 'POST',
      [constants.HTTP2_HEADER_PATH]: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
      'content-type': 'application/grpc',
      te: 'trailers',
    });
    stream.on('error', () => undefined);
    // A gRPC frame announcing 100 000 bytes, of which a byte arrives every 100 ms.
    stream.write(Buffer.from([0, 0, 1, 0x86, 0xa0]));
    const trickle = setInterval(() => {
      if (!stream.destroyed) stream.write(Buffer.from([0x0a]));
    }, 100);
    try {
      await new Promise<void>((resolve) => session.on('close', () => resolve()));
    } finally {
      clearInterval(trickle);
    }
    const afterMs = Date.now() - start;
    // Not before the age (±10% jitter) plus the grace: the call was in progress.
    expect(afterMs).toBeGreaterThanOrEqual(1200);
    expect(afterMs).toBeLessThan(4000);
  });
});
