import type { Trace } from '../model/Trace.js';
import type { Columns, RowOf } from '../plugin/columns.js';
import type { EnricherServices } from './EnricherExecutor.js';

/** A view's rows for one trace. */
export type ViewRows = readonly RowOf<Columns>[];

/** No rows: what a failed view gives. */
export const NO_ROWS: ViewRows = Object.freeze([]);

/** What a view's failure costs, said at the end of its log line. */
export const NO_ROWS_CONSEQUENCE = 'no rows from it for this trace; the other views keep theirs';

/**
 * Runs one view, in process or in a worker. `rows` never rejects because of the view: a failure is
 * counted and logged, and the view gives no rows for that trace.
 */
export interface ViewExecutor {
  readonly name: string;
  start(): Promise<void>;
  /**
   * The view's rows for `trace`; `encoded` is the trace as EnrichedTrace Avro bytes (what a worker is
   * sent), made once per trace for every view that needs it. A promise only for a worker.
   */
  rows(trace: Trace, encoded: () => Uint8Array): ViewRows | Promise<ViewRows>;
  close(): Promise<void>;
}

/**
 * The host services a {@link ViewMaterializer} uses: where failures are logged and counted, and the bound
 * on a worker's start. All optional (no-op logger and metrics, 30 s); an {@link EnricherServices} object
 * fits as it is, so one services object serves the enricher chain and the views.
 *
 * @example
 * ```ts
 * const services: ViewServices = { logger, metrics, startTimeoutMs: 10_000 };
 * ```
 */
export type ViewServices = Pick<EnricherServices, 'logger' | 'metrics' | 'startTimeoutMs'>;

/** {@link ViewServices} with every default applied. */
export type ResolvedViewServices = Required<ViewServices>;
