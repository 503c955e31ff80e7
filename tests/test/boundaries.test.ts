import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Loaded by path, as ESLint loads it: the rules under test are the repository's own.
const { boundaries } = (await import(pathToFileURL(join(root, 'eslint.boundaries.js')).href)) as {
  boundaries: Linter.Config[];
};
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: boundaries });

/** The boundary-rule messages ESLint reports for `code` placed at `file` (a path in the repo). */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('package boundaries', () => {
  it('allows a public entry point import', async () => {
    expect(await violations('packages/sinks/src/probe.ts', "import { HtError } from '@ht/stream-core';\n")).toEqual([]);
  });

  it("refuses deep imports into another package's files", async () => {
    for (const spec of ['@ht/enricher-sdk/src/model/Span.js', '@ht/stream-core/dist/index.js', '@ht/sources/src']) {
      const found = await violations('packages/sinks/src/probe.ts', `import '${spec}';\n`);
      expect(found, spec).toHaveLength(1);
      expect(found[0]).toMatch(/^no-restricted-imports: .*public entry point/);
    }
  });

  it('refuses relative paths into another workspace package', async () => {
    const found = await violations('packages/sinks/src/probe.ts', "import { x } from '../../sources/src/index.js';\n");
    expect(found.some((m) => m.startsWith('import-x/no-relative-packages'))).toBe(true);
  });

  it('refuses any other @ht package in stream-core', async () => {
    const found = await violations('packages/stream-core/src/probe.ts', "import { x } from '@ht/enricher-sdk';\n");
    expect(found).toEqual([expect.stringMatching(/must not depend on any other @ht package/)]);
    expect(await violations('packages/stream-core/src/probe.ts', "import { x } from '@ht/stream-core';\n")).toEqual([]);
  });

  it('keeps stream-core free of @ht dependencies in its manifest too', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages/stream-core/package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    const deps = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((k) =>
      Object.keys(manifest[k] ?? {}),
    );
    expect(deps.filter((d) => d.startsWith('@ht/'))).toEqual([]);
  });
});

describe('package manifests', () => {
  const dirs = ['packages', 'examples'].flatMap((group) => readdirSync(join(root, group)).map((d) => join(group, d)));

  it.each(dirs)('%s is an ESM @ht package with an exports map and built types', (dir) => {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
      name: string;
      type: string;
      exports: Record<string, { types?: string; import?: string } | string>;
    };
    // Library packages are named after their folder; example apps and plugins only share the scope.
    if (dir.startsWith('packages/')) expect(manifest.name).toBe(`@ht/${dir.split('/')[1]}`);
    else expect(manifest.name).toMatch(/^@ht\/[a-z0-9-]+$/);
    expect(manifest.type).toBe('module');
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
  });
});
