import { eq, gt } from '@ht/sinks';
import type { Filter } from '@ht/sinks';

/**
 * The entity types of `entities(type: …)`.
 *
 * @example
 * ```ts
 * const type: EntityType = 'SERVICE';
 * ```
 */
export type EntityType = 'SERVICE' | 'API' | 'BACKEND';

/**
 * Where an entity type's calls are read: the view (one row per call), the columns that name one entity
 * (grouped by), and which calls are errors.
 *
 * @example
 * ```ts
 * ENTITY_KINDS.API.keys; // ['service_name', 'api_name']
 * ```
 */
export interface EntityKind {
  readonly type: EntityType;
  readonly view: string;
  /** Group columns naming one entity; the first is filtered with IN when batching. */
  readonly keys: readonly string[];
  /** The key column holding the entity's name. */
  readonly nameColumn: string;
  /** The calls in error. */
  readonly errors: readonly Filter[];
}

/**
 * The entity types: services and APIs from `raw_service_view` (one row per API visit, errors by its
 * `is_error` verdict, as the built-in rollups count them), backends from `backend_entity_view`.
 *
 * @example
 * ```ts
 * ENTITY_KINDS.SERVICE.view; // 'raw_service_view'
 * ```
 */
export const ENTITY_KINDS: Readonly<Record<EntityType, EntityKind>> = Object.freeze({
  SERVICE: {
    type: 'SERVICE',
    view: 'raw_service_view',
    keys: ['service_name'],
    nameColumn: 'service_name',
    errors: [eq('is_error', true)],
  },
  API: {
    type: 'API',
    view: 'raw_service_view',
    keys: ['service_name', 'api_name'],
    nameColumn: 'api_name',
    errors: [eq('is_error', true)],
  },
  BACKEND: {
    type: 'BACKEND',
    view: 'backend_entity_view',
    keys: ['backend_name', 'backend_type'],
    nameColumn: 'backend_name',
    errors: [gt('error_count', 0)],
  },
});
