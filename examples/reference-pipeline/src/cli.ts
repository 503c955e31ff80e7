#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { PORT_PURPOSE, portsWithOffset, type PortName } from './ports.js';

const HELP = `ht: the @ht reference tracing pipeline.

Usage: ht <command> [options]

Commands:
  demo      run every stage in one process on the embedded store, with demo traffic

Run 'ht <command> --help' for a command's options.`;

const DEMO_HELP = `ht demo: the whole pipeline in one process on the embedded store (DuckDB), with demo traffic.

Options:
  --port-offset N   add N to every port (default 0)
  --data-dir DIR    where the embedded store keeps its files (default ./demo-data)
  --no-traffic      serve without generating demo traffic
  -h, --help        this help`;

function demo(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      'port-offset': { type: 'string', default: '0' },
      'data-dir': { type: 'string', default: './demo-data' },
      'no-traffic': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(DEMO_HELP);
    return 0;
  }
  const offsetText = values['port-offset'];
  if (!/^-?\d+$/.test(offsetText)) throw new RangeError(`--port-offset must be an integer, got "${offsetText}"`);
  const ports = portsWithOffset(Number(offsetText));
  // The pipeline stages land in later issues; until then the demo says what it will serve, and where.
  console.log('ht demo: the reference pipeline is not built yet; this is what it will start:');
  for (const [name, port] of Object.entries(ports))
    console.log(`  ${PORT_PURPOSE[name as PortName].padEnd(28)} 127.0.0.1:${port}`);
  console.log(`  embedded store (DuckDB)      ${values['data-dir']}`);
  console.log(`  demo traffic                 ${values['no-traffic'] ? 'off' : 'on'}`);
  return 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      console.log(HELP);
      return command === undefined ? 2 : 0;
    case 'demo':
      return demo(rest);
    default:
      console.error(`ht: unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`ht: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
