/**
 * The built-in enrichers, in the default order (Hypertrace's trace-enricher order, with our additions
 * first: normalization, resource attributes, clock skew), each declaring what it depends on.
 *
 * @packageDocumentation
 */
import type { EnricherDefinition } from '../plugin/defineEnricher.js';
import { apiBoundary } from './enrichers/apiBoundary.js';
import { apiNaming } from './enrichers/apiNaming.js';
import { apiStatus } from './enrichers/apiStatus.js';
import { backend } from './enrichers/backend.js';
import { clockSkew } from './enrichers/clockSkew.js';
import { entityWrites } from './enrichers/entityWrites.js';
import { errors } from './enrichers/errors.js';
import { exitCalls } from './enrichers/exitCalls.js';
import { grpc } from './enrichers/grpc.js';
import { http } from './enrichers/http.js';
import { resourceAttributes } from './enrichers/resourceAttributes.js';
import { semconv } from './enrichers/semconv.js';
import { serviceEntity } from './enrichers/serviceEntity.js';
import { spaces } from './enrichers/spaces.js';
import { spanType } from './enrichers/spanType.js';
import { traceStats } from './enrichers/traceStats.js';
import { transactionName } from './enrichers/transactionName.js';
import { userAgent } from './enrichers/userAgent.js';

/**
 * Every built-in enricher, in the default order. Pass them to `loadPlugins` as
 * `builtins: { enrichers: builtinEnrichers, views: builtinViews, moduleUrl: BUILTIN_PLUGINS_MODULE_URL }`.
 *
 * @example
 * ```ts
 * const plugins = await loadPlugins(config.plugins, { builtins: { enrichers: builtinEnrichers, views: [] } });
 * ```
 */
export const builtinEnrichers: readonly EnricherDefinition[] = Object.freeze<EnricherDefinition[]>([
  semconv,
  resourceAttributes,
  clockSkew,
  spanType,
  apiStatus,
  apiBoundary,
  serviceEntity,
  apiNaming,
  transactionName,
  errors,
  backend,
  http,
  grpc,
  userAgent,
  spaces,
  exitCalls,
  traceStats,
  entityWrites,
]);
