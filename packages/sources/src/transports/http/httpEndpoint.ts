import type { EndpointContext, ReceiverEndpoint } from '../ReceiverEndpoint.js';
import { startHttpReceiver } from './HttpReceiver.js';
import type { HttpRoute } from './HttpRoute.js';

/**
 * What {@link httpEndpoint} needs: the endpoint's name, purpose and default port, and its routes built
 * for that name (the name is the routes' `receiver`).
 *
 * @example
 * ```ts
 * const spec: HttpEndpointSpec<'otlpHttp'> = { name: 'otlpHttp', purpose: 'OTLP HTTP', defaultPort: 4318,
 *   routes: (receiver) => [otlpHttpRoute(receiver)] };
 * ```
 */
export interface HttpEndpointSpec<N extends string> {
  readonly name: N;
  readonly purpose: string;
  readonly defaultPort: number;
  routes(receiver: NoInfer<N>): readonly HttpRoute[];
}

/**
 * An endpoint served over HTTP: POST routes on one port. Its paths are its routes' paths.
 *
 * @example
 * ```ts
 * const zipkin = httpEndpoint({ name: 'zipkin', purpose: 'Zipkin', defaultPort: 9411, routes: zipkinRoutes });
 * zipkin.paths; // ['/api/v2/spans', '/api/v1/spans']
 * ```
 */
export function httpEndpoint<const N extends string>(spec: HttpEndpointSpec<N>): ReceiverEndpoint<N> {
  const routes = spec.routes(spec.name);
  return Object.freeze({
    name: spec.name,
    purpose: spec.purpose,
    defaultPort: spec.defaultPort,
    transport: 'http',
    paths: Object.freeze(routes.map((r) => r.path)),
    start: (ctx: EndpointContext) => startHttpReceiver({ ...ctx, routes }),
  });
}
