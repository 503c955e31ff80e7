import { execFileSync } from 'node:child_process';

/**
 * The process ids under `root` (children, grandchildren, …) whose command line matches `pattern`, from
 * `ps`. `npx ht …` runs `ht` as a child of npm: a signal meant for `ht` goes to it, not to npm (npm
 * exits at once on SIGTERM, and on SIGINT it waits for `ht` but then exits by the signal itself, so its
 * status would not be `ht`'s).
 *
 * @example
 * ```ts
 * const [ht] = descendantsMatching(npx.pid!, /\/\.bin\/ht demo/);
 * ```
 */
export function descendantsMatching(root: number, pattern: RegExp): number[] {
  const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] ?? '' }));
  const found: number[] = [];
  const below = new Set([root]);
  // Parents come before their children in pid order except after pid wrap-around: repeat until stable.
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows) {
      if (below.has(row.ppid) && !below.has(row.pid)) {
        below.add(row.pid);
        grew = true;
        if (pattern.test(row.args)) found.push(row.pid);
      }
    }
  }
  return found;
}
