import type { DrainPolicy, Job } from '@ht/stream-core';
import type { Stage, StageName } from './Stage.js';
import type { StageKafkaOptions } from './StageOptions.js';
import { ConsumerLagGauge, prepareTopics } from './stageKafka.js';

/** What a consuming stage builds at start: its job, its own metrics and what to close after it. */
export interface JobStageParts {
  readonly job: Job;
  metricsText(): string;
  /** Releases what the job does not (plugins, the store); after the job ended. */
  close(): Promise<void>;
}

/** How {@link jobStage} runs a stage that reads a topic as a stream-core job. */
export interface JobStageSpec {
  readonly name: StageName;
  readonly groupId: string;
  readonly inputTopics: readonly string[];
  /** Builds the job (after the topics exist); the job is started by the stage. */
  build(): Promise<JobStageParts>;
  /** How the job stops. */
  readonly drain: DrainPolicy;
}

/**
 * A {@link Stage} over a stream-core job reading Kafka: topics prepared, the job built and started,
 * consumer lag read for `/metrics`; `stop` stops the job with the spec's drain and closes the rest.
 */
export function jobStage(options: StageKafkaOptions, spec: JobStageSpec): Stage {
  let parts: JobStageParts | undefined;
  let running = false;
  let stopping: Promise<void> | undefined;
  const lag = new ConsumerLagGauge(options, spec.groupId, spec.inputTopics);
  let settle!: { resolve: () => void; reject: (e: unknown) => void };
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  done.catch(() => undefined);

  const closeAll = async (): Promise<void> => {
    running = false;
    await lag.stop();
    await parts?.close();
  };

  return {
    name: spec.name,
    async start() {
      if (parts !== undefined) return;
      await prepareTopics(options);
      const built = await spec.build();
      parts = built;
      try {
        await built.job.start();
      } catch (error) {
        await built.close().catch(() => undefined);
        throw error;
      }
      running = true;
      built.job.done.then(
        () => closeAll().then(settle.resolve, settle.reject),
        (error: unknown) => closeAll().finally(() => settle.reject(error)),
      );
      await lag
        .start()
        .catch((error: unknown) =>
          options.logger?.warn({ err: error }, 'consumer lag will not be reported: the admin client did not connect'),
        );
    },
    stop() {
      stopping ??= (async () => {
        running = false;
        if (parts === undefined) {
          settle.resolve();
          return;
        }
        await parts.job.stop({ drain: spec.drain });
        await done;
      })();
      return stopping;
    },
    ready: () => running,
    metrics: () =>
      parts === undefined ? '' : parts.job.metrics.toPrometheus() + parts.metricsText() + lag.toPrometheus(),
    done,
  };
}
