import type { Filter, ScalarValue } from '@ht/sinks';
import type { MicrosRange } from '../query/timeRange.js';
import type { EntityKind, EntityType } from './entityKinds.js';

/**
 * What one `entities` field read: the entity type, the range and the filters. Entities of one scope share
 * their metric look-ups (one store query per scope for all of them).
 *
 * @example
 * ```ts
 * const scope: EntityScope = { id: '…', kind: ENTITY_KINDS.SERVICE, range, filters: [] };
 * ```
 */
export interface EntityScope {
  /** Equal for equal scopes (the batching key). */
  readonly id: string;
  readonly kind: EntityKind;
  readonly range: MicrosRange;
  readonly filters: readonly Filter[];
}

/**
 * An `Entity` of the schema: its type, name and the values of its kind's key columns, and its scope.
 *
 * @example
 * ```ts
 * const cart: EntityObject = { type: 'SERVICE', name: 'cart', service: null, backendType: null, keyValues: ['cart'], scope };
 * ```
 */
export interface EntityObject {
  readonly type: EntityType;
  readonly name: string;
  readonly service: string | null;
  readonly backendType: string | null;
  readonly keyValues: readonly ScalarValue[];
  readonly scope: EntityScope;
}
