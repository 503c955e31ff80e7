// @ts-check
// Package boundaries, enforced by ESLint on every file (`tests/test/boundaries.test.ts` proves each rule fires
// and checks the package manifests against the same layers):
// - no deep imports into another package's files: only its `exports` map is public;
// - no relative paths into another workspace package;
// - the layer order: stream-core ← enricher-sdk ← sources, sinks ← examples. Each package imports only the
//   @ht packages below it (sources and sinks never import each other); examples and tests/ import any.
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';

/** Deep imports into another package's files bypass its `exports` map, its only public surface. */
const deepImportPatterns = [
  {
    group: ['@ht/*/src', '@ht/*/src/**', '@ht/*/dist', '@ht/*/dist/**', '@ht/*/test/**'],
    message: "Import the package's public entry point (its `exports` map), not its files.",
  },
];

/**
 * The layer of each workspace package that other packages build on: the @ht packages its code may import
 * (besides itself). Packages not listed (the other examples/*, tests/) may import any @ht package.
 * @type {Readonly<Record<string, { name: string; mayImport: readonly string[] }>>}
 */
export const layers = {
  'packages/stream-core': { name: '@ht/stream-core', mayImport: [] },
  'packages/enricher-sdk': { name: '@ht/enricher-sdk', mayImport: ['@ht/stream-core'] },
  'packages/sources': { name: '@ht/sources', mayImport: ['@ht/stream-core', '@ht/enricher-sdk'] },
  'packages/sinks': { name: '@ht/sinks', mayImport: ['@ht/stream-core', '@ht/enricher-sdk'] },
  // The query API is a library the `ht` process mounts: it builds on the packages, never on `ht` itself.
  'examples/graphql': {
    name: '@ht/graphql',
    mayImport: ['@ht/stream-core', '@ht/enricher-sdk', '@ht/sources', '@ht/sinks'],
  },
  'tools/services': { name: '@ht/services', mayImport: [] },
  'tools/pack-testing': { name: '@ht/pack-testing', mayImport: [] },
};

/**
 * What a package's tests may import besides its layer: the services tool that starts Kafka, ClickHouse, …,
 * and the pack-and-install helpers (pnpm pack, publish checks, a fresh npm project).
 */
export const testOnlyImports = ['@ht/services', '@ht/pack-testing'];

/** Why a layer may import only what it does, for the lint message. */
const layerMessage = (/** @type {string} */ name, /** @type {readonly string[]} */ allowed) =>
  `${name} may import ${allowed.length ? `only ${allowed.join(', ')}` : 'no other @ht package'} ` +
  '(layer order: stream-core ← enricher-sdk ← sources, sinks ← examples; sources and sinks never import each other).';

/** `no-restricted-imports` patterns refusing every @ht package except the package itself and `allowed`. */
const layerPatterns = (/** @type {string} */ name, /** @type {readonly string[]} */ allowed) => [
  ...deepImportPatterns,
  {
    group: ['@ht/*', ...[name, ...allowed].flatMap((p) => [`!${p}`, `!${p}/*`])],
    message: layerMessage(name, allowed),
  },
];

const sourceFiles = (/** @type {string} */ dir) => [
  `${dir}/**/*.ts`,
  `${dir}/**/*.tsx`,
  `${dir}/**/*.js`,
  `${dir}/**/*.mjs`,
];

/** @type {import('eslint').Linter.Config[]} */
export const boundaries = [
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    plugins: { 'import-x': importX },
    // Resolves `./x.js` to `./x.ts` as TypeScript does, so relative imports are checked against real files.
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })] },
    rules: {
      // A relative path into another workspace package is an internal import in disguise.
      'import-x/no-relative-packages': 'error',
      'no-restricted-imports': ['error', { patterns: deepImportPatterns }],
    },
  },
  ...Object.entries(layers).flatMap(([dir, { name, mayImport }]) => [
    {
      files: sourceFiles(dir),
      rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(name, mayImport) }] },
    },
    {
      // Tests also start the real services through the services tool.
      files: sourceFiles(`${dir}/test`),
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: layerPatterns(name, [...mayImport, ...testOnlyImports.filter((t) => t !== name)]) },
        ],
      },
    },
  ]),
];
