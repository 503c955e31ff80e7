import { HtError } from '@ht/stream-core/errors';
import { enrichedTraceCodec } from '../avro/codecs.js';
import { noopLogger } from '../context/Logger.js';
import { noopMetrics } from '../context/Metrics.js';
import type { Trace } from '../model/Trace.js';
import type { ViewDefinition } from '../plugin/defineView.js';
import type { LoadedView } from '../plugin/loadPlugins.js';
import { Isolation } from '../plugin/pluginsConfig.js';
import { InProcessView } from './InProcessView.js';
import { closeInReverse, startInOrder } from './lifecycle.js';
import type { TraceRows } from './TraceRows.js';
import type { ResolvedViewServices, ViewExecutor, ViewRows, ViewServices } from './ViewExecutor.js';
import { WorkerView } from './WorkerView.js';

/**
 * Turns each enriched trace into the rows of every view: the views' step, before the sink, and the
 * views' counterpart of `EnricherChain`. Each view runs in process or in its own worker as loaded, within
 * its time limit. A view that throws, times out or crashes gives no rows for that trace: the failure is
 * counted (`ht_view_errors_total{view,code}`) and logged with the view and the trace id, and the other
 * views keep their rows. Worker views run while the in-process ones do; the trace is encoded once for
 * all of them.
 *
 * @example
 * ```ts
 * const plugins = await loadPlugins(config.plugins, { builtins });
 * const views = new ViewMaterializer(plugins.loadedViews, { logger, metrics });
 * await views.start();
 * const rows = await views.materialize(enrichedTrace); // each view's rows for this trace, by view name
 * await views.close();
 * ```
 */
export class ViewMaterializer {
  /** The views' definitions, in materialize order (for stores to make tables from). */
  readonly views: readonly ViewDefinition[];
  private readonly executors: readonly ViewExecutor[];
  /** Indexes of `executors`, workers first: they are handed the trace first and run while the in-process views do. */
  private readonly runOrder: readonly number[];
  private state: 'new' | 'starting' | 'started' | 'closed' = 'new';

  constructor(views: readonly LoadedView[], services: ViewServices = {}) {
    const resolved: ResolvedViewServices = {
      logger: services.logger ?? noopLogger,
      metrics: services.metrics ?? noopMetrics,
      startTimeoutMs: services.startTimeoutMs ?? 30_000,
    };
    this.views = views.map((v) => v.definition);
    this.executors = views.map((v) => {
      if (v.isolation === Isolation.WORKER) {
        if (v.source === undefined) {
          throw new HtError('CONFIG_INVALID', `view '${v.definition.name}' cannot run in a worker: no module source`);
        }
        return new WorkerView(v.source, v.timeoutMs, resolved);
      }
      return new InProcessView(v.definition, v.timeoutMs, resolved);
    });
    const indexes = this.executors.map((_, i) => i);
    const inWorker = (i: number) => this.executors[i] instanceof WorkerView;
    this.runOrder = [...indexes.filter(inWorker), ...indexes.filter((i) => !inWorker(i))];
  }

  /** The views' names, in materialize order. */
  get names(): string[] {
    return this.executors.map((e) => e.name);
  }

  /** Starts the views' workers in order; if one fails, closes those started and throws. */
  async start(): Promise<void> {
    if (this.state !== 'new') throw new HtError('LIFECYCLE', `ViewMaterializer.start() called when ${this.state}`);
    this.state = 'starting';
    try {
      await startInOrder(this.executors);
    } catch (e) {
      this.state = 'closed';
      throw e;
    }
    this.state = 'started';
  }

  /**
   * The rows every view gives `trace` (which it does not change), by view name in the views' order;
   * views with no rows (or that failed) are absent. Rejects only if not started.
   */
  async materialize(trace: Trace): Promise<TraceRows> {
    if (this.state !== 'started') {
      throw new HtError('LIFECYCLE', `ViewMaterializer.materialize() called when ${this.state}: call start() first`);
    }
    let bytes: Uint8Array | undefined;
    const encoded = (): Uint8Array => (bytes ??= enrichedTraceCodec.encode(trace));
    const executors = this.executors;
    const results = new Array<ViewRows | Promise<ViewRows>>(executors.length);
    for (const i of this.runOrder) results[i] = (executors[i] as ViewExecutor).rows(trace, encoded);
    const rows = new Map<string, ViewRows>();
    for (let i = 0; i < executors.length; i++) {
      const result = results[i] as ViewRows | Promise<ViewRows>;
      const viewRows = result instanceof Promise ? await result : result;
      if (viewRows.length > 0) rows.set((executors[i] as ViewExecutor).name, viewRows);
    }
    return rows;
  }

  /** Stops the views' workers (after the traces they are running). */
  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'closed';
    await closeInReverse(this.executors);
  }
}
