// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Deep imports into another package's files bypass its `exports` map, its only public surface. */
const deepImportPatterns = [
  {
    group: ['@ht/*/src', '@ht/*/src/**', '@ht/*/dist', '@ht/*/dist/**', '@ht/*/test/**'],
    message: "Import the package's public entry point (its `exports` map), not its files.",
  },
];

export default defineConfig([
  globalIgnores(['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/*.d.ts', '**/generated/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      // A relative path into another workspace package is an internal import in disguise.
      'import-x/no-relative-packages': 'error',
      'no-restricted-imports': ['error', { patterns: deepImportPatterns }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: [
      'packages/*/src/**/*.ts',
      'packages/*/test/**/*.ts',
      'examples/*/src/**/*.ts',
      'examples/*/test/**/*.ts',
      'tools/*/src/**/*.ts',
      'tools/*/test/**/*.ts',
    ],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
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
  {
    files: ['**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
]);
