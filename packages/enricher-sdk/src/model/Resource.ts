import { Attributes, EMPTY_ATTRIBUTES } from './attributes.js';
import type { AttributeEntries, ReadonlyAttributes } from './attributes.js';

/**
 * The entity that produced spans (OTel resource): `service.name`, host, k8s, cloud attributes. Spans of
 * one export batch share one `Resource` object, so it is never copied per span.
 *
 * @example
 * ```ts
 * const resource = createResource({ attributes: { 'service.name': 'checkout' } });
 * resource.attr.string('service.name'); // 'checkout'
 * ```
 */
export interface Resource {
  readonly attr: ReadonlyAttributes;
  readonly droppedAttributesCount: number;
  readonly schemaUrl: string;
}

/**
 * The instrumentation library that recorded spans (OTel instrumentation scope). Shared like
 * {@link Resource}.
 *
 * @example
 * ```ts
 * const scope = createScope({ name: '@opentelemetry/instrumentation-http', version: '0.51.0' });
 * ```
 */
export interface InstrumentationScope {
  readonly name: string;
  readonly version: string;
  readonly attr: ReadonlyAttributes;
  readonly droppedAttributesCount: number;
  readonly schemaUrl: string;
}

/**
 * Fields accepted by {@link createResource}; all optional.
 *
 * @example
 * ```ts
 * createResource({ attributes: { 'service.name': 'cart' }, schemaUrl: 'https://opentelemetry.io/schemas/1.26.0' });
 * ```
 */
export interface ResourceInit {
  readonly attributes?: ReadonlyAttributes | AttributeEntries;
  readonly droppedAttributesCount?: number;
  readonly schemaUrl?: string;
}

/**
 * Fields accepted by {@link createScope}; all optional.
 *
 * @example
 * ```ts
 * createScope({ name: 'io.opentelemetry.okhttp', version: '2.1.0' });
 * ```
 */
export interface ScopeInit extends ResourceInit {
  readonly name?: string;
  readonly version?: string;
}

/**
 * Turns attribute input into frozen attributes: an {@link Attributes} instance is frozen in place (no
 * copy), anything else is copied into a new frozen instance.
 *
 * @example
 * ```ts
 * const attr = frozenAttributes({ 'service.name': 'cart' });
 * ```
 */
export function frozenAttributes(input: ReadonlyAttributes | AttributeEntries | undefined): ReadonlyAttributes {
  if (input === undefined) return EMPTY_ATTRIBUTES;
  if (input instanceof Attributes) return input.freeze();
  return new Attributes(input).freeze();
}

/**
 * Builds a {@link Resource} with every field set (empty defaults), attributes frozen.
 *
 * @example
 * ```ts
 * const resource = createResource({ attributes: { 'service.name': 'cart', 'k8s.pod.name': 'cart-1' } });
 * ```
 */
export function createResource(init: ResourceInit = {}): Resource {
  return {
    attr: frozenAttributes(init.attributes),
    droppedAttributesCount: init.droppedAttributesCount ?? 0,
    schemaUrl: init.schemaUrl ?? '',
  };
}

/**
 * Builds an {@link InstrumentationScope} with every field set (empty defaults), attributes frozen.
 *
 * @example
 * ```ts
 * const scope = createScope({ name: 'io.opentelemetry.jdbc', version: '2.1.0' });
 * ```
 */
export function createScope(init: ScopeInit = {}): InstrumentationScope {
  return {
    name: init.name ?? '',
    version: init.version ?? '',
    attr: frozenAttributes(init.attributes),
    droppedAttributesCount: init.droppedAttributesCount ?? 0,
    schemaUrl: init.schemaUrl ?? '',
  };
}

/**
 * The shared empty resource (no attributes).
 *
 * @example
 * ```ts
 * createSpan({ ...init, resource: EMPTY_RESOURCE });
 * ```
 */
export const EMPTY_RESOURCE: Resource = createResource();

/**
 * The shared empty instrumentation scope.
 *
 * @example
 * ```ts
 * createSpan({ ...init, scope: EMPTY_SCOPE });
 * ```
 */
export const EMPTY_SCOPE: InstrumentationScope = createScope();

/**
 * The span's service name: the resource's `service.name`, or `unknown_service` as OTel prescribes.
 *
 * @example
 * ```ts
 * serviceName(span.resource); // 'checkout'
 * ```
 */
export function serviceName(resource: Resource): string {
  return resource.attr.string('service.name') ?? 'unknown_service';
}
