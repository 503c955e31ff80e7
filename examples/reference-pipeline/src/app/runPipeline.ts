import { createQueryServer, jaegerQueryRoute } from '@ht/graphql';
import type { QueryRoute, RunningQueryServer } from '@ht/graphql';
import { count } from '@ht/sinks';
import type { ViewStore } from '@ht/sinks';
import { FORMATS, receiverEndpoints } from '@ht/sources';
import type { HtConfig } from '../config/index.js';
import { grouperOptionsOf, receiverPorts } from '../config/index.js';
import { demoEndpoints, startDemoTraffic } from '../demo/index.js';
import type { DemoTraffic } from '../demo/index.js';
import { startLocalPipeline } from '../local/index.js';
import type { PipelineCounters, RunningLocalPipeline } from '../local/index.js';
import {
  createLogger,
  ProgressReporter,
  PrometheusMetrics,
  ReadinessFlag,
  startOpsServer,
  toSdkLogger,
} from '../ops/index.js';
import type { LogDestination, RunningOpsServer } from '../ops/index.js';
import type { Logger as PinoLogger } from 'pino';
import { findUiDist, uiRoutes } from '../ui/index.js';
import { ExitCode, exitCodeOf } from './exitCodes.js';
import { openStore } from './openStore.js';

/**
 * What {@link runPipeline} runs besides the config: demo traffic, and where relative plugin paths resolve.
 *
 * @example
 * ```ts
 * const options: RunPipelineOptions = { title: 'ht demo', traffic: { spansPerSecond: 200, seed: 1 } };
 * ```
 */
export interface RunPipelineOptions {
  /** The first word of the banner (`ht demo`, `ht run`). */
  readonly title: string;
  /** Where `plugins` modules named by relative paths resolve (the config file's folder). */
  readonly configDir?: string;
  /** Demo traffic into the pipeline's own receivers (off when absent). */
  readonly traffic?: { readonly spansPerSecond: number; readonly seed: number };
  /** Resolves to stop the pipeline (default: the first SIGINT or SIGTERM). */
  readonly stopSignal?: Promise<unknown>;
  /** Where the banner, progress and logs go (default `process.stdout`). */
  readonly output?: NodeJS.WritableStream & { isTTY?: boolean };
  /**
   * More routes on the UI + GraphQL port, beside `/graphql` and the Jaeger-compatible query API (`GET
   * /api/*`, always served); matched before it.
   */
  readonly queryRoutes?: readonly QueryRoute[];
}

/** A URL for a receiver endpoint, by its transport (what a client is configured with). */
function endpointUrl(name: string, host: string, port: number): string {
  const endpoint = receiverEndpoints(FORMATS).find((e) => e.name === name);
  if (endpoint?.transport === 'udp') return `udp://${host}:${port}`;
  const path = endpoint?.transport === 'http' ? (endpoint.paths?.[0] ?? '') : '';
  return `http://${host}:${port}${path}`;
}

/** Resolves on the first SIGINT or SIGTERM; a second one exits at once. */
function firstSignal(onSecond: () => void): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handler = (signal: NodeJS.Signals): void => {
      process.removeListener('SIGINT', handler);
      process.removeListener('SIGTERM', handler);
      process.once('SIGINT', onSecond);
      process.once('SIGTERM', onSecond);
      resolve(signal);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}

/**
 * Runs the one-process pipeline a config describes until SIGINT/SIGTERM (or `stopSignal`), then drains
 * what was accepted into the store and returns the exit status ({@link ExitCode}). Prints where to look
 * first (receivers, ops endpoints, store), then live progress; logs with pino.
 *
 * @example
 * ```ts
 * process.exitCode = await runPipeline(demoConfig({ dataDir: './demo-data' }), { title: 'ht demo' });
 * ```
 */
