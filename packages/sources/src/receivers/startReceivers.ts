import type { Logger } from '@ht/enricher-sdk';
import { FORMATS } from '../formats/index.js';
import type { EndpointName, TraceFormat } from '../formats/TraceFormat.js';
import { Ingestor } from '../ingest/Ingestor.js';
import type { PayloadTap } from '../ingest/Ingestor.js';
import { resolveLimits } from '../ingest/ReceiverLimits.js';
import type { ReceiverLimits } from '../ingest/ReceiverLimits.js';
import { InMemoryReceiverMetrics } from '../ingest/ReceiverMetrics.js';
import type { ReceiverMetrics } from '../ingest/ReceiverMetrics.js';
import type { SpanSink } from '../ingest/SpanSink.js';
import { validateTenancy } from '../ingest/Tenancy.js';
import type { TenancyOptions } from '../ingest/Tenancy.js';
import type { ReceiverAddress } from '../transports/listen.js';
import { receiverEndpoints } from './receiverEndpoints.js';
import { resolvePorts } from './ReceiverPorts.js';
import type { ReceiverName, ReceiverPorts } from './ReceiverPorts.js';

/**
 * What {@link startReceivers} needs; everything but the sink has a default.
 *
 * @example
 * ```ts
 * const options: ReceiversOptions = { sink, portOffset: 1000, limits: { maxSpansPerRequest: 10_000 } };
 * ```
 */
export interface ReceiversOptions<F extends readonly TraceFormat[] = typeof FORMATS> {
  /** Where the spans go. */
  readonly sink: SpanSink;
  /** Interface to bind (default 127.0.0.1). */
  readonly host?: string;
  /** Per receiver endpoint: its port or `false` (default: every endpoint on its docs/contracts.md port). */
  readonly ports?: ReceiverPorts<EndpointName<NoInfer<F>>>;
  /** Added to every non-zero port (`ht demo --port-offset`). */
  readonly portOffset?: number;
  readonly tenancy?: TenancyOptions;
  readonly limits?: Partial<ReceiverLimits>;
  /** Default: a new {@link InMemoryReceiverMetrics}. */
  readonly metrics?: ReceiverMetrics;
  /** Sees every payload before it is decoded (recording captures, debugging); one that throws is counted `tap_failures`. */
  readonly tap?: PayloadTap;
  /**
   * Where the receivers log what they do not tell clients: internal errors (with the error id the client
   * gets), UDP socket errors, tap failures. Default: nothing is logged. API keys are never logged.
   */
  readonly logger?: Logger;
  /** The formats whose endpoints to serve (default {@link FORMATS}). */
  readonly formats?: F;
}

/**
 * The receivers of a running {@link startReceivers}.
 *
 * @example
 * ```ts
 * const url = `http://127.0.0.1:${receivers.addresses.otlpHttp?.port}/v1/traces`;
 * ```
 */
export interface RunningReceivers<N extends string = ReceiverName> {
  /** Where each enabled receiver endpoint listens. */
  readonly addresses: Partial<Record<N, ReceiverAddress>>;
  readonly metrics: ReceiverMetrics;
  /** Stops every receiver; resolves once all are closed. */
  close(): Promise<void>;
}

/**
 * Starts the receiver endpoints of every format (OTLP gRPC and HTTP, Zipkin, Jaeger Thrift HTTP, agent UDP
 * and gRPC, OpenCensus), each turning requests into canonical spans for `sink`; each endpoint's name
 * labels its metrics and the batches it hands over. If one cannot start, those already started are closed
 * and the error names the port.
 *
 * @example
 * ```ts
 * const receivers = await startReceivers({ sink, ports: { openCensus: false }, tenancy: { defaultTenant: 'demo' } });
 * await receivers.close();
 * ```
 */
export async function startReceivers<const F extends readonly TraceFormat[] = typeof FORMATS>(
  options: ReceiversOptions<F>,
): Promise<RunningReceivers<EndpointName<F>>> {
  const tenancy = options.tenancy ?? {};
  validateTenancy(tenancy);
  const formats = options.formats ?? (FORMATS as unknown as F);
  const ports: Readonly<Record<string, number | undefined>> = resolvePorts(options.portOffset ?? 0, {
    ...(options.ports ? { ports: options.ports } : {}),
    formats,
  });
  const metrics = options.metrics ?? new InMemoryReceiverMetrics();
  const ingestor = new Ingestor({
    sink: options.sink,
    metrics,
    limits: resolveLimits(options.limits),
    ...(options.tap ? { tap: options.tap } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const host = options.host ?? '127.0.0.1';
  const addresses: Partial<Record<string, ReceiverAddress>> = {};
  const closers: (() => Promise<void>)[] = [];
  const close = async (): Promise<void> => {
    await Promise.all(closers.splice(0).map((c) => c()));
  };
  try {
    for (const endpoint of receiverEndpoints(formats)) {
      const port = ports[endpoint.name];
      if (port === undefined) continue;
      const running = await endpoint.start({ host, port, ingestor, tenancy });
      addresses[endpoint.name] = running.address;
      closers.push(() => running.close());
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { addresses, metrics, close };
}
