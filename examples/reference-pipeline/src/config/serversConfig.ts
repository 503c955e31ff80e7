import { z } from 'zod';
import { APP_PORTS } from '../ports.js';
import { bindHost, portNumber } from './port.js';

function serverSchema(defaultPort: number) {
  return z.strictObject({
    enabled: z.boolean().default(true),
    host: bindHost().default('127.0.0.1'),
    port: portNumber().default(defaultPort),
  });
}

/**
 * The `ops` section: the ops server (`/healthz`, `/readyz`, `/metrics`), on by default on port 8099
 * (docs/contracts.md, Ports), shifted by `portOffset`.
 *
 * @example
 * ```ts
 * opsConfigSchema.parse({}).port; // 8099
 * ```
 */
export const opsConfigSchema = serverSchema(APP_PORTS.ops.port);

/**
 * The `ui` section: the UI and GraphQL server, on by default on port 2020, shifted by `portOffset`.
 *
 * @example
 * ```ts
 * uiConfigSchema.parse({ port: 3000 }).port; // 3000
 * ```
 */
export const uiConfigSchema = serverSchema(APP_PORTS.ui.port);

/**
 * The `ops` or `ui` section after defaults.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * const ops: ServerConfig = config.ops;
 * if (ops.enabled) console.log(`ops on ${ops.host}:${ops.port}`);
 * ```
 */
export type ServerConfig = z.output<typeof opsConfigSchema>;
