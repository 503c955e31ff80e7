/** The default ports of docs/contracts.md ("Ports"); `--port-offset N` adds N to every one. */
export const DEFAULT_PORTS = {
  otlpGrpc: 4317,
  otlpHttp: 4318,
  zipkin: 9411,
  jaegerThriftHttp: 14268,
  jaegerAgentCompact: 6831,
  jaegerAgentBinary: 6832,
  jaegerGrpc: 14250,
  openCensus: 55678,
  ui: 2020,
  ops: 8099,
} as const;

/** A name of one of the pipeline's listening ports. */
export type PortName = keyof typeof DEFAULT_PORTS;

/** Every port of the pipeline, by name. */
export type PipelinePorts = Readonly<Record<PortName, number>>;

/** What each port serves, for messages and the demo's banner. */
export const PORT_PURPOSE: Readonly<Record<PortName, string>> = {
  otlpGrpc: 'OTLP gRPC',
  otlpHttp: 'OTLP HTTP',
  zipkin: 'Zipkin',
  jaegerThriftHttp: 'Jaeger Thrift HTTP',
  jaegerAgentCompact: 'Jaeger agent UDP (compact)',
  jaegerAgentBinary: 'Jaeger agent UDP (binary)',
  jaegerGrpc: 'Jaeger gRPC',
  openCensus: 'OpenCensus',
  ui: 'UI + GraphQL',
  ops: 'Ops (health, metrics)',
};

/**
 * The default ports shifted by `offset`. An offset that pushes any port past 65535 (or below 1) is refused
 * with an error naming that port.
 *
 * @example
 * ```ts
 * portsWithOffset(1000).otlpHttp; // 5318
 * ```
 */
export function portsWithOffset(offset: number): PipelinePorts {
  if (!Number.isInteger(offset)) throw new RangeError(`--port-offset must be an integer, got ${offset}`);
  const entries = Object.entries(DEFAULT_PORTS).map(([name, port]) => {
    const shifted = port + offset;
    if (shifted > 65535 || shifted < 1) {
      const label = PORT_PURPOSE[name as PortName];
      throw new RangeError(`--port-offset ${offset} moves the ${label} port ${port} to ${shifted}, outside 1-65535`);
    }
    return [name, shifted] as const;
  });
  return Object.fromEntries(entries) as Record<PortName, number>;
}
