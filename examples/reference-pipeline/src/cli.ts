#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { portTable } from './ports.js';

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
  const rows = portTable(Number(offsetText));
  // The pipeline stages land in later issues; until then the demo says what it will serve, and where.
  console.log('ht demo: the reference pipeline is not built yet; this is what it will start:');
  for (const row of rows) console.log(`  ${row.name.padEnd(20)} ${row.purpose.padEnd(28)} 127.0.0.1:${row.port}`);
  console.log(`  ${'store'.padEnd(20)} ${'embedded store (DuckDB)'.padEnd(28)} ${values['data-dir']}`);
  console.log(`  ${'traffic'.padEnd(20)} ${'demo traffic'.padEnd(28)} ${values['no-traffic'] ? 'off' : 'on'}`);
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
