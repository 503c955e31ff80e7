// The subpaths a pipeline (not a plugin) imports, resolved through the published exports maps.
import { HtError } from '@ht/enricher-sdk';
import { builtinEnrichers, builtinViews } from '@ht/enricher-sdk/builtins';
import { EnricherChain, loadPlugins } from '@ht/enricher-sdk/host';
import { HtError as EngineHtError } from '@ht/stream-core/errors';

/** What the entry points give, as plain data for the test to compare. */
export function entryPointFacts(): Record<string, unknown> {
  return {
    oneHtError: HtError === EngineHtError,
    builtinEnrichers: builtinEnrichers.length,
    builtinViews: builtinViews.length,
    host: [typeof loadPlugins, typeof EnricherChain],
  };
}
