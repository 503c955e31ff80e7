import { z } from 'zod';
import type { Span } from '../../model/Span.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { SpaceAttr, TraceAttr } from '../../catalogue/attributeKeys.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { setTrusted } from '../../model/attributes.js';

const rule = z
  .strictObject({
    /** Tenants the rule applies to; omitted: every tenant. */
    tenants: z.array(z.string()).optional(),
    /** The attribute read: a span attribute, an enriched `ht.` one, or a resource attribute, in that order. */
    attribute: z.string().min(1),
    /** Match only this value. */
    equals: z.string().optional(),
    /** Match values this regular expression finds. */
    matches: z.string().optional(),
    /** The space to tag matching spans with; omitted: the attribute's value is the space. */
    space: z.string().min(1).optional(),
  })
  .refine((r) => r.matches === undefined || isRegExp(r.matches), 'matches must be a valid regular expression');

const config = z.strictObject({ rules: z.array(rule).default([]) });

/**
 * Built-in `spaces` (Hypertrace's attribute-value space rules): tags spans with spaces, views of the
 * data that a team cares about, configured per tenant. A rule reads one attribute; a span with it (and,
 * if given, a value equal to `equals` or found by `matches`) joins `space`, or, without `space`, the
 * space named by the value (one space per `k8s.namespace.name`, say). Depends on `api-naming` (rules
 * may read its keys and those before it). Writes `ht.space.ids` (sorted) on
 * tagged spans and the union `ht.trace.space_ids` on the trace. Config: `rules` (default none).
 *
 * @example
 * ```ts
 * const run = await runEnricher(spaces, trace, { rules: [{ attribute: 'service.name', equals: 'checkout', space: 'payments-team' }] });
 * run.trace.enriched.strings(TraceAttr.SPACE_IDS); // ['payments-team']
 * ```
 */
export const spaces = defineEnricher({
  name: BuiltinEnricher.SPACES,
  version: BUILTIN_VERSION,
  description: 'spaces: attribute-rule tags configured per tenant',
  // Rules may read enriched keys (`ht.api.name`, `ht.service.name`, …): run after the naming enrichers.
  dependsOn: [BuiltinEnricher.API_NAMING],
  config,
  enrichTrace(trace, ctx) {
    const rules = ctx.config.rules.filter((r) => r.tenants === undefined || r.tenants.includes(trace.tenantId));
    if (rules.length === 0) return;
    const compiled = rules.map((r) => ({ ...r, pattern: r.matches === undefined ? undefined : regExp(r.matches) }));
    const all = new Set<string>();
    for (const span of trace.spans) {
      const found = new Set<string>();
      for (const r of compiled) {
        const value = valueOf(span, r.attribute);
        if (value === undefined || value === '') continue;
        if (r.equals !== undefined && value !== r.equals) continue;
        if (r.pattern !== undefined && !r.pattern.test(value)) continue;
        found.add(r.space ?? value);
      }
      if (found.size === 0) continue;
      const ids = [...found].sort();
      setTrusted(span.enriched, SpaceAttr.IDS, ids);
      for (const id of ids) all.add(id);
    }
    if (all.size > 0) trace.enriched.set(TraceAttr.SPACE_IDS, [...all].sort());
  },
});

function valueOf(span: Span, key: string): string | undefined {
  return (
    span.attr.asString(key) ??
    (key.startsWith('ht.') ? span.enriched.asString(key) : undefined) ??
    span.resource.attr.asString(key)
  );
}

const compiledPatterns = new Map<string, RegExp>();

function regExp(source: string): RegExp {
  let pattern = compiledPatterns.get(source);
  if (pattern === undefined) compiledPatterns.set(source, (pattern = new RegExp(source)));
  return pattern;
}

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
