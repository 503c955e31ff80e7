import { parentPort, workerData } from 'node:worker_threads';
import { enrichedTraceCodec } from '../avro/codecs.js';
import { systemTimeSource } from '../context/TimeSource.js';
import type { Logger } from '../context/Logger.js';
import type { Metrics } from '../context/Metrics.js';
import type { EntityStore } from '../entities/EntityStore.js';
import type { Entity } from '../model/Entity.js';
import type { Trace } from '../model/Trace.js';
import type { EnricherDefinition } from '../plugin/defineEnricher.js';
import type { ViewDefinition } from '../plugin/defineView.js';
import { pluginModuleContents } from '../plugin/pluginExports.js';
import { InProcessEnricher } from './InProcessEnricher.js';
import { InProcessView } from './InProcessView.js';
import type { EntityCall, FromWorker, LogLevel, ToWorker, WorkerStart } from './protocol.js';

/*
 * The worker side of `isolation: 'worker'`: loads one plugin from its module and runs it on traces the
 * host sends as EnrichedTrace Avro bytes, with the same in-process guard (so throws are recorded and
 * counted here). An enricher sends the trace back; a view sends its rows (structured clone). Logs,
 * metrics and entity store calls go through the host.
 */

const port = parentPort;
if (port === null) throw new Error('workerMain.js runs only as a worker thread');
const start = workerData as WorkerStart;
const send = (message: FromWorker): void => port.postMessage(message);

const pendingEntityCalls = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
let nextCallId = 0;

function callHost(call: EntityCall): Promise<unknown> {
  const id = nextCallId++;
  return new Promise((resolve, reject) => {
    pendingEntityCalls.set(id, { resolve, reject });
    send({ type: 'entities', id, ...call });
  });
}

const entities: EntityStore = {
  getOrCreate: (tenantId, type, name, attributes) =>
    callHost({ method: 'getOrCreate', args: [tenantId, type, name, attributes] }) as Promise<Entity>,
  get: (tenantId, type, id) => callHost({ method: 'get', args: [tenantId, type, id] }) as Promise<Entity | undefined>,
  list: (tenantId, type) => callHost({ method: 'list', args: [tenantId, type] }) as Promise<Entity[]>,
  close: () => Promise.resolve(),
};

function forwardingLogger(bindings: Record<string, unknown>): Logger {
  const at =
    (level: LogLevel) =>
    (objOrMsg: object | string, msg?: string): void => {
      const obj = typeof objOrMsg === 'string' ? bindings : { ...bindings, ...objOrMsg };
      send({ type: 'log', level, obj: sanitize(obj), msg: typeof objOrMsg === 'string' ? objOrMsg : msg });
    };
  return {
    trace: at('trace'),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (more) => forwardingLogger({ ...bindings, ...more }),
  };
}

/** Log objects cross threads by structured clone: errors become plain objects, functions are dropped. */
function sanitize(obj: object): object {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v instanceof Error) out[k] = { name: v.name, message: v.message, stack: v.stack };
    else if (typeof v !== 'function' && typeof v !== 'symbol') out[k] = v;
  }
  return out;
}

const metrics: Metrics = {
  counter: (name, help) => ({
    inc: (value = 1, labels) => send({ type: 'metric', kind: 'counter', name, help, value, labels }),
  }),
  histogram: (name, help) => ({
    observe: (value, labels) => send({ type: 'metric', kind: 'histogram', name, help, value, labels }),
  }),
};

/** The plugin this worker runs: `run` runs it on one decoded trace and answers the host. */
interface WorkerPlugin {
  run(id: number, trace: Trace): void | Promise<void>;
  close(): Promise<void>;
}

async function load(): Promise<WorkerPlugin> {
  const mod = (await import(start.moduleUrl)) as Record<string, unknown>;
  const contents = pluginModuleContents(mod, `plugin module ${start.moduleUrl}`);
  return start.kind === 'view' ? loadView(contents.views) : loadEnricher(contents.enrichers);
}

async function loadEnricher(enrichers: readonly EnricherDefinition[]): Promise<WorkerPlugin> {
  const definition = enrichers.find((e) => e.name === start.name);
  if (definition === undefined) throw new Error(`${start.moduleUrl} exports no enricher named '${start.name}'`);
  const config = definition.configSchema.safeParse(start.rawConfig ?? {});
  if (!config.success) throw new Error(`config of enricher '${start.name}' is invalid: ${config.error.message}`);
  // The host already labels and binds what it receives; inside the worker, logs and metrics only forward.
  const executor = new InProcessEnricher(definition, config.data, start.timeoutMs, {
    logger: forwardingLogger({}),
    metrics,
    clock: systemTimeSource,
    entities,
    startTimeoutMs: 2 ** 31 - 1,
  });
  await executor.start();
  return {
    async run(id, trace) {
      await executor.enrich(trace);
      send({ type: 'done', id, result: enrichedTraceCodec.encode(trace) });
    },
    close: () => executor.close(),
  };
}

function loadView(views: readonly ViewDefinition[]): WorkerPlugin {
  const definition = views.find((v) => v.name === start.name);
  if (definition === undefined) throw new Error(`${start.moduleUrl} exports no view named '${start.name}'`);
  const view = new InProcessView(definition, start.timeoutMs, { logger: forwardingLogger({}), metrics });
  return {
    run(id, trace) {
      const rows = view.rows(trace);
      try {
        send({ type: 'done', id, result: rows });
      } catch (e) {
        // A value structured clone cannot copy (a function, a symbol): the rows cannot reach the host.
        send({ type: 'failed', id, message: `its rows cannot be sent to the host: ${(e as Error).message}` });
      }
    },
    close: () => view.close(),
  };
}

let plugin: WorkerPlugin | undefined;

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'run':
      void plugin?.run(message.id, enrichedTraceCodec.decode(message.trace));
      return;
    case 'entities': {
      const call = pendingEntityCalls.get(message.id);
      pendingEntityCalls.delete(message.id);
      if (message.ok) call?.resolve(message.value);
      else call?.reject(new Error(message.message));
      return;
    }
    case 'close':
      void (plugin?.close() ?? Promise.resolve()).finally(() => {
        send({ type: 'closed' });
        port.close();
      });
  }
});

load().then(
  (loaded) => {
    plugin = loaded;
    send({ type: 'ready' });
  },
  (e: unknown) => {
    // The host prefixes "<kind> '<name>' failed to start": send the underlying reason.
    const reason = e instanceof Error && e.cause instanceof Error ? e.cause : e;
    send({ type: 'startFailed', message: reason instanceof Error ? reason.message : String(reason) });
  },
);
