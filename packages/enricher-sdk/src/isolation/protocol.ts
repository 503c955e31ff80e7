import type { EntityType } from '../model/Entity.js';
import type { Columns, RowOf } from '../plugin/columns.js';
import type { PluginKind } from './PluginKind.js';

/** What the host tells a worker at start (its `workerData`): which plugin of which module to run. */
export interface WorkerStart {
  readonly kind: PluginKind;
  readonly moduleUrl: string;
  readonly name: string;
  /** The config as written; the worker parses it with the enricher's schema (views have none). */
  readonly rawConfig: unknown;
  readonly timeoutMs: number;
}

/**
 * What a worker answers a `run` with: an enricher, the trace it enriched (EnrichedTrace Avro); a view, its
 * rows (structured clone keeps every column value type: strings, numbers, bigints, booleans, arrays).
 */
export type WorkerResult = Uint8Array | readonly RowOf<Columns>[];

/** Levels a worker forwards log lines at. */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

/** Messages from the host to a worker. */
export type ToWorker =
  | { readonly type: 'run'; readonly id: number; readonly trace: Uint8Array }
  | { readonly type: 'entities'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly type: 'entities'; readonly id: number; readonly ok: false; readonly message: string }
  | { readonly type: 'close' };

/** The entity store calls a worker makes through the host. */
export type EntityCall =
  | { readonly method: 'getOrCreate'; readonly args: [string, EntityType, string, Readonly<Record<string, string>>?] }
  | { readonly method: 'get'; readonly args: [string, EntityType, string] }
  | { readonly method: 'list'; readonly args: [string, EntityType] };

/** Messages from a worker to the host. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'startFailed'; readonly message: string }
  | { readonly type: 'done'; readonly id: number; readonly result: WorkerResult }
  /** The run failed in a way the plugin's own guard could not record (its rows could not be sent). */
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  | ({ readonly type: 'entities'; readonly id: number } & EntityCall)
  | { readonly type: 'log'; readonly level: LogLevel; readonly obj: object; readonly msg: string | undefined }
  | {
      readonly type: 'metric';
      readonly kind: 'counter' | 'histogram';
      readonly name: string;
      readonly help: string | undefined;
      readonly value: number;
      readonly labels: Readonly<Record<string, string>> | undefined;
    }
  | { readonly type: 'closed' };
