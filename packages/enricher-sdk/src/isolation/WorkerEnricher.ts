import { Worker } from 'node:worker_threads';
import { HtError } from '@ht/stream-core/errors';
import { enrichedTraceCodec } from '../avro/codecs.js';
import { labelledMetrics } from '../context/Metrics.js';
import type { Counter, Histogram, Metrics } from '../context/Metrics.js';
import type { Logger } from '../context/Logger.js';
import type { Trace } from '../model/Trace.js';
import type { PluginSource } from '../plugin/loadPlugins.js';
import type { EnricherExecutor, ResolvedServices } from './EnricherExecutor.js';
import { FailureRecorder } from './FailureRecorder.js';
import { mergeEnrichment } from './mergeTrace.js';
import type { FromWorker, ToWorker, WorkerStart } from './protocol.js';
import { workerMainUrl } from './workerEntry.js';

interface Pending {
  readonly id: number;
  readonly done: (result: Uint8Array | HtError) => void;
}

/**
 * Runs an enricher in its own worker thread, one trace at a time, so even a synchronous endless loop
 * cannot stall the stage: past `timeoutMs` the worker is terminated, the trace goes on with a TIMEOUT
 * recorded, and a fresh worker starts for the next trace. Traces cross as EnrichedTrace Avro; only
 * enrichment (enriched attributes, entities, call edges, errors) is copied back onto the trace.
 */
export class WorkerEnricher implements EnricherExecutor {
  readonly name: string;
  private readonly source: PluginSource;
  private readonly logger: Logger;
  private readonly metrics: Metrics;
  private readonly failures: FailureRecorder;
  private readonly restarts: Counter;
  private readonly forwarded = new Map<string, Counter | Histogram>();
  private worker: Worker | undefined;
  private pending: Pending | undefined;
  private tail: Promise<void> = Promise.resolve();
  private nextId = 0;
  private spawnFailures = 0;
  private nextSpawnAt = 0;

  constructor(
    source: PluginSource,
    private readonly rawConfig: unknown,
    private readonly timeoutMs: number,
    private readonly services: ResolvedServices,
    private readonly workerUrl: URL = workerMainUrl(),
  ) {
    this.name = source.name;
    this.source = source;
    this.logger = services.logger.child({ enricher: this.name });
    this.metrics = labelledMetrics(services.metrics, { enricher: this.name });
    this.failures = new FailureRecorder(this.name, services.metrics, this.logger);
    this.restarts = services.metrics.counter('ht_enricher_worker_restarts_total', 'enricher workers restarted');
  }

  start(): Promise<void> {
    return this.spawn();
  }

