import { Ingestor } from '../ingest/Ingestor.js';
import type { PayloadTap } from '../ingest/Ingestor.js';
import { resolveLimits } from '../ingest/ReceiverLimits.js';
import type { ReceiverLimits } from '../ingest/ReceiverLimits.js';
import { InMemoryReceiverMetrics } from '../ingest/ReceiverMetrics.js';
import type { ReceiverMetrics } from '../ingest/ReceiverMetrics.js';
import type { SpanSink } from '../ingest/SpanSink.js';
import { validateTenancy } from '../ingest/Tenancy.js';
import type { TenancyOptions } from '../ingest/Tenancy.js';
import type { ReceiverAddress } from './listen.js';
import { resolvePorts } from './ReceiverPorts.js';
import type { ReceiverName, ReceiverPorts } from './ReceiverPorts.js';
import { RECEIVER_STARTERS } from './receiverStarters.js';

/**
 * What {@link startReceivers} needs; everything but the sink has a default.
 *
 * @example
 * ```ts
 * const options: ReceiversOptions = { sink, portOffset: 1000, limits: { maxSpansPerRequest: 10_000 } };
 * ```
 */
export interface ReceiversOptions {
  /** Where the spans go. */
  readonly sink: SpanSink;
  /** Interface to bind (default 127.0.0.1). */
  readonly host?: string;
  /** Per receiver port or `false` (default: every receiver on its docs/contracts.md port). */
  readonly ports?: ReceiverPorts;
  /** Added to every non-zero port (`ht demo --port-offset`). */
  readonly portOffset?: number;
  readonly tenancy?: TenancyOptions;
  readonly limits?: Partial<ReceiverLimits>;
  /** Default: a new {@link InMemoryReceiverMetrics}. */
  readonly metrics?: ReceiverMetrics;
  /** Sees every payload before it is decoded (recording captures, debugging). */
  readonly tap?: PayloadTap;
}

/**
 * The receivers of a running {@link startReceivers}.
 *
 * @example
 * ```ts
 * const url = `http://127.0.0.1:${receivers.addresses.otlpHttp?.port}/v1/traces`;
 * ```
 */
export interface RunningReceivers {
  /** Where each enabled receiver listens. */
  readonly addresses: Partial<Record<ReceiverName, ReceiverAddress>>;
  readonly metrics: ReceiverMetrics;
  /** Stops every receiver; resolves once all are closed. */
  close(): Promise<void>;
}

/**
 * Starts the trace receivers (OTLP gRPC and HTTP, Zipkin, Jaeger HTTP, UDP and gRPC, OpenCensus), each
 * turning requests into canonical spans for `sink`. If one cannot start, those already started are closed
 * and the error names the port.
 *
 * @example
 * ```ts
 * const receivers = await startReceivers({ sink, ports: { opencensus: false }, tenancy: { defaultTenant: 'demo' } });
 * await receivers.close();
 * ```
 */
export async function startReceivers(options: ReceiversOptions): Promise<RunningReceivers> {
  const tenancy = options.tenancy ?? {};
  validateTenancy(tenancy);
  const metrics = options.metrics ?? new InMemoryReceiverMetrics();
  const ingestor = new Ingestor({
    sink: options.sink,
    metrics,
    limits: resolveLimits(options.limits),
    ...(options.tap ? { tap: options.tap } : {}),
  });
  const host = options.host ?? '127.0.0.1';
  const ports = resolvePorts(options.ports, options.portOffset ?? 0);
  const addresses: Partial<Record<ReceiverName, ReceiverAddress>> = {};
  const closers: (() => Promise<void>)[] = [];
  const close = async (): Promise<void> => {
    await Promise.all(closers.splice(0).map((c) => c()));
  };
  try {
    for (const [name, port] of Object.entries(ports) as [ReceiverName, number][]) {
      const running = await RECEIVER_STARTERS[name]({ host, port, ingestor, tenancy });
      addresses[name] = running.address;
      closers.push(() => running.close());
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { addresses, metrics, close };
}
