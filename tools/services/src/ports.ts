import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

/** True when nothing listens on `127.0.0.1:port` (we can bind it ourselves). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolvePromise(true)));
  });
}

/** The process listening on a TCP port. */
export interface PortHolder {
  readonly pid: number | undefined;
  readonly command: string;
}

/**
 * Who listens on `port`, read from `ss -Hltnp` (iproute2). Undefined when nobody does or `ss` cannot tell.
 */
export function portHolder(port: number): PortHolder | undefined {
  let out: string;
  try {
    out = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
  const line = out.split('\n').find((l) => l.trim().length > 0);
  if (!line) return undefined;
  const match = /users:\(\("([^"]+)",pid=(\d+)/.exec(line);
  return match ? { command: match[1] ?? '?', pid: Number(match[2]) } : { command: 'unknown process', pid: undefined };
}

/** "port 9092 (kafka broker) is taken by java (pid 1234)" — the message `up` fails with. */
export function describeTakenPort(port: number, purpose: string): string {
  const holder = portHolder(port);
  const who = holder ? `${holder.command}${holder.pid === undefined ? '' : ` (pid ${holder.pid})`}` : 'another process';
  return `port ${port} (${purpose}) is already taken by ${who}; stop it or move the port (see docs/development.md)`;
}
