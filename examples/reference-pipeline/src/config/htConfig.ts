import { pluginsConfigSchema } from '@ht/enricher-sdk/host';
import { resolvePorts } from '@ht/sources';
import type { NamedPort } from '@ht/sources';
import { isHtError } from '@ht/stream-core/errors';
import { z } from 'zod';
import { durationOrOff } from './duration.js';
import { entitiesConfigSchema } from './entitiesConfig.js';
import { kafkaConfigSchema, normalizerConfigSchema } from './kafkaConfig.js';
import { loggingConfigSchema } from './loggingConfig.js';
import { receiverPorts, receiversConfigSchema } from './receiversConfig.js';
import { opsConfigSchema, uiConfigSchema } from './serversConfig.js';
import { channelConfigSchema, grouperConfigSchema, sinkConfigSchema } from './stagesConfig.js';
import { storeConfigSchema } from './storeConfig.js';
import { tenancyConfigSchema } from './tenancyConfig.js';

/** Retention of `ht run` when the config sets none: 7 days, in ms. */
export const DEFAULT_RETENTION_MS = 7 * 86_400_000;

/**
 * The `ht` configuration (`ht run --config ht.yaml`; docs/configuration.md): every section with its
 * defaults, unknown keys refused. `plugins` is exactly the SDK host's `pluginsConfigSchema`. Parse it
 * through {@link loadConfig} (a file, env overrides, errors naming each key) or {@link validateConfig}.
 *
 * @example
 * ```ts
 * const config = htConfigSchema.parse({ store: { type: 'duckdb', path: ':memory:' } });
 * config.grouper.gapMs; // 30000
 * ```
 */
export const htConfigSchema = z
  .strictObject({
    /** Added to every port: the receivers', the UI's and the ops server's (`--port-offset`). */
    portOffset: z
      .custom<number>((v) => Number.isInteger(v), { message: 'must be a whole number; write e.g. 1000' })
      .default(0),
    receivers: receiversConfigSchema.prefault({}),
    tenancy: tenancyConfigSchema.prefault({}),
    channel: channelConfigSchema.prefault({}),
    grouper: grouperConfigSchema.prefault({}),
    plugins: pluginsConfigSchema.prefault({}),
    /** `ht stage enricher` only: where entities are registered (memory, or Redis shared by the copies). */
    entities: entitiesConfigSchema.prefault({ type: 'memory' }),
    store: storeConfigSchema.prefault({ type: 'duckdb' }),
    sink: sinkConfigSchema.prefault({}),
    retention: durationOrOff(60_000).default(DEFAULT_RETENTION_MS),
    ops: opsConfigSchema.prefault({}),
    ui: uiConfigSchema.prefault({}),
    logging: loggingConfigSchema.prefault({}),
    /** `ht stage` only: Kafka, the registry and the topics between the stages. */
    kafka: kafkaConfigSchema.prefault({}),
    /** `ht stage normalizer` only: the topics it reads. */
    normalizer: normalizerConfigSchema.prefault({}),
  })
  .superRefine((config, ctx) => {
    // The one port check of @ht/sources (resolvePorts), over the enabled receivers and the app's own ports.
    try {
      const extra: Record<string, NamedPort> = {};
      if (config.ui.enabled) extra['ui'] = { port: config.ui.port, purpose: 'UI + GraphQL (ui.port)' };
      if (config.ops.enabled) extra['ops'] = { port: config.ops.port, purpose: 'Ops (ops.port)' };
      resolvePorts(config.portOffset, { ports: receiverPorts(config.receivers), extra });
    } catch (error) {
      if (!isHtError(error)) throw error;
      ctx.addIssue({ code: 'custom', path: ['portOffset'], message: error.message });
    }
  });

/**
 * The `ht` configuration after validation, every default applied.
 *
 * @example
 * ```ts
 * const config: HtConfig = await loadConfig('ht.yaml');
 * ```
 */
export type HtConfig = z.output<typeof htConfigSchema>;

/**
 * The `ht` configuration as written (YAML or JSON): every key optional.
 *
 * @example
 * ```ts
 * const input: HtConfigInput = { grouper: { gapMs: '3s' }, store: { type: 'duckdb', path: './data/ht.duckdb' } };
 * ```
 */
export type HtConfigInput = z.input<typeof htConfigSchema>;
