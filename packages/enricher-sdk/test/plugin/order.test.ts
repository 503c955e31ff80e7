import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import { orderByDependencies } from '../../src/host/index.js';

const e = (name: string, ...dependsOn: string[]) => ({ name, dependsOn });
const names = (list: readonly { name: string }[]) => list.map((x) => x.name);

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(isHtError(err, 'CONFIG_INVALID')).toBe(true);
    return (err as Error).message;
  }
  throw new Error('expected a CONFIG_INVALID error');
}

describe('orderByDependencies', () => {
  it('puts dependencies first and otherwise keeps the given order', () => {
    const ordered = orderByDependencies([e('api', 'service'), e('ua'), e('service'), e('stats', 'api', 'ua')]);
    expect(names(ordered)).toEqual(['ua', 'service', 'api', 'stats']);
  });

  it('follows the preference list wherever the dependencies allow', () => {
    const items = [e('a'), e('b'), e('c', 'a'), e('d')];
    expect(names(orderByDependencies(items, ['d', 'c']))).toEqual(['d', 'a', 'c', 'b']);
    // 'c' cannot move before its dependency 'a', whatever the preference says.
    expect(names(orderByDependencies(items, ['c', 'b']))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('names every missing dependency', () => {
    const message = configError(() => orderByDependencies([e('a', 'x'), e('b', 'y', 'a')]));
    expect(message).toContain("'a' depends on 'x'");
    expect(message).toContain("'b' depends on 'y'");
    expect(message).toContain('disabled');
  });

  it('names the cycle', () => {
    const message = configError(() =>
      orderByDependencies([e('ok'), e('a', 'c'), e('b', 'a'), e('c', 'b'), e('tail', 'a')]),
    );
    expect(message).toMatch(/dependency cycle: (a -> c -> b -> a|b -> a -> c -> b|c -> b -> a -> c)$/);
    expect(configError(() => orderByDependencies([e('x', 'y'), e('y', 'x')]))).toMatch(/cycle: x -> y -> x/);
  });

  it('refuses duplicate names', () => {
    expect(configError(() => orderByDependencies([e('a'), e('a')]))).toMatch(/more than once: a/);
  });
});
