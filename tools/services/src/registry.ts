import type { ServiceDefinition } from './Service.js';
import { chdb } from './services/chdb.js';
import { chromium } from './services/chromium.js';
import { clickhouse } from './services/clickhouse.js';
import { jaeger } from './services/jaeger.js';
import { kafka } from './services/kafka.js';
import { pythonClients } from './services/pythonClients.js';
import { redis } from './services/redis.js';
import { schemaRegistry } from './services/schemaRegistry.js';

/** Every service, in start order. */
export const SERVICES: readonly ServiceDefinition[] = [
  redis,
  clickhouse,
  kafka,
  schemaRegistry,
  chromium,
  chdb,
  pythonClients,
  jaeger,
];

/** The services named in `names` (all of them when empty); an unknown name is an error listing the known ones. */
export function selectServices(names: readonly string[]): ServiceDefinition[] {
  if (names.length === 0) return [...SERVICES];
  return names.map((name) => {
    const service = SERVICES.find((s) => s.name === name);
    if (!service) throw new Error(`unknown service "${name}"; known: ${SERVICES.map((s) => s.name).join(', ')}`);
    return service;
  });
}
