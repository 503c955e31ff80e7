#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadServicesConfig } from './config.js';
import { endpointEnv, serviceEndpoints } from './endpoints.js';
import { down, reset, status, up } from './lifecycle.js';
import { SERVICES, selectServices } from './registry.js';

const HELP = `ht-services: install, start and stop the real services the @ht tests run against.

Usage: ht-services <command> [service ...] [--json]

Commands:
  up [service ...]      install (cached under \${HT_CACHE:-~/.cache/ht}) and start, wait until healthy
  down [service ...]    stop what 'up' started
  reset [service ...]   stop and delete the services' data (e.g. a stale Kafka log dir)
  status [--json]       what runs, on which ports, which versions
  env                   print the endpoints as 'export HT_…=…' lines for a shell

Services: ${SERVICES.map((s) => `${s.name} (${s.description})`).join(', ')}.
Ports come from infra/services.json; environment overrides are listed in docs/development.md.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...names] = positionals;
  if (values.help || command === undefined || command === 'help') {
    console.log(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  const config = loadServicesConfig();
  const services = selectServices(names);
  switch (command) {
    case 'up':
      await up(config, services);
      return 0;
    case 'down':
      await down(config, services);
      return 0;
    case 'reset':
      await reset(config, services);
      return 0;
    case 'status': {
      const rows = await status(config, services);
      if (values.json) console.log(JSON.stringify(rows, null, 2));
      else
        for (const r of rows) {
          const where = r.ports.length ? ` ports ${r.ports.join(',')}` : '';
          const pid = r.pid === undefined ? '' : ` pid ${r.pid}`;
          console.log(`${r.name.padEnd(16)} ${r.state.padEnd(10)} ${r.version}${where}${pid}`);
        }
      return rows.some((r) => r.state === 'unhealthy') ? 1 : 0;
    }
    case 'env':
      for (const [key, value] of Object.entries(endpointEnv(serviceEndpoints(config))))
        console.log(`export ${key}='${value}'`);
      return 0;
    default:
      console.error(`unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ht-services: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
