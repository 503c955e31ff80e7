import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE } from './workspace.js';

/**
 * The environment for npm and what a fresh project runs: ours without the `npm_*` and `pnpm_*` variables
 * pnpm sets for the script it runs (they would carry the workspace's pnpm settings into a project that is
 * not part of it).
 *
 * @example
 * ```ts
 * spawn('npx', ['ht', 'demo'], { cwd: project, env: npmEnv() });
 * ```
 */
export function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_/i.test(k) && !/^pnpm_/i.test(k)) env[k] = v;
  }
  return env;
}

/**
 * Runs `command` in `cwd` with {@link npmEnv} and returns its standard output; throws with the command,
 * the folder and everything it printed when it fails.
 *
 * @example
 * ```ts
 * runIn(project, 'npx', ['ht', '--help']);
 * ```
 */
export function runIn(cwd: string, command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { cwd, env: npmEnv(), encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`, { cause: e });
  }
}

/**
 * The version of `name` installed for a workspace package (`fromDir`, relative to the repository root;
 * `.` for the root), so a fresh project gets what the workspace tests with.
 *
 * @example
 * ```ts
 * workspaceVersion('packages/enricher-sdk', 'zod'); // '4.1.12'
 * ```
 */
export function workspaceVersion(fromDir: string, name: string): string {
  const manifest = join(WORKSPACE, fromDir, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * What {@link installNpmProject} installs: the project's name, the packed tarballs (@ht packages) and
 * any packages from the registry (`name@version`).
 *
 * @example
 * ```ts
 * const project: NpmProject = { name: 'ht-app', tarballs: ['/tmp/ht-sinks-0.1.0.tgz'], registryPackages: ['zod@4.1.12'] };
 * ```
 */
export interface NpmProject {
  readonly name: string;
  readonly tarballs: readonly string[];
  readonly registryPackages?: readonly string[];
}

/**
 * A fresh npm project in `dir` (an empty folder outside the workspace) with the tarballs and registry
 * packages installed by plain `npm install`, as a user's `npm install <package>` would have them.
 * `--prefer-offline` lets npm's cache answer what it has; no audit, no funding messages.
 *
 * @example
 * ```ts
 * installNpmProject(dir, { name: 'ht-app', tarballs: [...tarballs.values()] });
 * ```
 */
export function installNpmProject(dir: string, project: NpmProject): void {
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: project.name, version: '1.0.0', private: true, type: 'module' }, null, 2),
  );
  runIn(dir, 'npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--save-exact',
    ...project.tarballs,
    ...(project.registryPackages ?? []),
  ]);
}
