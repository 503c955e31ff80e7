import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** True when a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid recorded in `pidFile`, if that process is still alive. */
export function runningPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return pid;
  rmSync(pidFile, { force: true });
  return undefined;
}

/** How to start a long-running service process. */
export interface DaemonSpec {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly logFile: string;
  readonly pidFile: string;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Starts a process in its own process group, detached from ours, with stdout and stderr appended to
 * `logFile`, and records its pid. It outlives the CLI that started it; {@link stopDaemon} ends it.
 */
export function startDaemon(spec: DaemonSpec): number {
  mkdirSync(dirname(spec.logFile), { recursive: true });
  mkdirSync(dirname(spec.pidFile), { recursive: true });
  const log = openSync(spec.logFile, 'a');
  try {
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...process.env, ...spec.env },
    });
    if (child.pid === undefined) throw new Error(`could not start ${spec.command}; see ${spec.logFile}`);
    child.unref();
    writeFileSync(spec.pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(log);
  }
}

/**
 * Stops the process recorded in `pidFile` and its group: SIGTERM, then SIGKILL after `graceMs`.
 * Returns false when nothing was running.
 */
export async function stopDaemon(pidFile: string, graceMs = 20_000): Promise<boolean> {
  const pid = runningPid(pidFile);
  if (pid === undefined) return false;
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    signalGroup(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
  rmSync(pidFile, { force: true });
  return true;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

/** The last `lines` lines of a log file, for error messages. */
export function tailLog(logFile: string, lines = 20): string {
  if (!existsSync(logFile)) return '(no log yet)';
  return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Stops a child process this process started: `signal`, then SIGKILL after `killAfterMs`; resolves once
 * it exited (at once when it already had, or when there is none).
 *
 * @example
 * ```ts
 * await stopChild(spawn('redis-server', ['--port', '0']), 'SIGTERM', 10_000);
 * ```
 */
export async function stopChild(
  child: ChildProcess | undefined,
  signal: 'SIGTERM' | 'SIGKILL',
  killAfterMs: number,
): Promise<void> {
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  await exited;
  clearTimeout(killer);
}
