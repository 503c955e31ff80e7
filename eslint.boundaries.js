// @ts-check
// Package boundaries, enforced by ESLint on every file (`tests/test/boundaries.test.ts` proves each rule fires):
// - no deep imports into another package's files: only its `exports` map is public;
// - no relative paths into another workspace package;
// - @ht/stream-core (the engine) imports no other @ht package.
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';

/** Deep imports into another package's files bypass its `exports` map, its only public surface. */
const deepImportPatterns = [
  {
    group: ['@ht/*/src', '@ht/*/src/**', '@ht/*/dist', '@ht/*/dist/**', '@ht/*/test/**'],
    message: "Import the package's public entry point (its `exports` map), not its files.",
  },
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
  {
    // The engine knows nothing of tracing: it may import no other @ht package.
    files: ['packages/stream-core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...deepImportPatterns,
            {
              group: ['@ht/*', '!@ht/stream-core'],
              message: '@ht/stream-core must not depend on any other @ht package.',
            },
          ],
        },
      ],
    },
  },
];
