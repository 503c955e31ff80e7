import { HtError } from '@ht/stream-core/errors';
import type { Redis, RedisOptions } from 'ioredis';

/**
 * A URL with its password left out, for messages.
 *
 * @example
 * ```ts
 * redactedUrl('redis://:s3cret@cache:6379'); // 'redis://:***@cache:6379'
 * ```
 */
export function redactedUrl(url: string): string {
  const u = new URL(url);
  if (u.password !== '') u.password = '***';
  return u.toString();
}

/**
 * A Redis client of `url` for the config key `key`, connected: a Redis that cannot be reached at start
 * stops the stage (`DEPENDENCY_UNAVAILABLE`, exit status 3), naming the key and the URL (password
 * hidden). Later connection losses are not reported as events: the commands that need the connection fail
 * and their callers report them, while ioredis reconnects. ioredis is loaded only by a stage that uses it.
 *
 * @example
 * ```ts
 * const client = await connectRedis('redis://127.0.0.1:6379', 'entities', { maxRetriesPerRequest: 1 });
 * ```
 */
export async function connectRedis(url: string, key: string, options: RedisOptions = {}): Promise<Redis> {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { ...options, lazyConnect: true });
  client.on('error', () => undefined);
  await client.connect().catch((error: unknown) => {
    client.disconnect();
    throw new HtError(
      'DEPENDENCY_UNAVAILABLE',
      `${key}: Redis at ${redactedUrl(url)} cannot be reached: ${(error as Error).message}`,
      { cause: error },
    );
  });
  return client;
}

/**
 * Closes a client of {@link connectRedis}: `QUIT` when connected, else at once.
 *
 * @example
 * ```ts
 * await closeRedis(client);
 * ```
 */
export async function closeRedis(client: Redis): Promise<void> {
  await client.quit().catch(() => client.disconnect());
}
