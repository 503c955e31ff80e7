import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Progress lines go to stderr so that `ht-services env` output stays clean. */
export function log(message: string): void {
  process.stderr.write(`[services] ${message}\n`);
}

/** Runs a command with inherited stderr, failing with the command line and its exit status. */
export function run(command: string, args: readonly string[], options: { cwd?: string; quiet?: boolean } = {}): void {
  const result = spawnSync(command, [...args], {
    cwd: options.cwd,
    stdio: ['ignore', options.quiet ? 'pipe' : 'inherit', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw new Error(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    const stderr = (result.stderr ?? '').trim().split('\n').slice(-15).join('\n');
    const stdout = options.quiet ? (result.stdout ?? '').trim().split('\n').slice(-15).join('\n') : '';
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}\n${stdout}\n${stderr}`.trim());
  }
}

/** True when the Debian package is installed. */
export function isDebInstalled(pkg: string): boolean {
  try {
    const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return status.includes('install ok installed');
  } catch {
    return false;
  }
}

let aptUpdated = false;

/** Installs the missing ones of `pkgs` with apt-get (needs root); a no-op when all are there. */
export function ensureDebPackages(pkgs: readonly string[]): void {
  const missing = pkgs.filter((p) => !isDebInstalled(p));
  if (missing.length === 0) return;
  if (process.getuid && process.getuid() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}; run: sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  if (!aptUpdated) {
    run('apt-get', ['update', '-qq']);
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { quiet: true });
}

/** Maven with the local repository under the cache folder, so clean clones reuse downloads. */
export function mvn(cacheDir: string, args: readonly string[], cwd?: string): void {
  ensureDebPackages(['maven']);
  const options = cwd === undefined ? { quiet: true } : { cwd, quiet: true };
  run('mvn', ['-B', '-q', `-Dmaven.repo.local=${join(cacheDir, 'm2')}`, ...args], options);
}

/** A folder is "installed" once its marker file exists: half-finished installs are redone. */
export function isInstalled(dir: string): boolean {
  return existsSync(join(dir, '.installed'));
}
