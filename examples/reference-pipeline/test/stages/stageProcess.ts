import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { HT_CLI } from '../e2e/htProcess.js';

/** A running `ht stage <name>` child process. */
export interface StageProcess {
  readonly child: ChildProcess;
  readonly opsUrl: string;
  output(): string;
  /** SIGTERM, then the exit code (SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<number | null>;
  /** `kill -9`: resolves once it is gone. */
  kill(): Promise<void>;
}

/**
 * Spawns `ht stage <name> --config <file> --ops-port <port>` (then `extraArgs`) and resolves once its
 * `/readyz` answers 200; `onOutput` sees its stdout and stderr as they come. `nodeArgs` go to node itself,
 * before the CLI (`--cpu-prof`, which `NODE_OPTIONS` refuses).
 */
export async function startStage(
  name: string,
  config: string,
  opsPort: number,
  timeoutMs = 60_000,
  extraArgs: readonly string[] = [],
  onOutput?: (text: string) => void,
  nodeArgs: readonly string[] = [],
): Promise<StageProcess> {
  const args = [...nodeArgs, HT_CLI, 'stage', name, '--config', config, '--ops-port', String(opsPort), ...extraArgs];
  const child = spawn(process.execPath, args, {
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const take = (chunk: Buffer): void => {
    output += chunk.toString();
    onOutput?.(chunk.toString());
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const opsUrl = `http://127.0.0.1:${opsPort}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exitCode !== undefined)
      throw new Error(`ht stage ${name} exited with ${exitCode} before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`ht stage ${name} was not ready within ${timeoutMs} ms:\n${output}`);
    }
    const status = await fetch(`${opsUrl}/readyz`).then(
      async (r) => (await r.arrayBuffer(), r.status),
      () => 0,
    );
    if (status === 200) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    opsUrl,
    output: () => output,
    async stop(stopTimeoutMs = 30_000) {
      if (exitCode !== undefined) return exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    async kill() {
      if (exitCode !== undefined) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
