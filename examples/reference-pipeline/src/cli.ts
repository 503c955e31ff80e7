#!/usr/bin/env -S node --max-semi-space-size=32
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { HtError } from '@ht/stream-core/errors';
import { ExitCode, exitCodeOf } from './app/exitCodes.js';
import type { runPipeline } from './app/runPipeline.js';
import { demoConfig, loadConfig } from './config/index.js';

const HELP = `ht: the @ht reference tracing pipeline.

Usage: ht <command> [options]

Commands:
  demo      run every stage in one process on the embedded store (DuckDB), with demo traffic
  run       run the pipeline a config file describes (receivers, plugins, store), in one process
  stage     run one stage of the distributed mode between Kafka topics: receiver, normalizer, grouper,
            enricher or views

Run 'ht <command> --help' for a command's options.
Exit status: 0 stopped cleanly, 1 failed while running, 2 bad options or config (a port that is taken
included), 3 a dependency is unavailable (the store cannot be opened or reached, or another process holds
the DuckDB file).`;

const DEMO_HELP = `ht demo: the whole pipeline in one process on the embedded store (DuckDB), with demo traffic
from a simulated shop (OTel JS, Zipkin and Jaeger exporters into the pipeline's own receivers).

Usage: ht demo [options]

Options:
  --port-offset N   add N to every port (default 0)
  --data-dir DIR    where the embedded store keeps its files (default ./demo-data)
  --no-traffic      serve without generating demo traffic
  --rate N          demo traffic in spans per second (default 200)
  --seed N          seed of the simulated shop (default 1)
  --retention D     keep rows this long: 24h, 7d, ... or off (default 24h)
  --log-level L     trace, debug, info, warn, error (default info)
  -h, --help        this help

Ctrl-C stops it: what was accepted is drained into the store first.`;

const RUN_HELP = `ht run: the pipeline a config file describes, every stage in one process.

Usage: ht run --config FILE

Options:
  -c, --config FILE   the configuration, YAML or JSON (docs/configuration.md; keys can be overridden by
                      HT_<SECTION>__<KEY> environment variables, e.g. HT_STORE__PATH=/data/ht.duckdb)
  -h, --help          this help

Ctrl-C or SIGTERM stops it: what was accepted is drained into the store first.`;

const STAGE_HELP = `ht stage: one stage of the distributed mode, between Kafka topics (docs/distributed.md).

Usage: ht stage receiver|normalizer|grouper|enricher|views --config FILE [--ops-port N] [--query-port N]

Stages:
  receiver    the trace receivers (OTLP, Zipkin, Jaeger, OpenCensus) writing raw-spans; a client is
              answered once Kafka acknowledged its spans, 503 / UNAVAILABLE when it could not in time
  normalizer  topics other tools write (the OTel Collector's kafka exporter encodings, Avro) -> raw-spans
  grouper     raw-spans -> traces -> structured-traces
  enricher    structured-traces -> enrichers -> enriched-traces
  views       enriched-traces -> views -> the store (ClickHouse for several copies); serves GraphQL, the
              Jaeger API and the UI over that store on the UI + GraphQL port (2020 + portOffset)

Options:
  -c, --config FILE   the configuration, YAML or JSON: the kafka section, and the sections the stage uses
                      (docs/configuration.md); HT_<SECTION>__<KEY> environment variables override keys
  --ops-port N        this process's ops port (/healthz, /readyz, /metrics); default ops.port + portOffset
  --query-port N      views only: the GraphQL + Jaeger API + UI port; default ui.port + portOffset
                      (ui.enabled: false serves none; give each copy on one host its own)
  --maintenance       views only: run the store's retention and rollups here (in exactly one copy)
  -h, --help          this help

Ctrl-C or SIGTERM stops it: what was acknowledged is committed, the rest is read again by the next copy.`;

const STAGES = ['receiver', 'normalizer', 'grouper', 'enricher', 'views'] as const;

/** `parseArgs`, with its errors turned into usage errors naming the option. */
function options<const T extends ParseArgsConfig>(config: T, command: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new HtError('CONFIG_INVALID', `${command}: ${(error as Error).message}; see 'ht ${command} --help'`);
  }
}

/** A whole number option, or a usage error naming it. */
function wholeNumber(name: string, text: string, min: number): number {
  if (!/^-?\d+$/.test(text) || Number(text) < min) {
    throw new HtError(
      'CONFIG_INVALID',
      `--${name} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, got "${text}"`,
    );
  }
  return Number(text);
}

