import { HtError } from '@ht/stream-core';
import type { EndpointName, TraceFormat } from '../formats/TraceFormat.js';
import type { ReceiverEndpoint } from '../transports/ReceiverEndpoint.js';

/**
 * Every endpoint of `formats`, in order: the rows of the ports table. Two endpoints with the same name
 * are refused (`CONFIG_INVALID`): the name is the endpoint's key everywhere.
 *
 * @example
 * ```ts
 * receiverEndpoints(FORMATS).map((e) => `${e.name}: ${e.defaultPort}/${e.transport}`);
 * ```
 */
export function receiverEndpoints<const F extends readonly TraceFormat[]>(
  formats: F,
): readonly ReceiverEndpoint<EndpointName<F>>[] {
  const seen = new Map<string, string>();
  for (const format of formats) {
    for (const endpoint of format.endpoints) {
      const other = seen.get(endpoint.name);
      if (other !== undefined) {
        throw new HtError(
          'CONFIG_INVALID',
          `formats ${other} and ${format.name} both have an endpoint named ${endpoint.name}: endpoint names must be unique`,
        );
      }
      seen.set(endpoint.name, format.name);
    }
  }
  return formats.flatMap((f) => f.endpoints);
}
