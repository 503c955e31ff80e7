import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Loaded by path, as ESLint loads it: the rules under test are the repository's own.
const { boundaries, layers, testOnlyImports } = (await import(
  pathToFileURL(join(root, 'eslint.boundaries.js')).href
)) as {
  boundaries: Linter.Config[];
  layers: Readonly<Record<string, { name: string; mayImport: readonly string[] }>>;
  testOnlyImports: readonly string[];
};
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: boundaries });

type Manifest = {
  name: string;
  type: string;
  exports: Record<string, { types?: string; import?: string } | string>;
} & Partial<Record<(typeof dependencyKinds)[number], Record<string, string>>>;

const dependencyKinds = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'] as const;

/** Every workspace package folder (`packages/x`, `examples/x`, `tools/x`). */
const packageDirs = ['packages', 'examples', 'tools'].flatMap((group) =>
  readdirSync(join(root, group))
    .filter((d) => existsSync(join(root, group, d, 'package.json')))
    .map((d) => `${group}/${d}`),
);
const manifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest;
const packageNames = packageDirs.map((dir) => manifest(dir).name);

/** The boundary-rule messages ESLint reports for `code` placed at `file` (a path in the repo). */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

/** The layer violations of a manifest: each @ht dependency its layer does not allow, as `kind: name`. */
function manifestViolations(dir: string, m: Manifest): string[] {
  const layer = layers[dir];
  if (!layer) return [];
  return dependencyKinds.flatMap((kind) =>
    Object.keys(m[kind] ?? {})
      .filter((dep) => dep.startsWith('@ht/'))
      .filter((dep) => !layer.mayImport.includes(dep) && !(kind === 'devDependencies' && testOnlyImports.includes(dep)))
      .map((dep) => `${kind}: ${dep}`),
  );
}

describe('package boundaries', () => {
  it('allows a public entry point import', async () => {
    expect(await violations('packages/sinks/src/probe.ts', "import { HtError } from '@ht/stream-core';\n")).toEqual([]);
  });

  it("refuses deep imports into another package's files", async () => {
    for (const file of ['packages/sinks/src/probe.ts', 'examples/reference-pipeline/src/probe.ts']) {
      for (const spec of [
        '@ht/enricher-sdk/src/model/Span.js',
        '@ht/stream-core/dist/index.js',
        '@ht/stream-core/src',
      ]) {
        const found = await violations(file, `import '${spec}';\n`);
        expect(found, spec).toHaveLength(1);
        expect(found[0]).toMatch(/^no-restricted-imports: .*public entry point/);
      }
    }
  });

  it('refuses relative paths into another workspace package', async () => {
    const found = await violations('packages/sinks/src/probe.ts', "import { x } from '../../sources/src/index.js';\n");
    expect(found.some((m) => m.startsWith('import-x/no-relative-packages'))).toBe(true);
  });

  it('gives every package under packages/ and tools/ a layer', () => {
    const unlayered = packageDirs.filter((dir) => !dir.startsWith('examples/') && !layers[dir]);
    expect(unlayered).toEqual([]);
    for (const [dir, { name }] of Object.entries(layers)) expect(manifest(dir).name, dir).toBe(name);
  });

  describe.each(Object.entries(layers))('layer of %s', (dir, { name, mayImport }) => {
    const refused = packageNames.filter((p) => p !== name && !mayImport.includes(p));

    it.each(refused)(`refuses %s in ${dir}/src, its tests and its re-exports`, async (other) => {
      for (const code of [`import { x } from '${other}';\n`, `export { X } from '${other}/testing';\n`]) {
        for (const file of [`${dir}/src/probe.ts`, `${dir}/bench/probe.ts`]) {
          expect(await violations(file, code), `${file}: ${code}`).toEqual([
            expect.stringMatching(new RegExp(`^no-restricted-imports: .*${name} may import (only|no other)`)),
          ]);
        }
        if (!testOnlyImports.includes(other)) {
          expect(await violations(`${dir}/test/probe.ts`, code), code).toHaveLength(1);
        }
      }
    });

    it(`allows ${[name, ...mayImport].join(', ')} and their subpaths`, async () => {
      for (const allowed of [name, ...mayImport]) {
        const code = `import { x } from '${allowed}';\nimport { y } from '${allowed}/testing';\n`;
        expect(await violations(`${dir}/src/probe.ts`, code), allowed).toEqual([]);
      }
    });
  });

  it('keeps sources and sinks apart', async () => {
    expect(await violations('packages/sources/src/probe.ts', "import { x } from '@ht/sinks';\n")).toEqual([
      expect.stringMatching(/sources and sinks never import each other/),
    ]);
    expect(await violations('packages/sinks/src/probe.ts', "import { x } from '@ht/sources';\n")).toEqual([
      expect.stringMatching(/sources and sinks never import each other/),
    ]);
  });

  it('lets tests, and only tests, use the services tool', async () => {
    const code = "import { serviceEndpoints } from '@ht/services';\n";
    expect(await violations('packages/sinks/test/support/probe.ts', code)).toEqual([]);
    expect(await violations('packages/sinks/src/probe.ts', code)).toHaveLength(1);
  });

  it('lets examples and the repository tests import any package', async () => {
    const code = packageNames.map((p, i) => `import { x${i} } from '${p}';\n`).join('');
    expect(await violations('examples/reference-pipeline/src/probe.ts', code)).toEqual([]);
    expect(await violations('tests/test/probe.test.ts', code)).toEqual([]);
  });
});

describe('package manifests', () => {
  it.each(packageDirs)('%s declares only the @ht dependencies its layer allows', (dir) => {
    expect(manifestViolations(dir, manifest(dir))).toEqual([]);
  });

  it('catches a manifest dependency across the layers', () => {
    const sources = manifest('packages/sources');
    const probe = {
      ...sources,
      dependencies: { ...sources.dependencies, '@ht/sinks': 'workspace:^' },
      peerDependencies: { '@ht/services': 'workspace:^' },
    };
    expect(manifestViolations('packages/sources', probe)).toEqual([
      'dependencies: @ht/sinks',
      'peerDependencies: @ht/services',
    ]);
    const core = { ...manifest('packages/stream-core'), devDependencies: { '@ht/enricher-sdk': 'workspace:^' } };
    expect(manifestViolations('packages/stream-core', core)).toEqual(['devDependencies: @ht/enricher-sdk']);
  });

  it.each(packageDirs.filter((d) => !d.startsWith('tools/')))(
    '%s is an ESM @ht package with an exports map and built types',
    (dir) => {
      const m = manifest(dir);
      // Library packages are named after their folder; example apps and plugins only share the scope.
      if (dir.startsWith('packages/')) expect(m.name).toBe(`@ht/${dir.split('/')[1]}`);
      else expect(m.name).toMatch(/^@ht\/[a-z0-9-]+$/);
      expect(m.type).toBe('module');
      expect(m.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
    },
  );
});
