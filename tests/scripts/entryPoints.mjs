// @ts-check
// The public entry points of the workspace: every `exports` key of packages/* and examples/* whose target
// has types. Shared by the name-clash test (tests/test/publicNames.test.ts) and the `@example` check
// (tests/scripts/checkExamples.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One public entry point: the specifier users import and its declaration file.
 * @typedef {{ specifier: string; packageDir: string; types: string }} EntryPoint
 */

/**
 * Every public entry point with a declaration file, in a stable order.
 * @param {string} root the repository root
 * @returns {EntryPoint[]} e.g. `{ specifier: '@ht/sinks/testing', packageDir: 'packages/sinks', types: '/…/packages/sinks/dist/testing/index.d.ts' }`
 */
export function publicEntryPoints(root) {
  return ['packages', 'examples'].flatMap((group) =>
    readdirSync(join(root, group))
      .sort()
      .map((d) => `${group}/${d}`)
      .filter((dir) => existsSync(join(root, dir, 'package.json')))
      .flatMap((packageDir) => {
        const manifest = JSON.parse(readFileSync(join(root, packageDir, 'package.json'), 'utf8'));
        return Object.entries(manifest.exports ?? {}).flatMap(([key, target]) => {
          const types = typeof target === 'string' ? target : target?.types;
          if (typeof types !== 'string' || !types.endsWith('.d.ts')) return [];
          const specifier = key === '.' ? manifest.name : `${manifest.name}/${key.replace(/^\.\//, '')}`;
          return [{ specifier, packageDir, types: join(root, packageDir, types) }];
        });
      }),
  );
}
