import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { publicEntryPoints } from '../scripts/entryPoints.mjs';
import { describeClash, findNameClashes } from './support/nameClashes.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('public names', () => {
  // One TypeScript program over every entry point's declarations: seconds on a loaded 2-core machine.
  it('gives each name exported by two public entry points one meaning', () => {
    const entryPoints = publicEntryPoints(root);
    expect(entryPoints.map((e) => e.specifier)).toContain('@ht/stream-core');
    const clashes = findNameClashes(entryPoints, root);
    expect(clashes.map(describeClash).join('\n')).toBe('');
  }, 120_000);

  describe('the clash finder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ht-public-names-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const file = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    file('package.json', '{ "type": "module" }');
    const a = file('a.d.ts', 'export interface Clock { now(): number }\nexport declare const shared: number;\n');
    const b = file(
      'b.d.ts',
      "export { shared, type Clock as Timer } from './a.js';\nexport type Clock = () => number;\n",
    );
    const c = file('c.d.ts', "export * from './a.js';\nexport declare function only(): void;\n");

    it('reports a name declared twice, types included, with where each is declared', () => {
      const clashes = findNameClashes(
        [
          { specifier: '@x/a', types: a },
          { specifier: '@x/b', types: b },
          { specifier: '@x/c', types: c },
        ],
        dir,
      );
      expect(clashes).toEqual([
        {
          name: 'Clock',
          meanings: [
            { declaredAt: 'a.d.ts:1', entryPoints: ['@x/a', '@x/c'] },
            { declaredAt: 'b.d.ts:2', entryPoints: ['@x/b'] },
          ],
        },
      ]);
      expect(describeClash(clashes[0]!)).toBe(
        'Clock names 2 different declarations:\n  @x/a, @x/c → a.d.ts:1\n  @x/b → b.d.ts:2',
      );
    });

    it('accepts one symbol re-exported by several entry points', () => {
      expect(
        findNameClashes(
          [
            { specifier: '@x/a', types: a },
            { specifier: '@x/c', types: c },
          ],
          dir,
        ),
      ).toEqual([]);
    });
  });
});
