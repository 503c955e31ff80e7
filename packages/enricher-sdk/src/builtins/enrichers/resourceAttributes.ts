import { z } from 'zod';
import type { AttributeValue } from '../../model/AttributeValue.js';
import type { Resource } from '../../model/Resource.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { RESOURCE_ATTR_PREFIX } from '../attributes.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { setTrusted } from '../../model/attributes.js';

/**
 * The resource attributes copied by default: where a span ran (k8s, cloud, host), so views can filter
 * spans by pod or region without joining resources.
 *
 * @example
 * ```ts
 * DEFAULT_RESOURCE_KEYS.includes('k8s.pod.name'); // true
 * ```
 */
export const DEFAULT_RESOURCE_KEYS: readonly string[] = [
  'k8s.cluster.name',
  'k8s.namespace.name',
  'k8s.deployment.name',
  'k8s.pod.name',
  'k8s.node.name',
  'container.name',
  'cloud.provider',
  'cloud.region',
  'cloud.availability_zone',
  'host.name',
  'service.version',
];

const config = z.strictObject({
  /** Resource attribute keys to copy; a key ending in `*` is a prefix (`k8s.*`). */
  keys: z.array(z.string().min(1)).default([...DEFAULT_RESOURCE_KEYS]),
});

/**
 * Built-in `resource-attributes`: copies the configured resource attributes onto each span as
 * `ht.resource.<key>` ({@link RESOURCE_ATTR_PREFIX}). Spans of one batch share a resource, so the
 * selection is computed once per resource. Config: `keys` (default {@link DEFAULT_RESOURCE_KEYS}).
 *
 * @example
 * ```ts
 * const run = await runEnricher(resourceAttributes, trace, { keys: ['k8s.*', 'cloud.region'] });
 * run.trace.spans[0]?.enriched.string('ht.resource.k8s.pod.name'); // 'cart-7d9f-abcde'
 * ```
 */
export const resourceAttributes = defineEnricher({
  name: BuiltinEnricher.RESOURCE_ATTRIBUTES,
  version: BUILTIN_VERSION,
  description: 'resource attributes (k8s, cloud, host) copied onto spans by config',
  config,
  enrichSpan(span, _trace, ctx) {
    const selected = selection(span.resource, ctx.config.keys);
    for (let i = 0; i < selected.keys.length; i++) {
      setTrusted(span.enriched, selected.keys[i] as string, selected.values[i] as AttributeValue);
    }
  },
});

interface Selection {
  /** For which config `keys`. */
  readonly config: readonly string[];
  /** `ht.resource.<key>`, in the resource's order. */
  readonly keys: readonly string[];
  readonly values: readonly AttributeValue[];
}
const cache = new WeakMap<Resource, Selection>();
// Consecutive spans mostly share their resource: the last one answers without the WeakMap.
let last: { resource: Resource; selection: Selection } | undefined;

function selection(resource: Resource, keys: readonly string[]): Selection {
  if (last !== undefined && last.resource === resource && last.selection.config === keys) return last.selection;
  const cached = cache.get(resource);
  if (cached !== undefined && cached.config === keys) {
    last = { resource, selection: cached };
    return cached;
  }
  const { exact, prefixes } = matcherOf(keys);
  const selected = { config: keys, keys: [] as string[], values: [] as AttributeValue[] };
  for (const [key, value] of resource.attr) {
    if (exact.has(key) || prefixes.some((p) => key.startsWith(p))) {
      selected.keys.push(RESOURCE_ATTR_PREFIX + key);
      selected.values.push(value);
    }
  }
  cache.set(resource, selected);
  last = { resource, selection: selected };
  return selected;
}

interface Matcher {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
}
const matchers = new WeakMap<readonly string[], Matcher>();

/** The config's keys, compiled once per config (not per resource: each export batch has its own). */
function matcherOf(keys: readonly string[]): Matcher {
  let matcher = matchers.get(keys);
  if (matcher === undefined) {
    const exact = new Set(keys.filter((k) => !k.endsWith('*')));
    const prefixes = keys.filter((k) => k.endsWith('*')).map((k) => k.slice(0, -1));
    matchers.set(keys, (matcher = { exact, prefixes }));
  }
  return matcher;
}
