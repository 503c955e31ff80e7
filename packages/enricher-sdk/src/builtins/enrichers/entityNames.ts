/**
 * Entity identities of the built-in enrichers. An entity id is `entityId(tenant, type, name)`, the id
 * every `EntityStore` built into this package gives, so enrichers compute ids without a store call and
 * `entity-writes` registers the entities (one store call per distinct entity per trace).
 */

/**
 * The entity name of a service: `namespace/name@environment`, absent parts left out.
 *
 * @example
 * ```ts
 * serviceEntityName('checkout', 'shop', 'prod'); // 'shop/checkout@prod'
 * serviceEntityName('checkout', '', ''); // 'checkout'
 * ```
 */
export function serviceEntityName(name: string, namespace: string, environment: string): string {
  const base = namespace === '' ? name : `${namespace}/${name}`;
  return environment === '' ? base : `${base}@${environment}`;
}

/**
 * The entity name of an API: its service's entity name and the API name (an API belongs to a service).
 *
 * @example
 * ```ts
 * apiEntityName('shop/checkout@prod', 'GET /cart/{id}'); // 'shop/checkout@prod::GET /cart/{id}'
 * ```
 */
export function apiEntityName(serviceEntity: string, apiName: string): string {
  return `${serviceEntity}::${apiName}`;
}
