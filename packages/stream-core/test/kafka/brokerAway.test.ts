import { EventEmitter } from 'node:events';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import { describe, expect, it, vi } from 'vitest';
import { isHtError } from '../../src/index.js';
import { kafkajsConsumer, kafkajsProducer } from '../../src/kafka/index.js';
import { isTransientKafkaError } from '../../src/kafka/transientKafkaError.js';

/** What kafkajs throws once its retries ran out on a broker that is down: a non-retriable wrapper of the connection error. */
function retriesRanOut(): Error {
  const refused = Object.assign(new Error('Connection error: connect ECONNREFUSED 127.0.0.1:9092'), {
    name: 'KafkaJSConnectionError',
    retriable: true,
  });
  return Object.assign(new Error(refused.message), {
    name: 'KafkaJSNonRetriableError',
    retriable: false,
    cause: refused,
  });
}

/** What kafkajs's consumer stops with, and does not restart, when the group coordinator stays away. */
function coordinatorAway(): Error {
  const notFound = Object.assign(new Error('Failed to find group coordinator'), {
    name: 'KafkaJSGroupCoordinatorNotFound',
    retriable: false,
  });
  return Object.assign(new Error(notFound.message), {
    name: 'KafkaJSNonRetriableError',
    retriable: false,
    cause: notFound,
  });
}

describe('a broker that is away longer than kafkajs retries (docs/reliability.md, a broker restart)', () => {
  it('is told apart from a refusal, whatever wraps it', () => {
    expect(isTransientKafkaError(retriesRanOut())).toBe(true);
    expect(isTransientKafkaError(coordinatorAway())).toBe(true);
    const tooLarge = Object.assign(new Error('The request included a message larger than the max message size'), {
      name: 'KafkaJSProtocolError',
      type: 'MESSAGE_TOO_LARGE',
      retriable: false,
    });
    expect(isTransientKafkaError(tooLarge)).toBe(false);
    expect(isTransientKafkaError(Object.assign(new Error('wrapped'), { retriable: false, cause: tooLarge }))).toBe(
      false,
    );
    expect(isTransientKafkaError('ECONNREFUSED')).toBe(false);
  });

  it('makes a send that failed on it a retriable DEPENDENCY_UNAVAILABLE (the engine retries the write)', async () => {
    const producer = {
      connect: async () => undefined,
      send: async () => {
        throw retriesRanOut();
      },
    } as unknown as Producer;
    const port = await kafkajsProducer({ producer: () => producer } as unknown as Kafka);
    const error: unknown = await port.send('raw-spans', []).catch((e: unknown) => e);
    expect(isHtError(error, 'DEPENDENCY_UNAVAILABLE')).toBe(true);
    expect(error).toMatchObject({ retriable: true });
  });

  it('connects and runs the consumer again when kafkajs stopped it for good, and reports other crashes', async () => {
    vi.useFakeTimers();
    try {
      const events = new EventEmitter();
      const calls: string[] = [];
      let connectFails = 1;
      const consumer = {
        events: { GROUP_JOIN: 'join', CRASH: 'crash' },
        on: (name: string, listener: (e: unknown) => void) => {
          events.on(name, listener);
          return () => events.off(name, listener);
        },
        connect: async () => {
          calls.push('connect');
          // The first reconnection finds the broker still down.
          if (calls.filter((c) => c === 'connect').length > 1 && connectFails-- > 0) throw retriesRanOut();
        },
        subscribe: async () => void calls.push('subscribe'),
        run: async () => void calls.push('run'),
        disconnect: async () => void calls.push('disconnect'),
      } as unknown as Consumer;
      const restarts: number[] = [];
      const port = kafkajsConsumer({ consumer: () => consumer } as unknown as Kafka, {
        groupId: 'g',
        onRestart: (_e, attempt, delayMs) => restarts.push(attempt, delayMs),
      });
      const crashes: unknown[] = [];
      await port.start(['raw-spans'], {
        onAssigned: () => undefined,
        onBatch: async () => undefined,
        onCrash: (e) => crashes.push(e),
      });
      expect(calls).toEqual(['connect', 'subscribe', 'run']);

      // kafkajs gave up (restart: false) on the coordinator: connected and run again after 1 s, then 2 s.
      events.emit('crash', { payload: { error: coordinatorAway(), restart: false } });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(calls.slice(3)).toEqual(['connect']); // refused: the broker is still down
      await vi.advanceTimersByTimeAsync(2_000);
      expect(calls.slice(3)).toEqual(['connect', 'connect', 'run']);
      expect(restarts).toEqual([0, 1_000, 1, 2_000]);
      expect(crashes).toEqual([]);

      // A crash kafkajs restarts itself is left to it; any other is the job's.
      events.emit('crash', { payload: { error: coordinatorAway(), restart: true } });
      const fatal = new Error('Invalid session timeout');
      events.emit('crash', { payload: { error: fatal, restart: false } });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(calls.slice(3)).toEqual(['connect', 'connect', 'run']);
      expect(crashes).toEqual([fatal]);

      // Stopped: no restart any more.
      await port.stop();
      events.emit('crash', { payload: { error: coordinatorAway(), restart: false } });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(calls.at(-1)).toBe('disconnect');
    } finally {
      vi.useRealTimers();
    }
  });
});
