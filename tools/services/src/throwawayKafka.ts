import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';
import { loadServicesConfig } from './config.js';
import { freePort } from './freePort.js';
import { stopChild } from './processes.js';
import { run } from './install.js';
import { KAFKA_LOG4J2, kafkaJavaArgs, kafkaServerProperties } from './services/kafka.js';

/**
 * A private Kafka broker (one KRaft node) for one test or bench: its own temporary folder and free
 * loopback ports, so it can be stopped and restarted (a broker restart mid-stream) without touching the
 * shared one. Uses the jars `ht-services up kafka` installed.
 */
export interface ThrowawayKafka {
  /** `127.0.0.1:<port>`. */
  readonly broker: string;
  readonly dir: string;
  /** Starts the broker (again, on the same data and ports) and waits until it answers metadata. */
  start(): Promise<void>;
  /** Stops it (SIGTERM, SIGKILL after 30 s) and waits for the exit. */
  stop(): Promise<void>;
  /** Stops it and deletes its folder. */
  destroy(): Promise<void>;
}

async function answers(broker: string): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'ht-throwaway-kafka',
    brokers: [broker],
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
    connectionTimeout: 1_000,
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * Prepares (formats its storage, does not start) a private Kafka broker under a new temporary folder,
 * on free ports, with `heapMb` of heap (default 384).
 *
 * @example
 * ```ts
 * const kafka = await throwawayKafka();
 * await kafka.start();
 * await kafka.stop();   // producers get errors, consumers wait
 * await kafka.start();  // and go on
 * await kafka.destroy();
 * ```
 */
export async function throwawayKafka(heapMb = 384): Promise<ThrowawayKafka> {
  const config = loadServicesConfig();
  const dir = mkdtempSync(join(tmpdir(), 'ht-kafka-'));
  const data = join(dir, 'data');
  mkdirSync(data, { recursive: true });
  const [brokerPort, controllerPort] = [await freePort(), await freePort()];
  const props = join(dir, 'server.properties');
  writeFileSync(props, kafkaServerProperties(brokerPort, controllerPort, data));
  writeFileSync(join(dir, 'log4j2.xml'), KAFKA_LOG4J2);
  run(
    'java',
    kafkaJavaArgs(
      config,
      dir,
      'kafka.tools.StorageTool',
      ['format', '-t', randomBytes(16).toString('base64url'), '-c', props],
      256,
    ),
    { quiet: true },
  );
  const broker = `127.0.0.1:${brokerPort}`;
  let child: ChildProcess | undefined;

  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    await stopChild(running, 'SIGTERM', 30_000);
  };

  return {
    broker,
    dir,
    async start() {
      if (child !== undefined) return;
      const log = openSync(join(dir, 'kafka.log'), 'a');
      child = spawn('java', kafkaJavaArgs(config, dir, 'kafka.Kafka', [props], heapMb), {
        cwd: dir,
        stdio: ['ignore', log, log],
      });
      closeSync(log);
      const started = child;
      for (let waited = 0; waited < 120_000; waited += 500) {
        if (started.exitCode !== null)
          throw new Error(`private Kafka exited (${started.exitCode}); see ${dir}/kafka.log`);
        if (await answers(broker)) return;
        await sleep(500);
      }
      throw new Error(`private Kafka did not answer within 120 s; see ${dir}/kafka.log`);
    },
    stop,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
