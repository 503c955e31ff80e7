/**
 * The names of the distributed mode's stages, in pipeline order (docs/distributed.md).
 *
 * @example
 * ```ts
 * const name: StageName = 'grouper';
 * ```
 */
export type StageName = 'receiver' | 'normalizer' | 'grouper' | 'enricher' | 'views';

/**
 * The five stages, in pipeline order.
 *
 * @example
 * ```ts
 * STAGE_NAMES.includes('grouper'); // true
 * ```
 */
export const STAGE_NAMES: readonly StageName[] = Object.freeze([
  'receiver',
  'normalizer',
  'grouper',
  'enricher',
  'views',
]);

/**
 * One stage of the distributed mode, as every stage factory returns it (`createReceiverStage`,
 * `createNormalizerStage`, `createGrouperStage`, `createEnricherStage`, `createViewsStage`). Nothing runs
 * until `start`.
 *
 * @example
 * ```ts
 * const stage = createGrouperStage({ kafka, schemaRegistryUrl });
 * await stage.start();
 * process.once('SIGTERM', () => void stage.stop());
 * await stage.done;
 * ```
 */
export interface Stage {
  readonly name: StageName;
  /**
   * Creates the topics (when allowed), registers the schemas (retrying a registry that is down), connects
   * to Kafka and starts consuming (or, for the receiver stage, listening). Rejects with an `HtError` when
   * it cannot (`CONFIG_INVALID`, `DEPENDENCY_UNAVAILABLE`).
   */
  start(): Promise<void>;
  /**
   * Stops: consumers leave their group after committing what was acknowledged, producers flush, the
   * receivers close. What was not acknowledged is read again by the next copy. Safe to call twice.
   */
  stop(): Promise<void>;
  /** True once started and while running (for `/readyz`). */
  ready(): boolean;
  /** Prometheus text of the stage: its job's operators, Kafka sources and sinks, consumer lag per partition. */
  metrics(): string;
  /** Resolves when the stage stopped; rejects when it failed while running. */
  readonly done: Promise<void>;
}
