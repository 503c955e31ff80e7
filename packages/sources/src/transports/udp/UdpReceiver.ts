import { createSocket } from 'node:dgram';
import { HtError } from '@ht/stream-core';
import type { Ingestor } from '../../ingest/Ingestor.js';
import { ReceiverCounter } from '../../ingest/ReceiverMetrics.js';
import type { SpanDecoder } from '../../ingest/SpanDecoder.js';
import { resolveTenant } from '../../ingest/Tenancy.js';
import type { TenancyOptions } from '../../ingest/Tenancy.js';
import type { ReceiverAddress } from '../listen.js';

/**
 * What {@link startUdpReceiver} needs.
 *
 * @example
 * ```ts
 * const options: UdpReceiverOptions = { host: '127.0.0.1', port: 6832, receiver: 'jaegerAgentBinary',
 *   decoder: jaegerAgentDecoder('binary'), ingestor, tenancy: {} };
 * ```
 */
export interface UdpReceiverOptions {
  readonly host: string;
  readonly port: number;
  readonly receiver: string;
  readonly decoder: SpanDecoder;
  readonly ingestor: Ingestor;
  readonly tenancy: TenancyOptions;
}

/**
 * A running UDP receiver.
 *
 * @example
 * ```ts
 * const udp = await startUdpReceiver({ host: '127.0.0.1', port: 0, receiver: 'jaegerAgentCompact',
 *   decoder: jaegerAgentDecoder('compact'), ingestor, tenancy: {} });
 * await udp.close();
 * ```
 */
export interface RunningUdpReceiver {
  readonly address: ReceiverAddress;
  close(): Promise<void>;
}

/**
 * Takes one payload per datagram (the Jaeger agent protocol). UDP has no answer and no headers, so every
 * datagram belongs to the default tenant; when API keys are configured no datagram can prove one, so each
 * is refused and counted as `requests_unauthenticated`. UDP cannot ask the client to retry, so a datagram
 * the sink is full for (or fails on) is dropped and counted as `datagrams_dropped` (also as
 * `requests_throttled` when the sink refused it undecoded, or its spans as `spans_throttled` when they did
 * not fit), and malformed datagrams as `requests_malformed`. The socket never waits for the sink. Socket
 * receive errors are counted as `socket_errors` and logged at `warn` through the ingestor's logger.
 *
 * @example
 * ```ts
 * await startUdpReceiver({ host: '127.0.0.1', port: 6831, receiver: 'jaegerAgentCompact', decoder: jaegerAgentDecoder('compact'), ingestor, tenancy: {} });
 * ```
 */
export async function startUdpReceiver(options: UdpReceiverOptions): Promise<RunningUdpReceiver> {
  const socket = createSocket('udp4');
  // A datagram has no headers: the same tenant rule as every transport, asked once.
  const tenant = resolveTenant(options.tenancy, () => undefined);
  socket.on('message', (datagram) => {
    if (!tenant.ok) {
      options.ingestor.count(options.receiver, ReceiverCounter.REQUESTS_UNAUTHENTICATED);
      return;
    }
    // Never awaited, so a slow sink cannot block the socket; ingest never rejects (every failure is an
    // outcome, already counted). A datagram the sink was full for or failed on is lost: count it.
    // Nor held back waiting for room: datagrams keep coming, holding them would grow without bound.
    const ingest = options.ingestor.ingest(options.receiver, options.decoder, datagram, tenant.tenantId, {
      mayWait: false,
    });
    void ingest.then((outcome) => {
      if (outcome.kind === 'full' || outcome.kind === 'failed') {
        options.ingestor.count(options.receiver, ReceiverCounter.DATAGRAMS_DROPPED);
      }
    });
  });
  let listening = false;
  socket.on('error', (error) => {
    // Receive errors on a bound UDP socket are transient (e.g. ICMP); the socket keeps working. Counted
    // and logged, never silent (errors before binding are the start-up failure below).
    if (!listening) return;
    options.ingestor.count(options.receiver, ReceiverCounter.SOCKET_ERRORS);
    options.ingestor.logger.warn(
      { receiver: options.receiver, err: error },
      `receiver ${options.receiver}: UDP socket error: ${error.message}`,
    );
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', (error) =>
      reject(
        new HtError('CONFIG_INVALID', `cannot listen on udp ${options.host}:${options.port}: ${error.message}`, {
          cause: error,
        }),
      ),
    );
    socket.bind(options.port, options.host, () => resolve());
  });
  listening = true;
  socket.setRecvBufferSize(8 * 1024 * 1024);
  return {
    address: { host: options.host, port: socket.address().port },
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
