/**
 * `@ht/reference-pipeline`: the four stage factories (normalizer, grouper, enricher, views), local-mode
 * wiring and the `ht` CLI. The stages land in the reference-pipeline issue; today it holds the port plan
 * of docs/contracts.md that every entry point shares.
 *
 * @packageDocumentation
 */
export { DEFAULT_PORTS, PORT_PURPOSE, portsWithOffset } from './ports.js';
export type { PipelinePorts, PortName } from './ports.js';
