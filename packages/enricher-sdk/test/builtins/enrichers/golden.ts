import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attributesToJson, serviceName } from '../../../src/index.js';
import { builtinEnrichers } from '../../../src/builtins/index.js';
import type { AttributesJson, EnricherDefinition, Trace } from '../../../src/index.js';
import { runEnricher } from '../../../src/testing/index.js';
import { CASES } from './fixtures/index.js';

const GOLDEN_DIR = fileURLToPath(new URL('../../golden/', import.meta.url));

/** What one enricher added to one trace (only its own keys: its dependencies' are left out). */
export interface GoldenTrace {
  readonly traceId: string;
  readonly enriched: AttributesJson;
  readonly spans: readonly { spanId: string; service: string; name: string; enriched: AttributesJson }[];
  readonly entities?: unknown;
  readonly callEdges?: unknown;
}

/** The built-in with `name`. */
export function builtin(name: string): EnricherDefinition {
  const found = builtinEnrichers.find((e) => e.name === name);
  if (found === undefined) throw new Error(`no built-in enricher ${name}`);
  return found;
}

/** Every enricher `name` depends on, transitively, in the default order. */
export function dependenciesOf(name: string): EnricherDefinition[] {
  const needed = new Set<string>();
  const visit = (n: string) => {
    for (const d of builtin(n).dependsOn) {
      if (needed.has(d)) continue;
      needed.add(d);
      visit(d);
    }
  };
  visit(name);
  return builtinEnrichers.filter((e) => needed.has(e.name));
}

function withoutKeys(all: AttributesJson, before: AttributesJson): AttributesJson {
  return Object.fromEntries(Object.entries(all).filter(([k]) => !(k in before)));
}

/**
 * Runs `name` with its dependencies on a golden case and returns only what `name` wrote: the case is
 * built twice, once enriched by the dependencies alone, once by them and `name`.
 */
export async function goldenOf(name: string, caseName: string, config?: unknown): Promise<GoldenTrace[]> {
  const build = CASES[caseName];
  if (build === undefined) throw new Error(`no golden case ${caseName}`);
  const deps = dependenciesOf(name);
  const baseline: Trace[] = build();
  const last = deps[deps.length - 1];
  if (last !== undefined) await runEnricher(last, baseline, undefined, { with: deps.slice(0, -1) });
  const run = await runEnricher(builtin(name), build(), config, { with: deps });
  if (run.errors.length > 0) throw new Error(`${name} on ${caseName}: ${JSON.stringify(run.errors)}`);
  return run.traces.map((trace, t) => {
    const base = baseline[t]!;
    const spans = trace.spans.map((span, i) => ({
      spanId: span.spanId,
      service: serviceName(span.resource),
      name: span.name,
      enriched: withoutKeys(attributesToJson(span.enriched), attributesToJson(base.spans[i]!.enriched)),
    }));
    const golden: GoldenTrace = {
      traceId: trace.traceId,
      enriched: withoutKeys(attributesToJson(trace.enriched), attributesToJson(base.enriched)),
      spans,
    };
    const entities = trace.entities.length > base.entities.length ? trace.entities : undefined;
    const callEdges = trace.callEdges.length > base.callEdges.length ? trace.callEdges : undefined;
    return { ...golden, ...(entities && { entities }), ...(callEdges && { callEdges }) };
  });
}

/** The path of a golden file. */
export function goldenPath(name: string, caseName: string): string {
  return join(GOLDEN_DIR, name, `${caseName}.json`);
}

/**
 * The stored golden (`undefined` when missing). With `HT_UPDATE_GOLDEN=1`, `actual` is written first:
 * review the diff by hand, the goldens are the spec.
 */
export function readGolden(name: string, caseName: string, actual: unknown): unknown {
  const path = goldenPath(name, caseName);
  if (process.env['HT_UPDATE_GOLDEN'] === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  }
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
}
