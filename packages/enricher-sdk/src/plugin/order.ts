import { HtError } from '@ht/stream-core/errors';

/**
 * What ordering needs of a plugin.
 *
 * @example
 * ```ts
 * orderByDependencies(views.map((v) => ({ name: v.name, dependsOn: [] })));
 * ```
 */
export interface Orderable {
  readonly name: string;
  readonly dependsOn: readonly string[];
}

/**
 * Orders `items` so each comes after everything it `dependsOn` (a topological sort of the dependency
 * DAG). Among items whose dependencies are met, the one earlier in `preference` goes first; items not
 * in `preference` follow in their given order. So the result is the given order wherever the
 * dependencies allow it, and a config can reorder freely within the DAG's limits.
 *
 * Throws `CONFIG_INVALID` naming every duplicate name, every missing dependency, or a cycle
 * (`a -> b -> a`).
 *
 * @example
 * ```ts
 * orderByDependencies([{ name: 'api', dependsOn: ['service'] }, { name: 'service', dependsOn: [] }]);
 * // -> service, api
 * ```
 */
export function orderByDependencies<T extends Orderable>(
  items: readonly T[],
  preference: readonly string[] = [],
  what = 'enricher',
): T[] {
  const byName = new Map<string, T>();
  const duplicates = new Set<string>();
  for (const item of items) {
    if (byName.has(item.name)) duplicates.add(item.name);
    byName.set(item.name, item);
  }
  if (duplicates.size > 0) {
    throw new HtError('CONFIG_INVALID', `${what}s loaded more than once: ${[...duplicates].join(', ')}`);
  }
  const missing = items.flatMap((item) =>
    item.dependsOn.filter((d) => !byName.has(d)).map((d) => `'${item.name}' depends on '${d}'`),
  );
  if (missing.length > 0) {
    throw new HtError(
      'CONFIG_INVALID',
      `missing ${what} dependencies: ${missing.join('; ')} — not loaded (unknown, or disabled in config)`,
    );
  }

  const rank = new Map<string, number>();
  preference.forEach((name, i) => rank.set(name, i));
  items.forEach((item, i) => {
    if (!rank.has(item.name)) rank.set(item.name, preference.length + i);
  });
  const rankOf = (item: T): number => rank.get(item.name) ?? 0;

  const ordered: T[] = [];
  const done = new Set<string>();
  let pending = [...items];
  while (pending.length > 0) {
    let next: T | undefined;
    for (const item of pending) {
      if (item.dependsOn.every((d) => done.has(d)) && (next === undefined || rankOf(item) < rankOf(next))) next = item;
    }
    if (next === undefined) {
      throw new HtError('CONFIG_INVALID', `${what} dependency cycle: ${findCycle(pending, byName).join(' -> ')}`);
    }
    ordered.push(next);
    done.add(next.name);
    pending = pending.filter((item) => item !== next);
  }
  return ordered;
}

/** A cycle among `pending` (each of which waits on another pending item), as names ending where it began. */
function findCycle<T extends Orderable>(pending: readonly T[], byName: ReadonlyMap<string, T>): string[] {
  const waiting = new Set(pending.map((p) => p.name));
  const first = pending[0];
  if (first === undefined) return [];
  const path: string[] = [];
  const seen = new Map<string, number>();
  let current: T | undefined = first;
  while (current !== undefined && !seen.has(current.name)) {
    seen.set(current.name, path.length);
    path.push(current.name);
    const dep: string | undefined = current.dependsOn.find((d) => waiting.has(d));
    current = dep === undefined ? undefined : byName.get(dep);
  }
  if (current === undefined) return path;
  return [...path.slice(seen.get(current.name)), current.name];
}
