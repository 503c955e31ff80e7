import { DEFAULT_LIMITS, DEFAULT_RECEIVER_PORTS } from '@ht/sources';
import type { ReceiverName, ReceiverPorts } from '@ht/sources';
import { z } from 'zod';
import { bindHost, countOf, portNumber } from './port.js';

/**
 * The names of every receiver endpoint (`FORMATS` of `@ht/sources`), the keys of `receivers.endpoints`
 * and `receivers.ports`.
 *
 * @example
 * ```ts
 * RECEIVER_NAMES.includes('otlpHttp'); // true
 * ```
 */
export const RECEIVER_NAMES: readonly ReceiverName[] = Object.freeze(
  Object.keys(DEFAULT_RECEIVER_PORTS) as ReceiverName[],
);

/** `receivers.endpoints` as a list (exactly these are on) becomes the map form (every endpoint named). */
function listToMap(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const on = new Set(value.map(String));
  return Object.fromEntries([...new Set([...RECEIVER_NAMES, ...on])].map((name) => [name, on.has(name)]));
}

const endpointSwitches = z.preprocess(
  listToMap,
  z
    .strictObject(Object.fromEntries(RECEIVER_NAMES.map((name) => [name, z.boolean().optional()])))
    .transform((on) => Object.fromEntries(RECEIVER_NAMES.map((name) => [name, on[name] ?? true]))),
) as unknown as z.ZodType<
  Readonly<Record<ReceiverName, boolean>>,
  readonly string[] | Partial<Record<string, boolean>>
>;

const portOverrides = z.strictObject(
  Object.fromEntries(RECEIVER_NAMES.map((name) => [name, portNumber().optional()])),
) as unknown as z.ZodType<Readonly<Partial<Record<ReceiverName, number>>>, Partial<Record<string, number>>>;

const limits = z.strictObject({
  maxBodyBytes: countOf(1).default(DEFAULT_LIMITS.maxBodyBytes),
  maxSpansPerRequest: countOf(1).default(DEFAULT_LIMITS.maxSpansPerRequest),
  maxConcurrentRequests: countOf(1).default(DEFAULT_LIMITS.maxConcurrentRequests),
  maxConnections: countOf(1).default(DEFAULT_LIMITS.maxConnections),
  maxStreamBacklog: countOf(1).default(DEFAULT_LIMITS.maxStreamBacklog),
  headersTimeoutMs: countOf(1).default(DEFAULT_LIMITS.headersTimeoutMs),
  requestTimeoutMs: countOf(1).default(DEFAULT_LIMITS.requestTimeoutMs),
  idleTimeoutMs: countOf(1).default(DEFAULT_LIMITS.idleTimeoutMs),
  maxConnectionAgeMs: countOf(1).default(DEFAULT_LIMITS.maxConnectionAgeMs),
});

/**
 * The `receivers` section: which endpoints of `@ht/sources` are on (`endpoints`: a list of names, or a
 * map of name → `true`/`false` where unnamed endpoints stay on), the interface they bind (`host`), ports
 * other than the docs/contracts.md defaults (`ports`) and the limits against bad and hostile clients
 * (`limits`, the `ReceiverLimits` of `@ht/sources`: sizes, concurrency, timeouts; docs/reliability.md).
 *
 * @example
 * ```ts
 * receiversConfigSchema.parse({ endpoints: [ 'otlpHttp', 'zipkin' ] }).endpoints.otlpGrpc; // false
 * ```
 */
export const receiversConfigSchema = z.strictObject({
  host: bindHost().default('127.0.0.1'),
  endpoints: endpointSwitches.prefault({}),
  ports: portOverrides.prefault({}),
  limits: limits.prefault({}),
});

/**
 * The `receivers` section after validation and defaults.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * const receivers: ReceiversConfig = config.receivers;
 * ```
 */
export type ReceiversConfig = z.output<typeof receiversConfigSchema>;

/**
 * The `ports` option of `startReceivers` (`@ht/sources`) for a `receivers` section: `false` for each
 * endpoint that is off, the configured port for each one moved, nothing for the rest (their default).
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * receiverPorts(config.receivers); // e.g. { jaegerAgentCompact: false, otlpHttp: 14318 }
 * ```
 */
export function receiverPorts(receivers: ReceiversConfig): ReceiverPorts {
  const ports: Partial<Record<ReceiverName, number | false>> = {};
  for (const name of RECEIVER_NAMES) {
    if (!receivers.endpoints[name]) ports[name] = false;
    else if (receivers.ports[name] !== undefined) ports[name] = receivers.ports[name];
  }
  return ports;
}
