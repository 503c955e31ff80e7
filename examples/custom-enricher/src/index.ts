/**
 * `@ht/customer-tier-plugin`: an @ht pipeline plugin, and the example of how to write one. The default
 * export is what the pipeline loads (`module: '@ht/customer-tier-plugin'` in its plugins config).
 *
 * @packageDocumentation
 */
import { customerCallView } from './customerCallView.js';
import { customerTier } from './customerTier.js';

export { CUSTOMER_TIER, customerTier, customerTierConfig } from './customerTier.js';
export type { CustomerTierConfigInput } from './customerTier.js';
export { customerCallView } from './customerCallView.js';

/**
 * The plugin module's contents: the enricher and the view.
 *
 * @example
 * ```ts
 * import { loadPlugins } from '@ht/enricher-sdk/host';
 *
 * const plugins = await loadPlugins({ enrichers: [{ module: '@ht/customer-tier-plugin' }] });
 * ```
 */
const plugin = [customerTier, customerCallView] as const;
export default plugin;
