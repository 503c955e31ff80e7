import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishProblems, WORKSPACE } from '../src/index.js';

describe('publishProblems', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A minimal publishable package: one module, its types and map, README, LICENSE. */
  function goodPackage(): string {
    dir = mkdtempSync(join(tmpdir(), 'ht-publish-check-'));
    mkdirSync(join(dir, 'dist'));
    mkdirSync(join(dir, 'src'));
    const manifest = {
      name: '@ht/x',
      version: '1.0.0',
      exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' }, './package.json': './package.json' },
      dependencies: { '@ht/y': '^1.0.0' },
    };
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'src/index.ts'), 'export const x = 1;\n');
    writeFileSync(join(dir, 'dist/index.js'), 'export const x = 1;\n//# sourceMappingURL=index.js.map\n');
    writeFileSync(join(dir, 'dist/index.js.map'), JSON.stringify({ version: 3, sources: ['../src/index.ts'] }));
    writeFileSync(join(dir, 'dist/index.d.ts'), 'export declare const x = 1;\n');
    writeFileSync(join(dir, 'README.md'), '# x\n\nSee [the guide](https://example.org/guide).\n');
    cpSync(join(WORKSPACE, 'LICENSE'), join(dir, 'LICENSE'));
    return dir;
  }

  it('finds nothing wrong with a publishable package', () => {
    expect(publishProblems(goodPackage())).toEqual([]);
  });

  it('names every problem of an unpublishable one', () => {
    const pkg = goodPackage();
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as Record<string, unknown>;
    manifest['exports'] = { '.': './src/index.ts', './testing': './dist/testing.js' };
    manifest['dependencies'] = { '@ht/y': 'workspace:^' };
    writeFileSync(join(pkg, 'package.json'), JSON.stringify(manifest));
    rmSync(join(pkg, 'src/index.ts'));
    writeFileSync(join(pkg, 'LICENSE'), 'MIT');
    writeFileSync(join(pkg, 'README.md'), 'See [the guide](../../docs/guide.md).\n');
    mkdirSync(join(pkg, 'test'));
    writeFileSync(join(pkg, 'test/x.test.ts'), '');
    writeFileSync(join(pkg, 'dist/.test-build-stamp'), '');
    // A runtime import of a package that is not a dependency (dev dependencies are not installed for users).
    writeFileSync(
      join(pkg, 'dist/logger.js'),
      "import pino from 'pino';\nimport { y } from '@ht/y/sub';\nimport { join } from 'node:path';\nimport fs from 'fs';\nexport const log = pino();\nexport const text = 'from \"nowhere\"';\n",
    );
    expect(publishProblems(pkg)).toEqual([
      'package.json still has a workspace: specifier',
      'export target ./src/index.ts is outside dist/',
      'export target ./src/index.ts is not in the package',
      'export target ./dist/testing.js is not in the package',
      'LICENSE differs from the repository LICENSE',
      'dist/.test-build-stamp should not be published',
      'dist/index.js.map maps to src/index.ts, which is not in the package (stale build output?)',
      'test/x.test.ts should not be published',
      'README links out of the package: ../../docs/guide.md',
      'dist/logger.js imports pino, which is not a dependency',
    ]);
  });
});
