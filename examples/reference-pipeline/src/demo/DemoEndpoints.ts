import { HtError } from '@ht/stream-core/errors';
import type { DemoClient } from './shopServices.js';

/**
 * The name of a receiver endpoint the demo can send to (the endpoint names of `@ht/sources`).
 *
 * @example
 * ```ts
 * const name: DemoEndpointName = 'jaegerThriftHttp';
 * ```
 */
export type DemoEndpointName = 'otlpHttp' | 'otlpGrpc' | 'zipkin' | 'jaegerThriftHttp' | 'jaegerAgentBinary';

/**
 * Where the demo's trace clients send: our receivers. Leave one out and the services that would use it
 * fall back to another (see {@link endpointFor}).
 *
 * @example
 * ```ts
 * const endpoints: DemoEndpoints = {
 *   otlpHttp: 'http://127.0.0.1:4318/v1/traces',
 *   otlpGrpc: 'http://127.0.0.1:4317',
 *   zipkin: 'http://127.0.0.1:9411/api/v2/spans',
 *   jaegerThriftHttp: 'http://127.0.0.1:14268/api/traces',
 * };
 * ```
 */
export interface DemoEndpoints {
  /** OTLP/HTTP URL with its path (`http://127.0.0.1:4318/v1/traces`); the OTLP protobuf exporter posts here. */
  readonly otlpHttp?: string;
  /** OTLP gRPC URL (`http://127.0.0.1:4317`: plain text). */
  readonly otlpGrpc?: string;
  /** Zipkin v2 URL with its path (`http://127.0.0.1:9411/api/v2/spans`). */
  readonly zipkin?: string;
  /** Jaeger collector Thrift-over-HTTP URL (`http://127.0.0.1:14268/api/traces`). */
  readonly jaegerThriftHttp?: string;
  /**
   * The Jaeger agent's UDP port for Thrift **binary** `emitBatch` (6832): what the Jaeger exporter's UDP
   * sender speaks. Used for the Jaeger service when `jaegerThriftHttp` is not given.
   */
  readonly jaegerAgentBinary?: { readonly host: string; readonly port: number };
}

const PREFERRED: Readonly<Record<DemoClient, readonly DemoEndpointName[]>> = {
  otlpProto: ['otlpHttp'],
  otlpGrpc: ['otlpGrpc'],
  zipkin: ['zipkin'],
  jaeger: ['jaegerThriftHttp', 'jaegerAgentBinary'],
};

const FALLBACK_ORDER: readonly DemoEndpointName[] = [
  'otlpHttp',
  'otlpGrpc',
  'zipkin',
  'jaegerThriftHttp',
  'jaegerAgentBinary',
];

/**
 * The endpoint a service instrumented with `client` sends to: its own kind when `endpoints` has it
 * (the Jaeger client: Thrift HTTP, else the agent's UDP port), else the first given of OTLP/HTTP, OTLP
 * gRPC, Zipkin, Jaeger Thrift HTTP, Jaeger agent. Throws `HtError` `CONFIG_INVALID` when none is given.
 *
 * @example
 * ```ts
 * endpointFor('zipkin', { otlpHttp: 'http://127.0.0.1:4318/v1/traces' }); // 'otlpHttp'
 * ```
 */
export function endpointFor(client: DemoClient, endpoints: DemoEndpoints): DemoEndpointName {
  const given = (name: DemoEndpointName): boolean => endpoints[name] !== undefined;
  const found = PREFERRED[client].find(given) ?? FALLBACK_ORDER.find(given);
  if (found === undefined) {
    throw new HtError(
      'CONFIG_INVALID',
      `demo traffic needs at least one endpoint (${FALLBACK_ORDER.join(', ')}); none was given`,
    );
  }
  return found;
}

/**
 * The demo's endpoints for receivers listening on `host` at `ports` (by receiver endpoint name, as
 * `resolvePorts` of `@ht/sources` or a running receiver's addresses give them); a port left out or 0 is
 * left out.
 *
 * @example
 * ```ts
 * demoEndpoints('127.0.0.1', { otlpHttp: 4318, zipkin: 9411 });
 * // { otlpHttp: 'http://127.0.0.1:4318/v1/traces', zipkin: 'http://127.0.0.1:9411/api/v2/spans' }
 * ```
 */
export function demoEndpoints(
  host: string,
  ports: Readonly<Partial<Record<DemoEndpointName, number | undefined>>>,
): DemoEndpoints {
  const origin = (port: number): string => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const has = (port: number | undefined): port is number => port !== undefined && port > 0;
  return {
    ...(has(ports.otlpHttp) ? { otlpHttp: `${origin(ports.otlpHttp)}/v1/traces` } : {}),
    ...(has(ports.otlpGrpc) ? { otlpGrpc: origin(ports.otlpGrpc) } : {}),
    ...(has(ports.zipkin) ? { zipkin: `${origin(ports.zipkin)}/api/v2/spans` } : {}),
    ...(has(ports.jaegerThriftHttp) ? { jaegerThriftHttp: `${origin(ports.jaegerThriftHttp)}/api/traces` } : {}),
    ...(has(ports.jaegerAgentBinary) ? { jaegerAgentBinary: { host, port: ports.jaegerAgentBinary } } : {}),
  };
}
