import { EPHEMERAL_PORTS } from '../../src/index.js';
import type { ReceiverName, ReceiverPorts } from '../../src/index.js';

/** Ports that start only the named receivers, each on a free port. */
export function onlyReceivers(...names: ReceiverName[]): ReceiverPorts {
  const ports: ReceiverPorts = {};
  for (const name of Object.keys(EPHEMERAL_PORTS) as ReceiverName[]) ports[name] = names.includes(name) ? 0 : false;
  return ports;
}
