import { HtError } from '@ht/stream-core';
import { FORMATS } from '../formats/index.js';
import type { EndpointName, TraceFormat } from '../formats/TraceFormat.js';
import type { ReceiverEndpoint } from '../transports/ReceiverEndpoint.js';
import { receiverEndpoints } from './receiverEndpoints.js';

/**
 * The name of one receiver endpoint of {@link FORMATS}.
 *
 * @example
 * ```ts
 * const name: ReceiverName = 'jaegerAgentCompact';
 * ```
 */
export type ReceiverName = EndpointName<typeof FORMATS>;

/**
 * The receivers and their default ports (docs/contracts.md, Ports), derived from {@link FORMATS}.
 *
 * @example
 * ```ts
 * DEFAULT_RECEIVER_PORTS.otlpHttp; // 4318
 * ```
 */
export const DEFAULT_RECEIVER_PORTS: Readonly<Record<ReceiverName, number>> = Object.freeze(
  Object.fromEntries(receiverEndpoints(FORMATS).map((e) => [e.name, e.defaultPort])) as Record<ReceiverName, number>,
);

/**
 * Per receiver: a port (0 picks a free one), or `false` to leave it off.
 *
 * @example
 * ```ts
 * const ports: ReceiverPorts = { otlpHttp: 14318, jaegerAgentCompact: false };
 * ```
 */
export type ReceiverPorts<N extends string = ReceiverName> = Partial<Record<N, number | false>>;

/**
 * Every receiver on a free port: what tests use so they never clash with anything.
 *
 * @example
 * ```ts
 * await startReceivers({ sink, ports: EPHEMERAL_PORTS });
 * ```
 */
export const EPHEMERAL_PORTS: Readonly<Record<ReceiverName, number>> = Object.freeze(
  Object.fromEntries(receiverEndpoints(FORMATS).map((e) => [e.name, 0])) as Record<ReceiverName, number>,
);

/**
 * A listening port that is not a receiver's (an app's UI or ops port), shifted and checked with them.
 *
 * @example
 * ```ts
 * const ui: NamedPort = { port: 2020, purpose: 'UI + GraphQL' };
 * ```
 */
export interface NamedPort {
  readonly port: number;
  readonly purpose: string;
}

/**
 * What {@link resolvePorts} takes besides the offset.
 *
 * @example
 * ```ts
 * const options: ResolvePortsOptions<typeof FORMATS, 'ui'> = { ports: { zipkin: false }, extra: { ui: { port: 2020, purpose: 'UI' } } };
 * ```
 */
export interface ResolvePortsOptions<F extends readonly TraceFormat[], X extends string> {
  /** Per receiver port or `false` (default: each endpoint's default port). */
  readonly ports?: ReceiverPorts<EndpointName<NoInfer<F>>>;
  /** More named ports that go through the same offset and check (the app's own). */
  readonly extra?: Readonly<Record<X, NamedPort>>;
  /** Default: {@link FORMATS}. */
  readonly formats?: F;
}

/**
 * The port each enabled receiver endpoint binds, and each `extra` port: the configured or default port
 * plus `offset` (`--port-offset`); a port of 0 (a free one) stays 0. An offset that is not an integer, an
 * unknown or malformed configured port, or an offset that pushes a port outside 1-65535 is refused with
 * an `HtError` (`CONFIG_INVALID`) naming that port and its purpose.
 *
 * @example
 * ```ts
 * resolvePorts(1000).otlpHttp; // 5318
 * resolvePorts(1000, { ports: { zipkin: false }, extra: { ui: { port: 2020, purpose: 'UI + GraphQL' } } }).ui; // 3020
 * ```
 */
export function resolvePorts<const F extends readonly TraceFormat[] = typeof FORMATS, const X extends string = never>(
  offset = 0,
  options: ResolvePortsOptions<F, X> = {},
): Partial<Record<EndpointName<F>, number>> & Readonly<Record<X, number>> {
  if (!Number.isInteger(offset)) throw new HtError('CONFIG_INVALID', `port offset must be an integer, got ${offset}`);
  const endpoints: readonly ReceiverEndpoint[] = receiverEndpoints<readonly TraceFormat[]>(options.formats ?? FORMATS);
  const configured: Readonly<Record<string, number | false | undefined>> = options.ports ?? {};
  const extra: Readonly<Record<string, NamedPort>> = options.extra ?? {};
  const known = new Set(endpoints.map((e) => e.name));
  for (const name of Object.keys(configured)) {
    if (!known.has(name)) {
      throw new HtError('CONFIG_INVALID', `ports.${name} is not a receiver endpoint; known: ${[...known].join(', ')}`);
    }
  }
  const rows = [
    ...endpoints.map((e) => ({ name: e.name, purpose: e.purpose, port: configured[e.name] ?? e.defaultPort })),
    ...Object.entries(extra).map(([name, p]) => {
      if (known.has(name)) {
        throw new HtError('CONFIG_INVALID', `extra port ${name} has the name of a receiver endpoint: rename it`);
      }
      return { name, purpose: p.purpose, port: p.port };
    }),
  ];
  const out: Record<string, number> = {};
  for (const { name, purpose, port } of rows) {
    if (port === false) continue;
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new HtError('CONFIG_INVALID', `ports.${name} (${purpose}) must be a port from 0 to 65535, got ${port}`);
    }
    const shifted = port === 0 ? 0 : port + offset;
    if (port !== 0 && (shifted > 65535 || shifted < 1)) {
      throw new HtError(
        'CONFIG_INVALID',
        `port offset ${offset} moves the ${name} port (${purpose}) ${port} to ${shifted}, outside 1-65535: use a smaller offset`,
        { context: { port: name, purpose, offset } },
      );
    }
    out[name] = shifted;
  }
  return out as Partial<Record<EndpointName<F>, number>> & Readonly<Record<X, number>>;
}
