import { HtError } from '@ht/stream-core';

/**
 * The receivers and their default ports (docs/contracts.md, Ports).
 *
 * @example
 * ```ts
 * DEFAULT_RECEIVER_PORTS.otlpHttp; // 4318
 * ```
 */
export const DEFAULT_RECEIVER_PORTS = Object.freeze({
  /** OTLP gRPC: opentelemetry.proto.collector.trace.v1.TraceService/Export */
  otlpGrpc: 4317,
  /** OTLP HTTP: POST /v1/traces */
  otlpHttp: 4318,
  /** Zipkin: POST /api/v2/spans, /api/v1/spans */
  zipkin: 9411,
  /** Jaeger Thrift over HTTP: POST /api/traces */
  jaegerHttp: 14268,
  /** Jaeger agent UDP, Thrift compact */
  jaegerCompact: 6831,
  /** Jaeger agent UDP, Thrift binary */
  jaegerBinary: 6832,
  /** Jaeger gRPC: jaeger.api_v2.CollectorService/PostSpans */
  jaegerGrpc: 14250,
  /** OpenCensus agent: opencensus.proto.agent.trace.v1.TraceService/Export */
  opencensus: 55678,
});

/**
 * The name of one receiver endpoint.
 *
 * @example
 * ```ts
 * const name: ReceiverName = 'jaegerCompact';
 * ```
 */
export type ReceiverName = keyof typeof DEFAULT_RECEIVER_PORTS;

/**
 * Per receiver: a port (0 picks a free one), or `false` to leave it off.
 *
 * @example
 * ```ts
 * const ports: ReceiverPorts = { otlpHttp: 14318, jaegerCompact: false };
 * ```
 */
export type ReceiverPorts = Partial<Record<ReceiverName, number | false>>;

/**
 * Every receiver on a free port: what tests use so they never clash with anything.
 *
 * @example
 * ```ts
 * await startReceivers({ sink, ports: EPHEMERAL_PORTS });
 * ```
 */
export const EPHEMERAL_PORTS: Readonly<Record<ReceiverName, number>> = Object.freeze(
  Object.fromEntries(Object.keys(DEFAULT_RECEIVER_PORTS).map((name) => [name, 0])) as Record<ReceiverName, number>,
);

/**
 * The port each enabled receiver binds: the configured or default port plus `offset` (`--port-offset`);
 * an offset that pushes a port past 65535 is refused naming that port.
 *
 * @example
 * ```ts
 * resolvePorts({ zipkin: false }, 1000).otlpHttp; // 5318
 * ```
 */
export function resolvePorts(ports: ReceiverPorts = {}, offset = 0): Partial<Record<ReceiverName, number>> {
  const out: Partial<Record<ReceiverName, number>> = {};
  for (const name of Object.keys(DEFAULT_RECEIVER_PORTS) as ReceiverName[]) {
    const configured = ports[name] ?? DEFAULT_RECEIVER_PORTS[name];
    if (configured === false) continue;
    if (!Number.isInteger(configured) || configured < 0 || configured > 65535) {
      throw new HtError('CONFIG_INVALID', `ports.${name} must be a port from 0 to 65535, got ${configured}`);
    }
    const port = configured === 0 ? 0 : configured + offset;
    if (configured !== 0 && (port > 65535 || port < 1)) {
      throw new HtError(
        'CONFIG_INVALID',
        `port offset ${offset} moves ${name} port ${configured} to ${port}, outside 1-65535: use a smaller offset`,
      );
    }
    out[name] = port;
  }
  return out;
}
