/**
 * Entity types: a service (from `service.name`), an API of a service (method + route, gRPC method,
 * messaging destination) and a backend (a database, cache, HTTP host or queue outside the traced world).
 *
 * @example
 * ```ts
 * const service = await ctx.entities.getOrCreate(trace.tenantId, EntityType.SERVICE, 'checkout');
 * ```
 */
export const EntityType = { SERVICE: 'SERVICE', API: 'API', BACKEND: 'BACKEND' } as const;
/** One of the {@link EntityType} values. */
export type EntityType = (typeof EntityType)[keyof typeof EntityType];

/**
 * A service, API or backend with a stable id (see {@link EntityStore}). Identity is
 * `(tenantId, type, name)`; `attributes` describe it (host, port, database system, …).
 *
 * @example
 * ```ts
 * const entity: Entity = { id: 'c1c2…', tenantId: 'default', type: 'BACKEND', name: 'postgres:orders',
 *   attributes: { 'db.system': 'postgresql' } };
 * ```
 */
export interface Entity {
  readonly id: string;
  readonly tenantId: string;
  readonly type: EntityType;
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * A call from one service to another service or to a backend, found in a trace: the caller's exit span
 * (CLIENT, PRODUCER) and, for a service callee, its entry span (SERVER, CONSUMER). Ids of unknown parts
 * are `''`. `id` is unique within the trace, so views can key on `(tenantId, traceId, id)`.
 *
 * @example
 * ```ts
 * trace.callEdges.push(createCallEdge({ callerSpanId: client.spanId, calleeSpanId: server.spanId,
 *   callerServiceId: frontend.id, calleeType: 'SERVICE', calleeId: cart.id }));
 * ```
 */
export interface CallEdge {
  readonly id: string;
  /** The caller's exit span. */
  readonly callerSpanId: string;
  /** The callee's entry span; `''` when the callee is a backend. */
  readonly calleeSpanId: string;
  readonly callerServiceId: string;
  readonly callerApiId: string;
  readonly calleeType: CalleeType;
  /** The callee service's or backend's entity id. */
  readonly calleeId: string;
  /** The callee service's API id; `''` for backends. */
  readonly calleeApiId: string;
}

/**
 * What a {@link CallEdge} calls.
 *
 * @example
 * ```ts
 * const calleeType: CalleeType = isBackend ? 'BACKEND' : 'SERVICE';
 * ```
 */
export type CalleeType = typeof EntityType.SERVICE | typeof EntityType.BACKEND;

/**
 * Fields accepted by {@link createCallEdge}.
 *
 * @example
 * ```ts
 * createCallEdge({ callerSpanId: client.spanId, calleeSpanId: server.spanId, calleeType: 'SERVICE', calleeId: cart.id });
 * ```
 */
export interface CallEdgeInit {
  readonly callerSpanId: string;
  readonly calleeSpanId?: string;
  readonly callerServiceId?: string;
  readonly callerApiId?: string;
  readonly calleeType: CalleeType;
  readonly calleeId?: string;
  readonly calleeApiId?: string;
}

/**
 * Builds a {@link CallEdge} with every field set; `id` is `callerSpanId:calleeSpanId` for a service
 * callee and `callerSpanId:calleeId` for a backend, so a fan-out from one exit span keeps distinct ids.
 *
 * @example
 * ```ts
 * createCallEdge({ callerSpanId: 'b7ad6b7169203331', calleeType: 'BACKEND', calleeId: redisId });
 * ```
 */
export function createCallEdge(init: CallEdgeInit): CallEdge {
  const calleeSpanId = init.calleeSpanId ?? '';
  const calleeId = init.calleeId ?? '';
  return {
    id: `${init.callerSpanId}:${init.calleeType === EntityType.SERVICE ? calleeSpanId : calleeId}`,
    callerSpanId: init.callerSpanId,
    calleeSpanId,
    callerServiceId: init.callerServiceId ?? '',
    callerApiId: init.callerApiId ?? '',
    calleeType: init.calleeType,
    calleeId,
    calleeApiId: init.calleeApiId ?? '',
  };
}
