import { builtinViews } from '@ht/enricher-sdk/builtins';
import { createQueryServer, jaegerQueryRoute } from '@ht/graphql';
import type { RunningQueryServer } from '@ht/graphql';
import type { ViewStore } from '@ht/sinks';
import type { Logger } from '@ht/enricher-sdk';
import { isHtError } from '@ht/stream-core/errors';
import type { HtConfig } from '../config/index.js';
import { findUiDist, uiRoutes } from '../ui/index.js';

/**
 * What {@link startStageQueryServer} serves from: the views stage's config and store, and the port when
 * `--query-port` gave one.
 *
 * @example
 * ```ts
 * const options: StageQueryServerOptions = { config, store, queryPort: 0 };
 * ```
 */
export interface StageQueryServerOptions {
  readonly config: HtConfig;
  /** The store the views stage writes (the same object: a DuckDB file is one process). */
  readonly store: ViewStore;
  /** `--query-port`: default `ui.port` + `portOffset`; 0 picks a free one. */
  readonly queryPort?: number;
  /** Where the warning of a taken configured port goes. */
  readonly logger?: Pick<Logger, 'warn'>;
}

/**
 * The query server of `ht stage views` (docs/contracts.md, Ports: UI + GraphQL, 2020 unless configured):
 * GraphQL at `/graphql`, the Jaeger-compatible API at `/api/*`, and the UI when built, over the store the
 * stage writes, tenancy as the `tenancy` section says. The stage's views (plugin views included) come from
 * the store's catalog: the stage ensures them, the server reads them there with no plugin code of its own.
 * Resolves `undefined` when `ui.enabled` is false, or when the configured port (`ui.port` + `portOffset`)
 * is taken, with a warning naming it: several views copies on one host share a config, and writing the
 * views comes first. A taken `--query-port` rejects with `CONFIG_INVALID` naming it.
 *
 * @example
 * ```ts
 * const query = await startStageQueryServer({ config, store });
 * console.log(`${query?.url}/graphql`);
 * ```
 */
export async function startStageQueryServer(options: StageQueryServerOptions): Promise<RunningQueryServer | undefined> {
  const { config } = options;
  if (!config.ui.enabled) return undefined;
  const uiDist = await findUiDist();
  // No receivers in this process: the UI's "send traces to" list is empty.
  const ui = uiDist ? uiRoutes({ distDir: uiDist, runtimeConfig: () => ({ receivers: {} }) }) : [];
  const port = options.queryPort ?? (config.ui.port === 0 ? 0 : config.ui.port + config.portOffset);
  try {
    return await createQueryServer({
      store: options.store,
      views: builtinViews,
      host: config.ui.host,
      port,
      tenancy: config.tenancy,
      routes: [jaegerQueryRoute(), ...ui],
    });
  } catch (error) {
    const taken =
      isHtError(error, 'CONFIG_INVALID') && (error.cause as { code?: string } | undefined)?.code === 'EADDRINUSE';
    if (!taken || options.queryPort !== undefined) throw error;
    options.logger?.warn(
      `the query API (GraphQL, Jaeger API, UI) is not served: ${config.ui.host}:${port} is taken; give this copy --query-port N, or ui.enabled: false`,
    );
    return undefined;
  }
}
