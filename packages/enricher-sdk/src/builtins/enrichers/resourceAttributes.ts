import { z } from 'zod';
import type { AttributeValue } from '../../model/AttributeValue.js';
import type { AttributeLayout } from '../../model/AttributeLayout.js';
import { Attributes, layoutOf, setTrusted, valuesOf } from '../../model/attributes.js';
import type { Resource } from '../../model/Resource.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { RESOURCE_ATTR_PREFIX } from '../../catalogue/attributeKeys.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';

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
 * `ht.resource.<key>` ({@link RESOURCE_ATTR_PREFIX}). Which ones depends only on the resource's keys, so
 * the selection is computed once per key layout (shared by resources with the same keys). Config: `keys`
 * (default {@link DEFAULT_RESOURCE_KEYS}).
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
    const attr = span.resource.attr;
    const plan = attr instanceof Attributes ? planOf(attr, ctx.config.keys) : undefined;
    if (plan !== undefined) {
      const values = valuesOf(attr as Attributes);
      for (let i = 0; i < plan.keys.length; i++) {
        setTrusted(span.enriched, plan.keys[i] as string, values[plan.positions[i] as number] as AttributeValue);
      }
      return;
    }
    const selected = selection(span.resource, ctx.config.keys);
    for (let i = 0; i < selected.keys.length; i++) {
      setTrusted(span.enriched, selected.keys[i] as string, selected.values[i] as AttributeValue);
    }
  },
});

/**
 * Which resource attributes to copy depends only on their keys. Resources with the same keys in the same
 * order share a key layout (every batch from one service's SDK does), so the positions to copy and their
 * `ht.resource.` keys are computed once per layout and config, not per resource.
 */
interface Plan {
  /** `ht.resource.<key>`, in the resource's order. */
  readonly keys: readonly string[];
  /** Their positions in the resource's attributes. */
  readonly positions: readonly number[];
}
/** Resource-attribute layouts with plans per config (a few per service in practice). */
const MAX_PLANS = 4096;
const plans = new WeakMap<readonly string[], Map<AttributeLayout, Plan>>();
let lastConfig: readonly string[] | undefined;
let lastLayout: AttributeLayout | undefined;
let lastPlan: Plan | undefined;

function planOf(attr: Attributes, config: readonly string[]): Plan | undefined {
  const layout = layoutOf(attr);
  if (layout === undefined) return undefined;
  if (layout === lastLayout && config === lastConfig) return lastPlan;
  let byLayout = plans.get(config);
  if (byLayout === undefined) plans.set(config, (byLayout = new Map<AttributeLayout, Plan>()));
  let plan = byLayout.get(layout);
  if (plan === undefined) {
    if (byLayout.size >= MAX_PLANS) return undefined; // bounded: further layouts take the per-resource path
    const { exact, prefixes } = matcherOf(config);
    const keys: string[] = [];
    const positions: number[] = [];
    for (let i = 0; i < layout.size; i++) {
      const key = layout.keys[i] as string;
      if (exact.has(key) || prefixes.some((p) => key.startsWith(p))) {
        keys.push(RESOURCE_ATTR_PREFIX + key);
        positions.push(i);
      }
    }
    byLayout.set(layout, (plan = { keys, positions }));
  }
  lastConfig = config;
  lastLayout = layout;
  lastPlan = plan;
  return plan;
}

/** The selection of a resource whose attributes have no shared layout (a set with deleted keys). */
interface Selection {
  readonly config: readonly string[];
  readonly keys: readonly string[];
  readonly values: readonly AttributeValue[];
}
const selections = new WeakMap<Resource, Selection>();

function selection(resource: Resource, config: readonly string[]): Selection {
  const cached = selections.get(resource);
  if (cached !== undefined && cached.config === config) return cached;
  const { exact, prefixes } = matcherOf(config);
  const selected = { config, keys: [] as string[], values: [] as AttributeValue[] };
  for (const [key, value] of resource.attr) {
    if (exact.has(key) || prefixes.some((p) => key.startsWith(p))) {
      selected.keys.push(RESOURCE_ATTR_PREFIX + key);
      selected.values.push(value);
    }
  }
  selections.set(resource, selected);
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
