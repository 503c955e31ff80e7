import { jaegerFormat } from './jaeger/index.js';
import { opencensusFormat } from './opencensus/index.js';
import { otlpFormat } from './otlp/index.js';
import { zipkinFormat } from './zipkin/index.js';

/**
 * Every trace format `@ht/sources` serves, in the order of the ports table. Each derivation (the ports
 * table, `startReceivers`, `spanDecoders`, the Kafka decoder table, the metric labels, the `ht` port
 * table) reads this list, or a list given in its place; adding a format is one folder and one line here.
 *
 * @example
 * ```ts
 * FORMATS.flatMap((f) => f.endpoints.map((e) => `${e.name} ${e.defaultPort}`));
 * ```
 */
export const FORMATS = Object.freeze([otlpFormat, zipkinFormat, jaegerFormat, opencensusFormat] as const);
