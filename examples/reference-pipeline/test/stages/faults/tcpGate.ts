import net from 'node:net';

/**
 * A TCP forwarder to `target` on a loopback port of its own that the test opens and closes: closed, the
 * port refuses connections (like a stopped server) and the connections it carried are cut; open, it
 * forwards. Used for the schema registry, which is shared and must never be stopped.
 */
export interface TcpGate {
  readonly port: number;
  open(): Promise<void>;
  /** Stops listening and destroys every forwarded connection. */
  close(): Promise<void>;
}

/** A gate on `port` (free now) to `target` (`host:port`), closed until {@link TcpGate.open}. */
export function tcpGate(port: number, target: { host: string; port: number }): TcpGate {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const track = (socket: net.Socket): void => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  return {
    port,
    async open() {
      if (server !== undefined) return;
      const s = net.createServer((client) => {
        const upstream = net.connect(target);
        track(client);
        track(upstream);
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, '127.0.0.1', () => resolve());
      });
      server = s;
    },
    async close() {
      const s = server;
      server = undefined;
      if (s === undefined) return;
      const closed = new Promise<void>((resolve) => s.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
