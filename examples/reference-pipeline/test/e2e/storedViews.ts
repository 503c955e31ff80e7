import { builtinViews } from '@ht/enricher-sdk/builtins';
import type { ViewDefinition } from '@ht/enricher-sdk';
import { column, createDuckDbStore } from '@ht/sinks';
import type { QueryRow } from '@ht/sinks';

/**
 * Reads the named columns of every row of some views from a DuckDB file `ht` wrote (after it stopped:
 * DuckDB is one process), raw (`dedup: false`), so a span stored twice would show twice. Every read is
 * scoped to one tenant: `tenantId`, `default` unless given.
 */
export async function readViews<const V extends string>(
  path: string,
  reads: Readonly<Record<V, readonly string[]>>,
  views: readonly ViewDefinition[] = builtinViews,
  tenantId = 'default',
): Promise<Record<V, QueryRow[]>> {
  const store = await createDuckDbStore({ path, threads: 1 });
  try {
    await store.ensureTables(views);
    const result = {} as Record<V, QueryRow[]>;
    for (const [view, columns] of Object.entries(reads) as [V, readonly string[]][]) {
      result[view] = await store.query({ view, tenantId, select: columns.map((c) => column(c)), dedup: false });
    }
    return result;
  } finally {
    await store.close();
  }
}

/** How many times each value occurs. */
export function occurrences(values: readonly unknown[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  return counts;
}
