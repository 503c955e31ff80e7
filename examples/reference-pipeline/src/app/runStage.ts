import { Kafka, logLevel } from 'kafkajs';
import type { HtConfig } from '../config/index.js';
import { grouperOptionsOf, receiverPorts } from '../config/index.js';
import { createLogger, PrometheusMetrics, ReadinessFlag, startOpsServer, toSdkLogger } from '../ops/index.js';
import type { RunningOpsServer } from '../ops/index.js';
import {
  createEnricherStage,
  createGrouperStage,
  createNormalizerStage,
  createReceiverStage,
  createViewsStage,
} from '../stages/index.js';
import type { Stage, StageKafkaOptions, StageName } from '../stages/index.js';
import { ExitCode, exitCodeOf } from './exitCodes.js';
import { entityStoreOf } from './entityStore.js';
import { grouperStateOf } from './grouperState.js';
import { openStore } from './openStore.js';
import { startStageQueryServer } from './stageQueryServer.js';
import type { RunningQueryServer } from '@ht/graphql';
import type { ViewStore } from '@ht/sinks';

/**
 * What {@link runStage} runs besides the config.
 *
 * @example
 * ```ts
 * const options: RunStageOptions = { configDir: '/etc/ht', opsPort: 8101 };
 * ```
 */
export interface RunStageOptions {
  /** Where `plugins` modules named by relative paths resolve (the config file's folder). */
  readonly configDir?: string;
  /** The ops server's port (`--ops-port`); default `ops.port` + `portOffset`; 0 picks a free one. */
  readonly opsPort?: number;
  /**
   * The views stage's query port (`--query-port`: GraphQL, the Jaeger API and the UI); default `ui.port` +
   * `portOffset`; 0 picks a free one. Not served when `ui.enabled` is false.
   */
  readonly queryPort?: number;
  /** The views stage runs the store's retention and rollups (`--maintenance`): in exactly one copy. */
  readonly maintenance?: boolean;
  /** Resolves to stop the stage (default: the first SIGINT or SIGTERM). */
  readonly stopSignal?: Promise<unknown>;
  /** Where logs go (default `process.stdout`). */
  readonly output?: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Resolves on the first SIGINT or SIGTERM; a second one exits at once. */
function firstSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handler = (signal: NodeJS.Signals): void => {
      process.removeListener('SIGINT', handler);
      process.removeListener('SIGTERM', handler);
      const exit = (): never => process.exit(130);
      process.once('SIGINT', exit);
      process.once('SIGTERM', exit);
      resolve(signal);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}

/**
 * Runs one stage of the distributed mode as `ht stage <name> --config FILE` does: the stage factory of
 * `name` over the config's `kafka` section (and the sections the stage uses: `receivers`, `tenancy`,
 * `grouper`, `plugins`, `entities`, `store`, `sink`, `normalizer`), its own ops server (`/healthz`, `/readyz`: the stage
 * is running, `/metrics`: the stage's metrics with consumer lag per partition), until SIGINT/SIGTERM; then
 * stops it and returns the exit status ({@link ExitCode}).
 *
 * @example
 * ```ts
 * process.exitCode = await runStage('grouper', await loadConfig('ht.yaml'), { opsPort: 8101 });
 * ```
 */
export async function runStage(name: StageName, config: HtConfig, options: RunStageOptions = {}): Promise<ExitCode> {
  const pino = createLogger({
    level: config.logging.level,
    format: config.logging.format,
    destination: options.output ?? process.stdout,
    name: `ht-${name}`,
  });
  const logger = toSdkLogger(pino);
  const metrics = new PrometheusMetrics();
  const k = config.kafka;
  const kafka = new Kafka({ clientId: `${k.clientId}-${name}`, brokers: k.brokers, logLevel: logLevel.ERROR });
  const common: StageKafkaOptions = {
    kafka,
    schemaRegistryUrl: k.schemaRegistryUrl,
    topics: k.topics,
    topicOptions: { partitions: k.partitions, create: k.createTopics, retentionMs: k.retentionMs },
    logger,
    metrics,
  };
  const consumer = {
    groupId: `${k.groupPrefix}-${name}`,
    ...(k.sessionTimeoutMs === undefined ? {} : { sessionTimeoutMs: k.sessionTimeoutMs }),
    maxInFlightRecords: k.maxInFlightRecords,
    maxInFlightBytes: k.maxInFlightBytes,
  };
  const plugins = {
    plugins: config.plugins,
    ...(options.configDir === undefined ? {} : { pluginsBaseDir: options.configDir }),
  };

  /** Releases what the stage's stores hold (the grouper's or the enricher's Redis connection), after the stage stopped. */
  let closeState = (): Promise<void> => Promise.resolve();

  const started = new ReadinessFlag(`${name} stage running`);
  let ops: RunningOpsServer | undefined;
  let stage: Stage | undefined;
  let store: ViewStore | undefined;
  let query: RunningQueryServer | undefined;
  try {
    stage = await buildStage();
    const running = stage;
    if (config.ops.enabled) {
      const port = options.opsPort ?? (config.ops.port === 0 ? 0 : config.ops.port + config.portOffset);
      ops = await startOpsServer({
        host: config.ops.host,
        port,
        metrics: [metrics, () => running.metrics()],
        readiness: [started, { name: `${name} stage ready`, check: () => running.ready() }],
        logger,
      });
    }
    await running.start();
    // The views stage serves the store it writes (GraphQL, the Jaeger API, the UI) once its tables exist.
    if (store) {
      query = await startStageQueryServer({
        config,
        store,
        logger,
        ...(options.queryPort === undefined ? {} : { queryPort: options.queryPort }),
      });
    }
    started.set(true);
  } catch (error) {
    await query?.close().catch(() => undefined);
    await stage?.stop().catch(() => undefined);
    await closeState();
    await ops?.close();
    pino.error({ err: error }, `ht stage ${name} could not start: ${(error as Error).message}`);
    return exitCodeOf(error);
  }
  const running = stage;
  pino.info(
    { stage: name, brokers: k.brokers, ops: ops?.url, query: query?.url },
    `ht stage ${name}: running${ops ? ` (ops: ${ops.url}/healthz ${ops.url}/readyz ${ops.url}/metrics)` : ''}${
      query ? ` (GraphQL: ${query.url}/graphql, Jaeger API: ${query.url}/api)` : ''
    }`,
  );

  const failed = running.done.then(
    () => undefined,
    (error: unknown) => error,
  );
  const reason = await Promise.race([
    (options.stopSignal ?? firstSignal()).then(() => 'stop' as const),
    failed.then(() => 'ended' as const),
  ]);
  started.set(false);
  if (reason === 'stop') pino.info(`ht stage ${name}: stopping`);
  // Queries end before the stage closes the store.
  await query?.close().catch((e: unknown) => pino.warn({ err: e }, 'the query server did not stop cleanly'));
  const error =
    reason === 'stop'
      ? await running.stop().then(
          () => undefined,
          (e: unknown) => e,
        )
      : await failed;
  await closeState();
  await ops?.close();
  if (error !== undefined) {
    pino.error({ err: error }, `ht stage ${name} failed: ${(error as Error).message}`);
    return exitCodeOf(error);
  }
  return ExitCode.OK;

  async function buildStage(): Promise<Stage> {
    switch (name) {
      case 'receiver':
        return createReceiverStage({
          ...common,
          receivers: {
            host: config.receivers.host,
            portOffset: config.portOffset,
            ports: receiverPorts(config.receivers),
            tenancy: config.tenancy,
            limits: config.receivers.limits,
          },
          sendTimeoutMs: k.sendTimeoutMs,
        });
      case 'normalizer':
        return createNormalizerStage({
          ...common,
          ...consumer,
          inputs: config.normalizer.inputs.map((i) => ({
            topic: i.topic,
            encoding: i.encoding as never,
            tenancy: config.tenancy,
          })),
        });
      case 'grouper': {
        const { state, close } = await grouperStateOf(config.grouper.state, {
          kafka,
          groupPrefix: k.groupPrefix,
          partitions: k.partitions,
          ...(options.configDir === undefined ? {} : { configDir: options.configDir }),
        });
        closeState = close;
        return createGrouperStage({
          ...common,
          ...consumer,
          grouper: grouperOptionsOf(config.grouper),
          watermarks: config.grouper.watermarks,
          state,
        });
      }
      case 'enricher': {
        const { entities, close } = await entityStoreOf(config.entities, { logger });
        closeState = close;
        return createEnricherStage({ ...common, ...consumer, ...plugins, entities });
      }
      case 'views': {
        store = await openStore(config.store, { retentionMs: config.retention, logger, metrics });
        return createViewsStage({
          ...common,
          ...consumer,
          ...plugins,
          store,
          sink: config.sink,
          ...(options.maintenance === true && config.retention !== false
            ? { maintenance: { retentionMs: config.retention } }
            : options.maintenance === true
              ? { maintenance: {} }
              : {}),
        });
      }
    }
  }
}
