/**
 * The worker entry of the built-ins: its default export lists every built-in enricher and view, as
 * `builtins.moduleUrl` requires (see `BUILTIN_PLUGINS_MODULE_URL`), so any of them can run with
 * `isolation: worker`.
 *
 * @packageDocumentation
 */
import type { EnricherDefinition } from '../plugin/defineEnricher.js';
import type { ViewDefinition } from '../plugin/defineView.js';
import { builtinEnrichers } from './builtinEnrichers.js';
import { builtinViews } from './views/index.js';

const builtins: readonly (EnricherDefinition | ViewDefinition)[] = [...builtinEnrichers, ...builtinViews];

export default builtins;
