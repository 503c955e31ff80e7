import net from 'node:net';
import type { Admin, ISocketFactory } from 'kafkajs';

/**
 * Sockets to the brokers that the test can cut as a stopped broker would: `cut()` resets the open ones
 * (ECONNRESET) and makes every new one go to a port nothing listens on (refused at once); `restore()`
 * lets new ones through. (Destroying a socket without an error is what no network does: kafkajs never
 * hears of it and keeps timing out its requests on the dead connection, for ever.)
 */
export function cuttableSockets(): { socketFactory: ISocketFactory; cut(): void; restore(): void } {
  const open = new Set<net.Socket>();
  let cut = false;
  return {
    socketFactory: ({ host, port, onConnect }) => {
      const socket = net.connect(cut ? { host: '127.0.0.1', port: 1 } : { host, port }, onConnect);
      open.add(socket);
      socket.once('close', () => open.delete(socket));
      return socket;
    },
    cut() {
      cut = true;
      const reset = (): Error => Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
      for (const socket of open) socket.destroy(reset());
    },
    restore() {
      cut = false;
    },
  };
}

/** A consumer group's position on `topic`: the sum over partitions of its end offsets, its commits and the lag. */
export interface GroupPosition {
  readonly end: number;
  readonly committed: number;
  readonly lag: number;
}

/** Reads {@link GroupPosition} of `groupId` on `topic` (a partition never committed counts from 0). */
export async function groupPosition(admin: Admin, groupId: string, topic: string): Promise<GroupPosition> {
  const [ends, offsets] = await Promise.all([
    admin.fetchTopicOffsets(topic),
    admin.fetchOffsets({ groupId, topics: [topic] }),
  ]);
  const committedOf = new Map(
    (offsets[0]?.partitions ?? []).map((p) => [p.partition, Math.max(0, Number(p.offset))] as const),
  );
  let end = 0;
  let committed = 0;
  for (const p of ends) {
    end += Number(p.high);
    committed += committedOf.get(p.partition) ?? 0;
  }
  return { end, committed, lag: end - committed };
}