export async function runPipeline(config: HtConfig, options: RunPipelineOptions): Promise<ExitCode> {
  const output = options.output ?? process.stdout;
  const isTTY = output.isTTY === true;
  let pipeline: RunningLocalPipeline | undefined;
  const read = (): PipelineCounters =>
    pipeline?.counters() ?? { spansIn: 0, tracesOut: 0, rowsStored: 0, services: 0, queue: 0 };
  // In a TTY, log lines print above the live progress line; otherwise progress goes through the logger.
  const logTo = (destination: LogDestination): PinoLogger =>
    createLogger({ level: config.logging.level, format: config.logging.format, destination, name: 'ht' });
  let pino: PinoLogger;
  let progress: ProgressReporter;
  if (isTTY) {
    progress = new ProgressReporter({ read, output, isTTY });
    pino = logTo(progress.interleave(output));
  } else {
    pino = logTo(output);
    progress = new ProgressReporter({ read, output, isTTY, logger: toSdkLogger(pino) });
  }
  const logger = toSdkLogger(pino);
  const metrics = new PrometheusMetrics();

  let ops: RunningOpsServer | undefined;
  let query: RunningQueryServer | undefined;
  let uiServed = false;
  let traffic: DemoTraffic | undefined;
  const started = new ReadinessFlag('pipeline started');
  let store: ViewStore | undefined;
  try {
    store = await openStore(config.store, { retentionMs: config.retention, logger, metrics });
    const opened = store;
    if (config.ops.enabled) {
      ops = await startOpsServer({
        host: config.ops.host,
        port: config.ops.port === 0 ? 0 : config.ops.port + config.portOffset,
        metrics: [metrics, () => pipeline?.metricsText() ?? ''],
        readiness: [
          started,
          {
            name: 'store answers',
            check: async () => {
              const view = pipeline?.views[0];
              if (view === undefined) throw new Error('not started');
              await opened.query({ view, tenantId: config.tenancy.defaultTenant, select: [count('n')], limit: 1 });
            },
          },
        ],
        logger,
      });
    }
    pipeline = await startLocalPipeline({
      store: opened,
      plugins: config.plugins,
      ...(options.configDir === undefined ? {} : { pluginsBaseDir: options.configDir }),
      receivers: {
        host: config.receivers.host,
        portOffset: config.portOffset,
        ports: receiverPorts(config.receivers),
        tenancy: config.tenancy,
        limits: config.receivers.limits,
      },
      channelCapacity: config.channel.capacity,
      channelWaitForRoomMs: config.channel.waitForRoomMs,
      grouper: grouperOptionsOf(config.grouper),
      sink: config.sink,
      maintenance: config.retention === false ? {} : { retentionMs: config.retention },
      logger,
      metrics,
    });
    if (config.ui.enabled) {
      const live = pipeline;
      const uiDist = await findUiDist();
      const ui = uiDist
        ? uiRoutes({
            distDir: uiDist,
            runtimeConfig: () => ({
              receivers: Object.fromEntries(
                Object.entries(live.receivers.addresses).flatMap(([name, address]) =>
                  address === undefined ? [] : [[name, endpointUrl(name, address.host, address.port)]],
                ),
              ),
            }),
          })
        : [];
      // The query API reads the very store object the pipeline writes (DuckDB is one process).
      query = await createQueryServer({
        store: opened,
        views: pipeline.viewDefinitions,
        host: config.ui.host,
        port: config.ui.port === 0 ? 0 : config.ui.port + config.portOffset,
        tenancy: config.tenancy,
        // Extra routes first (they may take a path over); then the Jaeger-compatible API on /api/*; then
        // the UI's files (they leave /graphql and /api/* alone).
        routes: [...(options.queryRoutes ?? []), jaegerQueryRoute(), ...ui],
      });
      uiServed = ui.length > 0;
    }
    started.set(true);
  } catch (error) {
    await query?.close();
    await ops?.close();
    // A pipeline that started is stopped (it closes the store); otherwise the store is closed here.
    if (pipeline) {
      await pipeline.stop().catch(() => undefined);
      pino.error({ err: error }, `${options.title} could not start: ${(error as Error).message}`);
      return exitCodeOf(error);
    }
    // Nothing started (the pipeline closes the store only once it ran): close the store here.
    await store?.close().catch(() => undefined);
    pino.error({ err: error }, `${options.title} could not start: ${(error as Error).message}`);
    return exitCodeOf(error);
  }

  const running = pipeline;
  const lines = [`${options.title}: the @ht pipeline is running (Ctrl-C stops it and stores what was accepted)`];
  for (const [name, address] of Object.entries(running.receivers.addresses)) {
    if (address === undefined) continue;
    lines.push(`  ${name.padEnd(20)} ${endpointUrl(name, address.host, address.port)}`);
  }
  if (ops) lines.push(`  ${'ops'.padEnd(20)} ${ops.url}/healthz  ${ops.url}/readyz  ${ops.url}/metrics`);
  lines.push(
    `  ${'store'.padEnd(20)} ${config.store.type === 'duckdb' ? `DuckDB ${config.store.path}` : `ClickHouse ${config.store.url}`} (views: ${running.views.join(', ')})`,
  );
  if (query) {
    lines.push(
      `  ${'UI'.padEnd(20)} ${uiServed ? `${query.url}/` : 'not built (pnpm --filter @ht/ui build; npm run demo builds it)'}`,
    );
    lines.push(`  ${'GraphQL'.padEnd(20)} ${query.url}/graphql (GraphiQL in a browser)`);
    lines.push(`  ${'JaegerAPI'.padEnd(20)} ${query.url}/api (Jaeger's HTTP query API: Jaeger UI, Grafana)`);
  }
  output.write(`${lines.join('\n')}\n`);

  if (options.traffic) {
    const ports = Object.fromEntries(Object.entries(running.receivers.addresses).map(([name, a]) => [name, a?.port]));
    traffic = startDemoTraffic({ endpoints: demoEndpoints('127.0.0.1', ports), ...options.traffic, logger });
    logger.info(
      `demo traffic: ${options.traffic.spansPerSecond} spans/s from a simulated shop (seed ${options.traffic.seed})`,
    );
  }
  progress.start();

  const failed = running.done.then(
    () => undefined,
    (error: unknown) => error,
  );
  const stopRequested = options.stopSignal ?? firstSignal(() => process.exit(130));
  const reason = await Promise.race([stopRequested.then(() => 'stop' as const), failed.then(() => 'ended' as const)]);
  if (reason === 'stop') logger.info('stopping: draining what was accepted into the store');
  // Queries end before the store closes.
  await query?.close().catch((error: unknown) => logger.warn({ err: error }, 'the query server did not stop cleanly'));
  await traffic?.stop().catch((error: unknown) => logger.warn({ err: error }, 'demo traffic did not stop cleanly'));
  const error =
    reason === 'stop'
      ? await running.stop().then(
          () => undefined,
          (e: unknown) => e,
        )
      : await failed;
  progress.stop();
  started.set(false);
  await ops?.close();
  if (error !== undefined) {
    pino.error({ err: error }, `${options.title} failed: ${(error as Error).message}`);
    return exitCodeOf(error);
  }
  return ExitCode.OK;
}
