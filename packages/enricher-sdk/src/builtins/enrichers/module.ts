/**
 * The worker entry of the built-in enrichers: its default export lists them, as `builtins.moduleUrl`
 * requires (see `BUILTIN_ENRICHERS_MODULE_URL`).
 *
 * @packageDocumentation
 */
import { builtinEnrichers } from '../builtinEnrichers.js';

export default builtinEnrichers;
