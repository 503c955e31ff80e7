import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installNpmProject, runIn, workspaceVersion } from '@ht/pack-testing';

/** The TypeScript a user compiles with (the brief pins it; the workspace uses the same). */
export const TYPESCRIPT_VERSION = '5.9.3';

/**
 * A fresh npm project in `dir` (outside the workspace) with the given tarballs installed by plain npm,
 * plus zod, typescript and @types/node from the registry, as a user's `npm install @ht/enricher-sdk zod`
 * would have it. `--prefer-offline` lets npm's cache answer reruns.
 */
export function createConsumerProject(dir: string, tarballs: readonly string[]): void {
  installNpmProject(dir, {
    name: 'ht-sdk-consumer',
    tarballs,
    registryPackages: [
      `zod@${workspaceVersion('packages/enricher-sdk', 'zod')}`,
      `typescript@${TYPESCRIPT_VERSION}`,
      `@types/node@${workspaceVersion('.', '@types/node')}`,
    ],
  });
  cpSync(join(import.meta.dirname, 'consumer'), join(dir, 'src'), { recursive: true });
  const compilerOptions = {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    // Check the published .d.ts too, not only the user's files.
    skipLibCheck: false,
    types: ['node'],
    rootDir: 'src',
    outDir: 'dist',
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }, null, 2));
}

/** Compiles the project with its own `tsc`; throws with the compiler's output on errors. */
export function compileConsumer(dir: string): void {
  runIn(dir, join(dir, 'node_modules', '.bin', 'tsc'), ['-p', '.']);
}

/** Runs the compiled `dist/main.js` and parses the JSON it prints. */
export function runConsumer(dir: string): unknown {
  return JSON.parse(runIn(dir, process.execPath, [join('dist', 'main.js')])) as unknown;
}