  enrich(trace: Trace): Promise<void> {
    const run = this.tail.then(() => this.enrichOne(trace));
    this.tail = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.tail;
    const worker = this.worker;
    this.worker = undefined;
    if (worker === undefined) return;
    const closed = new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      setTimeout(() => void worker.terminate().then(() => resolve()), this.services.startTimeoutMs).unref();
    });
    worker.postMessage({ type: 'close' } satisfies ToWorker);
    await closed;
  }

  private async enrichOne(trace: Trace): Promise<void> {
    if (this.worker === undefined && !(await this.restart(trace))) return;
    const worker = this.worker;
    if (worker === undefined) return;
    const id = this.nextId++;
    const result = await new Promise<Uint8Array | HtError>((done) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.kill(worker, 'timed out');
        done(
          new HtError(
            'TIMEOUT',
            `enricher '${this.name}' did not finish within ${this.timeoutMs} ms; its worker was stopped and restarted`,
          ),
        );
      }, this.timeoutMs);
      this.pending = {
        id,
        done: (r) => {
          clearTimeout(timer);
          this.pending = undefined;
          done(r);
        },
      };
      worker.postMessage({ type: 'enrich', id, trace: enrichedTraceCodec.encode(trace) } satisfies ToWorker);
    });
    if (result instanceof HtError) this.failures.record(trace, '', result);
    else mergeEnrichment(trace, enrichedTraceCodec.decode(result));
  }

  /**
   * Starts a new worker for `trace`, or records why there is none. A worker that fails to start is
   * retried with backoff (1 s doubling to 30 s); traces meanwhile get the failure recorded at once.
   */
  private async restart(trace: Trace): Promise<boolean> {
    const wait = this.nextSpawnAt - performance.now();
    if (wait > 0) {
      const error = new HtError(
        'USER_FUNCTION_FAILED',
        `enricher '${this.name}' is unavailable: its worker failed to start; next attempt in ${Math.ceil(wait)} ms`,
      );
      this.failures.record(trace, '', error);
      return false;
    }
    try {
      await this.spawn();
      this.spawnFailures = 0;
      this.restarts.inc(1, { enricher: this.name });
      return true;
    } catch (e) {
      this.spawnFailures++;
      this.nextSpawnAt = performance.now() + Math.min(30_000, 1000 * 2 ** (this.spawnFailures - 1));
      this.failures.record(trace, '', e);
      return false;
    }
  }

  private spawn(): Promise<void> {
    const start: WorkerStart = {
      moduleUrl: this.source.moduleUrl,
      name: this.name,
      rawConfig: this.rawConfig,
      timeoutMs: this.timeoutMs,
    };
    const worker = new Worker(this.workerUrl, { workerData: start });
    // Pending work keeps the process alive through its timers; an idle worker must not.
    worker.unref();
    return new Promise<void>((resolve, reject) => {
      const fail = (message: string): void => {
        clearTimeout(timer);
        void worker.terminate();
        reject(
          new HtError('USER_FUNCTION_FAILED', `enricher '${this.name}' failed to start in its worker: ${message}`),
        );
      };
      const timer = setTimeout(
        () => fail(`not ready after ${this.services.startTimeoutMs} ms`),
        this.services.startTimeoutMs,
      );
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          clearTimeout(timer);
          this.worker = worker;
          resolve();
        } else if (message.type === 'startFailed') {
          fail(message.message);
        } else {
          this.onMessage(worker, message);
        }
      });
      worker.on('error', (e) => {
        if (this.worker !== worker) return fail(e.message);
        this.crashed(worker, `crashed: ${e.message}`);
      });
      worker.on('exit', (code) => {
        if (this.worker !== worker) return fail(`exited with code ${code}`);
        this.crashed(worker, `exited with code ${code}`);
      });
    });
  }

  private onMessage(worker: Worker, message: FromWorker): void {
    switch (message.type) {
      case 'enriched':
        if (this.pending?.id === message.id) this.pending.done(message.trace);
        return;
      case 'entities':
        void this.answerEntities(worker, message);
        return;
      case 'log':
        if (message.msg === undefined) this.logger[message.level](message.obj);
        else this.logger[message.level](message.obj, message.msg);
        return;
      case 'metric':
        this.recordMetric(message);
        return;
    }
  }

  private async answerEntities(worker: Worker, call: Extract<FromWorker, { type: 'entities' }>): Promise<void> {
    const store = this.services.entities;
    let reply: ToWorker;
    try {
      const value =
        call.method === 'getOrCreate'
          ? await store.getOrCreate(...call.args)
          : call.method === 'get'
            ? await store.get(...call.args)
            : await store.list(...call.args);
      reply = { type: 'entities', id: call.id, ok: true, value };
    } catch (e) {
      reply = { type: 'entities', id: call.id, ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    if (this.worker === worker) worker.postMessage(reply);
  }

  private recordMetric(m: Extract<FromWorker, { type: 'metric' }>): void {
    let metric = this.forwarded.get(m.name);
    if (metric === undefined) {
      metric = m.kind === 'counter' ? this.metrics.counter(m.name, m.help) : this.metrics.histogram(m.name, m.help);
      this.forwarded.set(m.name, metric);
    }
    if ('inc' in metric) metric.inc(m.value, m.labels);
    else metric.observe(m.value, m.labels);
  }

  private crashed(worker: Worker, what: string): void {
    this.kill(worker, what);
    this.pending?.done(new HtError('USER_FUNCTION_FAILED', `enricher '${this.name}' worker ${what}`));
  }

  private kill(worker: Worker, why: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.logger.warn(
      { enricher: this.name },
      `enricher '${this.name}' worker ${why}: stopping it; a new one starts with the next trace`,
    );
    void worker.terminate();
  }
}
