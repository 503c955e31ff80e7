import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The major version of a `java` binary (17, 21, 25 …), or undefined when it does not run. */
export function javaMajor(java: string): number | undefined {
  // `java -version` prints to stderr.
  const result = spawnSync(java, ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error || result.status !== 0) return undefined;
  return parseMajor(`${result.stderr}${result.stdout}`);
}

function parseMajor(versionText: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first; // "1.8.0" is Java 8
}

/**
 * The first Java of at least `minMajor` among `$JAVA_HOME`, `java` on the PATH and the JDKs under
 * /usr/lib/jvm. Undefined when there is none.
 */
export function findJava(minMajor: number): { java: string; major: number } | undefined {
  const candidates: string[] = [];
  const home = process.env['JAVA_HOME'];
  if (home) candidates.push(join(home, 'bin', 'java'));
  candidates.push('java');
  const jvmRoot = '/usr/lib/jvm';
  if (existsSync(jvmRoot)) {
    for (const dir of readdirSync(jvmRoot).sort().reverse()) candidates.push(join(jvmRoot, dir, 'bin', 'java'));
  }
  for (const java of candidates) {
    if (java.includes('/') && !existsSync(java)) continue;
    const major = javaMajor(java);
    if (major !== undefined && major >= minMajor) return { java, major };
  }
  return undefined;
}
