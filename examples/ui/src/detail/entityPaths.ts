/**
 * The UI's path of a service's detail, with the shared search (range, tenant) kept.
 *
 * @example
 * ```ts
 * servicePath('checkout', '?range=15m'); // '/services/checkout?range=15m'
 * ```
 */
export function servicePath(service: string, search = ''): string {
  return `/services/${encodeURIComponent(service)}${search}`;
}

/**
 * The UI's path of an API's (endpoint's) detail: its service and its name, each one path segment.
 *
 * @example
 * ```ts
 * endpointPath('checkout', 'POST /checkout'); // '/endpoints/checkout/POST%20%2Fcheckout'
 * ```
 */
export function endpointPath(service: string, api: string, search = ''): string {
  return `/endpoints/${encodeURIComponent(service)}/${encodeURIComponent(api)}${search}`;
}

/**
 * The UI's path of a backend's detail.
 *
 * @example
 * ```ts
 * backendPath('redis@cache:6379'); // '/backends/redis%40cache%3A6379'
 * ```
 */
export function backendPath(backend: string, search = ''): string {
  return `/backends/${encodeURIComponent(backend)}${search}`;
}
