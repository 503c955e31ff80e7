import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE } from './tarball.js';

/** The TypeScript a user compiles with (the brief pins it; the workspace uses the same). */
export const TYPESCRIPT_VERSION = '5.9.3';

/** The version of a package installed in the workspace, so the fresh project gets what we test with. */
function workspaceVersion(fromDir: string, name: string): string {
  const manifest = join(WORKSPACE, fromDir, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * The environment for npm: ours without the `npm_*` variables pnpm sets for the script it runs (they
 * would carry the workspace's pnpm settings into a project that is not part of it).
 */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_/i.test(k) && !/^pnpm_/i.test(k)) env[k] = v;
  }
  return env;
}

function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, env: npmEnv(), encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`, { cause: e });
  }
}

/**
 * A fresh npm project in `dir` (outside the workspace) with the given tarballs installed by plain npm,
 * plus zod, typescript and @types/node from the registry, as a user's `npm install @ht/enricher-sdk zod`
 * would have it. `--prefer-offline` lets npm's cache answer reruns.
 */
export function createConsumerProject(dir: string, tarballs: readonly string[]): void {
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'ht-sdk-consumer', version: '1.0.0', private: true, type: 'module' }, null, 2),
  );
  const registryPackages = [
    `zod@${workspaceVersion('packages/enricher-sdk', 'zod')}`,
    `typescript@${TYPESCRIPT_VERSION}`,
    `@types/node@${workspaceVersion('.', '@types/node')}`,
  ];
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-exact', ...tarballs, ...registryPackages],
    dir,
  );
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
  run(join(dir, 'node_modules', '.bin', 'tsc'), ['-p', '.'], dir);
}

/** Runs the compiled `dist/main.js` and parses the JSON it prints. */
export function runConsumer(dir: string): unknown {
  return JSON.parse(run(process.execPath, [join('dist', 'main.js')], dir)) as unknown;
}
