import { Worker } from 'node:worker_threads';
import { HtError, toHtError } from '@ht/stream-core/errors';
import { labelledMetrics } from '../context/Metrics.js';
import type { Counter, Histogram, Metrics } from '../context/Metrics.js';
import type { Logger } from '../context/Logger.js';
import type { EntityStore } from '../entities/EntityStore.js';
import type { PluginSource } from '../plugin/loadPlugins.js';
import type { PluginKind } from './PluginKind.js';
import type { FromWorker, ToWorker, WorkerResult, WorkerStart } from './protocol.js';
import { workerMainUrl } from './workerEntry.js';

interface Pending {
  readonly id: number;
  readonly done: (result: WorkerResult | HtError) => void;
}

/**
 * The host services a {@link PluginWorker} forwards to its plugin. `entities` is absent for views (they
 * get no context).
 */
export interface PluginWorkerServices {
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly entities: EntityStore | undefined;
  /** Bound on a worker's start, and on its close before it is terminated, ms. */
  readonly startTimeoutMs: number;
}

/**
 * One plugin (an enricher or a view) in its own worker thread, one trace at a time: the isolation both
 * {@link WorkerEnricher} and {@link WorkerView} are made of. Each {@link run} sends the trace (EnrichedTrace
 * Avro bytes) and resolves with the worker's answer, or with the HtError that stands for it: past
 * `timeoutMs` the worker is terminated (even a synchronous endless loop stops) and a fresh worker starts
 * with the next trace (`ht_<kind>_worker_restarts_total`); a crash is a `USER_FUNCTION_FAILED`; a worker
 * that fails to start is retried with backoff (1 s doubling to 30 s), traces meanwhile failing at once.
 * Logs and metrics of the plugin, and entity store calls of an enricher, are forwarded to the host.
 * `Result` is what the kind's worker answers (an enricher: the enriched trace's bytes; a view: its rows).
 */
export class PluginWorker<Result extends WorkerResult> {
  /** The host logger bound to this plugin (`{ <kind>: name }`). */
  readonly logger: Logger;
  private readonly what: string;
  private readonly metrics: Metrics;
  private readonly restarts: Counter;
  private readonly restartLabels: Readonly<Record<string, string>>;
  private readonly forwarded = new Map<string, Counter | Histogram>();
  private worker: Worker | undefined;
  private pending: Pending | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private nextId = 0;
  private spawnFailures = 0;
  private nextSpawnAt = 0;

  constructor(
    private readonly kind: PluginKind,
    private readonly source: PluginSource,
    private readonly rawConfig: unknown,
    private readonly timeoutMs: number,
    private readonly services: PluginWorkerServices,
    private readonly workerUrl: URL = workerMainUrl(),
  ) {
    this.what = `${kind} '${source.name}'`;
    this.restartLabels = { [kind]: source.name };
    this.logger = services.logger.child(this.restartLabels);
    this.metrics = labelledMetrics(services.metrics, this.restartLabels);
    this.restarts = services.metrics.counter(`ht_${kind}_worker_restarts_total`, `${kind} workers restarted`);
  }

  /** Starts the worker; rejects (`USER_FUNCTION_FAILED`) with the worker-side reason when it cannot load. */
  start(): Promise<void> {
    return this.spawn();
  }

  /**
   * Runs the plugin on `trace` (EnrichedTrace Avro bytes), after the runs before it. Resolves with the
   * worker's result, or an HtError when there is none (timed out, crashed, unavailable); never rejects.
   * `timeoutMs` replaces the worker's own limit for this run (a view's grows with the trace's spans).
   */
  run(trace: Uint8Array, timeoutMs = this.timeoutMs): Promise<Result | HtError> {
    // With nothing queued the trace is posted at once, so the worker runs while the caller goes on (a
    // materializer runs its in-process views meanwhile).
    const run = this.queued === 0 ? this.runOne(trace, timeoutMs) : this.tail.then(() => this.runOne(trace, timeoutMs));
    this.queued++;
    const settled = run.catch(() => undefined).finally(() => this.queued--);
    this.tail = settled;
    return run;
  }

  /** Waits for the runs queued, asks the worker to close its plugin, and terminates it if that takes too long. */
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

  private async runOne(trace: Uint8Array, timeoutMs: number): Promise<Result | HtError> {
    if (this.worker === undefined) {
      const unavailable = await this.restart();
      if (unavailable !== undefined) return unavailable;
    }
    const worker = this.worker;
    if (worker === undefined) return new HtError('USER_FUNCTION_FAILED', `${this.what} has no worker`);
    const id = this.nextId++;
    return new Promise<Result | HtError>((done) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.kill(worker, 'timed out');
        done(
          new HtError(
            'TIMEOUT',
            `${this.what} did not finish within ${timeoutMs} ms; its worker was stopped and restarted`,
          ),
        );
      }, timeoutMs);
      this.pending = {
        id,
        done: (r) => {
          clearTimeout(timer);
          this.pending = undefined;
          // The worker of this kind answers with this kind's result (see workerMain).
          done(r as Result | HtError);
        },
      };
      worker.postMessage({ type: 'run', id, trace } satisfies ToWorker);
    });
  }

  /** Starts a new worker; answers why there is none when it cannot (backing off after failed starts). */
  private async restart(): Promise<HtError | undefined> {
    const wait = this.nextSpawnAt - performance.now();
    if (wait > 0) {
      return new HtError(
        'USER_FUNCTION_FAILED',
        `${this.what} is unavailable: its worker failed to start; next attempt in ${Math.ceil(wait)} ms`,
      );
    }
    try {
      await this.spawn();
      this.spawnFailures = 0;
      this.restarts.inc(1, this.restartLabels);
      return undefined;
    } catch (e) {
      this.spawnFailures++;
      this.nextSpawnAt = performance.now() + Math.min(30_000, 1000 * 2 ** (this.spawnFailures - 1));
      return toHtError(e, 'USER_FUNCTION_FAILED');
    }
  }

  private spawn(): Promise<void> {
    const start: WorkerStart = {
      kind: this.kind,
      moduleUrl: this.source.moduleUrl,
      name: this.source.name,
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
        reject(new HtError('USER_FUNCTION_FAILED', `${this.what} failed to start in its worker: ${message}`));
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
      case 'done':
        if (this.pending?.id === message.id) this.pending.done(message.result);
        return;
      case 'failed':
        if (this.pending?.id === message.id) {
          this.pending.done(
            new HtError('USER_FUNCTION_FAILED', `${this.what} failed in its worker: ${message.message}`),
          );
        }
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
      if (store === undefined) throw new Error(`a ${this.kind} has no entity store`);
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
    this.pending?.done(new HtError('USER_FUNCTION_FAILED', `${this.what} worker ${what}`));
  }

  private kill(worker: Worker, why: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.logger.warn(
      this.restartLabels,
      `${this.what} worker ${why}: stopping it; a new one starts with the next trace`,
    );
    void worker.terminate();
  }
}
