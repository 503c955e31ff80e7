import type { SeededRandom } from './SeededRandom.js';
import { grpcCodeName } from './semconvDialects.js';
import { SHOP_SERVICES } from './shopServices.js';
import { endOf } from './SpanDraft.js';
import type { SpanDraft } from './SpanDraft.js';

interface Failure {
  readonly type: string;
  readonly message: string;
  /** The frames under the message, innermost first. */
  readonly frames: readonly string[];
  /** The HTTP status the failing call got, when it is an HTTP call. */
  readonly httpStatus?: number;
}

const HTTP_STATUS_KEYS = ['http.status_code', 'http.response.status_code'] as const;

/** What went wrong, by the kind of call that failed. */
function failureOf(span: SpanDraft, rng: SeededRandom): Failure {
  const a = span.attributes;
  const system = a['db.system'] ?? a['db.system.name'];
  const component = span.service.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const app = `/app/services/${span.service}/src`;
  const line = (): number => rng.int(12, 240);
  if (system === 'postgresql') {
    return {
      type: 'DatabaseError',
      message: 'canceling statement due to statement timeout',
      frames: [
        `Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:283:98)`,
        `${component}Repository.query (${app}/repository.js:${line()}:23)`,
        `async ${component}Handler.handle (${app}/handler.js:${line()}:17)`,
      ],
    };
  }
  if (system === 'redis') {
    return {
      type: 'ConnectionTimeoutError',
      message: 'Connection timeout after 1000 ms',
      frames: [
        `Socket.<anonymous> (/app/node_modules/@redis/client/dist/lib/client/socket.js:177:124)`,
        `${component}Cache.get (${app}/cache.js:${line()}:31)`,
      ],
    };
  }
  const url = String(a['url.full'] ?? a['http.url'] ?? '');
  if (url.includes('payments')) {
    return {
      type: 'PaymentProviderError',
      message: 'payment provider answered 503 Service Unavailable',
      httpStatus: 503,
      frames: [
        `PaymentProviderClient.charge (${app}/provider.js:${line()}:11)`,
        `async ChargeHandler.charge (${app}/charge.js:${line()}:9)`,
      ],
    };
  }
  return {
    type: 'FetchError',
    message: `request to ${url} failed, reason: ECONNRESET`,
    frames: [
      `ClientRequest.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1501:11)`,
      `${component}Client.send (${app}/client.js:${line()}:15)`,
    ],
  };
}

/** The chain of spans from `root` down to `target` (both included), or `undefined` when it is not below. */
function pathTo(root: SpanDraft, target: SpanDraft): SpanDraft[] | undefined {
  if (root === target) return [root];
  for (const child of root.children) {
    const path = pathTo(child, target);
    if (path) return [root, ...path];
  }
  return undefined;
}

/** The CLIENT spans at the bottom of a trace: the calls that can fail. */
function leaves(span: SpanDraft): SpanDraft[] {
  if (span.children.length === 0) return span.kind === 'CLIENT' ? [span] : [];
  return span.children.flatMap(leaves);
}

/** Marks a caller of the failed call as failed too: status ERROR and a 500 (HTTP) or INTERNAL (gRPC). */
function failCaller(span: SpanDraft): void {
  span.status = 'ERROR';
  for (const key of HTTP_STATUS_KEYS) if (key in span.attributes) span.attributes[key] = 500;
  if ('rpc.grpc.status_code' in span.attributes) span.attributes['rpc.grpc.status_code'] = 13;
  if ('rpc.response.status_code' in span.attributes) span.attributes['rpc.response.status_code'] = grpcCodeName(13);
}

/**
 * Plants an error in one of `traces`: a call at the bottom of a trace (a query, a cache command, a call
 * to an outside host) fails with status ERROR and an `exception` event (`exception.type`,
 * `exception.message`, `exception.stacktrace`); every span above it in its trace gets status ERROR and
 * an HTTP 500 or a gRPC INTERNAL status. Returns the failed span.
 *
 * @example
 * ```ts
 * const failed = plantFailure(plan.traces, rng);
 * failed.events[0]?.attributes['exception.type']; // 'DatabaseError'
 * ```
 */
export function plantFailure(traces: readonly SpanDraft[], rng: SeededRandom): SpanDraft {
  const all = traces.flatMap((root) => leaves(root).map((span) => ({ root, span })));
  // Zipkin has no event attributes (an annotation is a name and a time): calls of services instrumented
  // with another client fail, so the exception arrives with its type, message and stack trace.
  const withAttributes = all.filter(({ span }) => SHOP_SERVICES[span.service].client !== 'zipkin');
  const candidates = withAttributes.length > 0 ? withAttributes : all;
  const { root, span } = rng.pick(candidates);
  const failure = failureOf(span, rng);
  for (const caller of pathTo(root, span) ?? []) failCaller(caller);
  for (const key of HTTP_STATUS_KEYS) {
    if (!(key in span.attributes)) continue;
    // A reset connection has no response; a provider that answered has its status.
    if (failure.httpStatus === undefined) delete span.attributes[key];
    else span.attributes[key] = failure.httpStatus;
  }
  span.statusMessage = `${failure.type}: ${failure.message}`;
  span.events.push({
    name: 'exception',
    atMicros: endOf(span) - rng.int(1, Math.max(1, Math.min(200, span.durationMicros))),
    attributes: {
      'exception.type': failure.type,
      'exception.message': failure.message,
      'exception.stacktrace': [`${failure.type}: ${failure.message}`, ...failure.frames.map((f) => `    at ${f}`)].join(
        '\n',
      ),
    },
  });
  return span;
}
