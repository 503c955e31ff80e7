/**
 * `@ht/reference-pipeline`: the four stage factories (normalizer, grouper, enricher, views), local-mode
 * wiring and the `ht` CLI. The stages land in the reference-pipeline issue; today it holds the port plan
 * of docs/contracts.md that every entry point shares (the receivers' ports from `@ht/sources`, its own
 * UI and ops ports).
 *
 * @packageDocumentation
 */
export { APP_PORTS, portTable, portsWithOffset } from './ports.js';
export type { PipelinePorts, PortName, PortRow } from './ports.js';
