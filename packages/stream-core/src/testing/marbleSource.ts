import { Subject } from 'rxjs';
import type { Observable, Subscription } from 'rxjs';
import type { Position } from '../checkpoint/AckToken.js';
import type { Source, SourceContext } from '../source/Source.js';

/** A {@link Source} driven by observables, for marble tests; see {@link marbleSource}. */
export interface MarbleSource<T> extends Source<T> {
  /** Acknowledgements as `partition@position` strings (positions count emits from 0). */
  readonly acks$: Observable<string>;
  /** Every pause and resume, as `pause:p` / `resume:p`. */
  readonly flowLog: string[];
}

/**
 * A source whose partitions are observables (cold or hot marbles): each emission is one emit (a value,
 * or an array for several records at once), completion ends the partition, an error fails the source.
 * Stopping the job unsubscribes them, which `expectSubscriptions` can check.
 *
 * @example
 * ```ts
 * testScheduler.run(({ cold, expectObservable }) => {
 *   const source = marbleSource({ p0: cold('-a-b-|', { a: { t: 1 }, b: { t: 2 } }) });
 *   job.source(source, { timestamp: (r) => r.t }).map((r) => r.t).to(sink);
 *   expectObservable(sink.values$).toBe('-x-y-|', { x: 1, y: 2 });
 *   void job.start();
 * });
 * ```
 */
export function marbleSource<T>(
  partitions: Readonly<Record<string, Observable<T | readonly T[]>>>,
  name = 'marble-source',
): MarbleSource<T> {
  const acks = new Subject<string>();
  const flowLog: string[] = [];
  let subscriptions: Subscription[] = [];
  return {
    name,
    acks$: acks.asObservable(),
    flowLog,
    start(ctx: SourceContext<T>) {
      const ids = Object.keys(partitions);
      ctx.assign(ids);
      let open = ids.length;
      for (const id of ids) {
        let position = 0;
        const input = partitions[id] as Observable<T | readonly T[]>;
        subscriptions.push(
          input.subscribe({
            next: (v) => ctx.emit(id, Array.isArray(v) ? (v as readonly T[]) : [v as T], position++),
            error: (e: unknown) => ctx.fail(e),
            complete: () => {
              ctx.endPartition(id);
              if (--open === 0) ctx.end();
            },
          }),
        );
      }
    },
    pause: (p) => void flowLog.push(`pause:${p}`),
    resume: (p) => void flowLog.push(`resume:${p}`),
    ack: (p: string, position: Position) => acks.next(`${p}@${position}`),
    stop() {
      for (const s of subscriptions) s.unsubscribe();
      subscriptions = [];
    },
  };
}