type RunPipeline = typeof runPipeline;

/** The pipeline, loaded once the options are read: `--help` and usage errors answer without loading it. */
async function pipelineRunner(): Promise<RunPipeline> {
  return (await import('./app/runPipeline.js')).runPipeline;
}

async function demo(args: string[]): Promise<number> {
  const { values } = options(
    {
      args,
      options: {
        'port-offset': { type: 'string', default: '0' },
        'data-dir': { type: 'string', default: './demo-data' },
        'no-traffic': { type: 'boolean', default: false },
        rate: { type: 'string', default: '200' },
        seed: { type: 'string', default: '1' },
        retention: { type: 'string', default: '24h' },
        'log-level': { type: 'string', default: 'info' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    },
    'demo',
  );
  if (values.help) {
    console.log(DEMO_HELP);
    return ExitCode.OK;
  }
  const config = demoConfig({
    dataDir: values['data-dir'],
    portOffset: wholeNumber('port-offset', values['port-offset'], Number.MIN_SAFE_INTEGER),
    retention: values.retention,
    logLevel: values['log-level'] as never,
  });
  const traffic = values['no-traffic']
    ? undefined
    : { spansPerSecond: wholeNumber('rate', values.rate, 1), seed: wholeNumber('seed', values.seed, 0) };
  return (await pipelineRunner())(config, { title: 'ht demo', ...(traffic ? { traffic } : {}) });
}

async function run(args: string[]): Promise<number> {
  const { values } = options(
    {
      args,
      options: {
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    },
    'run',
  );
  if (values.help) {
    console.log(RUN_HELP);
    return ExitCode.OK;
  }
  if (values.config === undefined) {
    throw new HtError('CONFIG_INVALID', "run: --config FILE is required; see 'ht run --help'");
  }
  const path = resolve(values.config);
  const config = await loadConfig(path, { env: process.env });
  return (await pipelineRunner())(config, { title: 'ht run', configDir: dirname(path) });
}

async function stage(args: string[]): Promise<number> {
  const { values, positionals } = options(
    {
      args,
      options: {
        config: { type: 'string', short: 'c' },
        'ops-port': { type: 'string' },
        'query-port': { type: 'string' },
        maintenance: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    },
    'stage',
  );
  if (values.help) {
    console.log(STAGE_HELP);
    return ExitCode.OK;
  }
  const [name, ...extra] = positionals;
  const stageName = STAGES.find((s) => s === name);
  if (stageName === undefined || extra.length > 0) {
    throw new HtError(
      'CONFIG_INVALID',
      `stage: name one stage of ${STAGES.join(', ')}${name === undefined ? '' : ` (got "${[name, ...extra].join(' ')}")`}; see 'ht stage --help'`,
    );
  }
  if (values.config === undefined) {
    throw new HtError('CONFIG_INVALID', "stage: --config FILE is required; see 'ht stage --help'");
  }
  const opsPort = values['ops-port'] === undefined ? undefined : wholeNumber('ops-port', values['ops-port'], 0);
  const queryPort = values['query-port'] === undefined ? undefined : wholeNumber('query-port', values['query-port'], 0);
  if (queryPort !== undefined && stageName !== 'views') {
    throw new HtError('CONFIG_INVALID', "stage: --query-port is for 'ht stage views' only; see 'ht stage --help'");
  }
  const path = resolve(values.config);
  const config = await loadConfig(path, { env: process.env });
  const { runStage } = await import('./app/runStage.js');
  const code = await runStage(stageName, config, {
    configDir: dirname(path),
    maintenance: values.maintenance,
    ...(opsPort === undefined ? {} : { opsPort }),
    ...(queryPort === undefined ? {} : { queryPort }),
  });
  // The stage is over: a Kafka client that a failed job left behind (reconnecting to a broker that is
  // away) must not keep the process alive, or its supervisor never sees it exit and restart it.
  setTimeout(() => process.exit(code), 2_000).unref();
  return code;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      console.log(HELP);
      return command === undefined ? ExitCode.CONFIG_INVALID : ExitCode.OK;
    case 'demo':
      return demo(rest);
    case 'run':
      return run(rest);
    case 'stage':
      return stage(rest);
    default:
      console.error(`ht: unknown command "${command}"\n\n${HELP}`);
      return ExitCode.CONFIG_INVALID;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`ht: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = exitCodeOf(error);
}
