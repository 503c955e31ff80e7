import { HtError } from '@ht/stream-core';
import { readRow } from '../query/compileQuery.js';
import type { QueryOptions } from '../query/QueryOptions.js';
import { runWithLimits } from '../query/runWithLimits.js';
import type { QueryRow } from '../query/QueryResult.js';
import type { RebuiltMinutes, RollupDefinition, RollupRange } from '../rollup/defineRollup.js';
import { MINUTE_MICROS } from '../rollup/defineRollup.js';
import type { ClickHouseExecutor } from './ClickHouseExecutor.js';
import type { RollupSqlContext } from './rollupSql.js';
import {
  rebuildStatement,
  rollupReadStatement,
  rollupStateReadStatement,
  rollupStateTableStatement,
  rollupStateWriteStatement,
  rollupTableStatement,
} from './rollupSql.js';

interface Entry {
  readonly rollup: RollupDefinition;
  /** The minutes reads take from the rollup table. */
  rebuilt: RebuiltMinutes;
  /** The interval last written to the state table (or loaded from it). */
  persisted: RebuiltMinutes;
}

const NONE: RebuiltMinutes = { fromMicros: 0, toMicros: 0 };
const same = (a: RebuiltMinutes, b: RebuiltMinutes): boolean =>
  a.fromMicros === b.fromMicros && a.toMicros === b.toMicros;

/** A persisted interval, if the row holds a sane one (whole minutes, `to` after `from`). */
function persistedInterval(row: Record<string, unknown>): RebuiltMinutes | undefined {
  const fromMicros = Number(row['rebuilt_from']);
  const toMicros = Number(row['rebuilt_to']);
  const sane =
    Number.isSafeInteger(fromMicros) &&
    Number.isSafeInteger(toMicros) &&
    fromMicros % MINUTE_MICROS === 0 &&
    toMicros % MINUTE_MICROS === 0 &&
    toMicros > fromMicros;
  return sane ? { fromMicros, toMicros } : undefined;
}

/**
 * The rollups of a ClickHouse store: their tables, per-minute rebuilds from deduplicated base rows, and
 * reads that take rebuilt minutes from the rollup and the others from the base view. Which minutes were
 * rebuilt (one contiguous interval per rollup) is kept in `ht_rollup_state` in the store's database:
 * `ensure` loads it, each rebuild that changes it writes it, so a restarted store reads the rollup table
 * right away. Store instances sharing a database share that table: the newest write wins.
 *
 * @example
 * ```ts
 * const rollups = new ClickHouseRollups(executor, { database: 'ht', features });
 * await rollups.ensure([serviceRed]);
 * ```
 */
export class ClickHouseRollups {
  private readonly entries = new Map<string, Entry>();
  private version = 0;

  constructor(
    private readonly executor: ClickHouseExecutor,
    private readonly ctx: RollupSqlContext,
  ) {}

  /** Creates the rollup tables and the state table, and loads the rebuilt interval of each rollup. */
  async ensure(rollups: readonly RollupDefinition[]): Promise<void> {
    if (rollups.length === 0) return;
    await this.executor.command(rollupStateTableStatement(this.ctx));
    for (const rollup of rollups) await this.executor.command(rollupTableStatement(rollup, this.ctx));
    const rows = await this.executor.query(
      rollupStateReadStatement(
        this.ctx,
        rollups.map((r) => r.name),
      ),
    );
    const stored = new Map(rows.map((r) => [String(r['rollup']), persistedInterval(r)]));
    for (const rollup of rollups) {
      const known = this.entries.get(rollup.name);
      // The state table holds the newest write of any store on this database; without a row, keep what we know.
      const rebuilt = stored.get(rollup.name) ?? known?.rebuilt ?? NONE;
      this.entries.set(rollup.name, {
        rollup: known?.rollup ?? rollup,
        rebuilt,
        persisted: stored.get(rollup.name) ?? known?.persisted ?? NONE,
      });
    }
  }

  /**
   * Rebuilds [from, to) (whole minutes) and extends the rebuilt interval with it (or moves it there when
   * the two do not touch and the new one is later); then writes the interval to the state table if it
   * changed. Rejects if either statement fails (the minutes rebuilt stay valid: rebuilding them again is safe).
   */
  async rebuild(name: string, fromMicros: number, toMicros: number): Promise<void> {
    const entry = this.entryOf(name);
    if (fromMicros % MINUTE_MICROS !== 0 || toMicros % MINUTE_MICROS !== 0 || toMicros < fromMicros) {
      throw new HtError(
        'INPUT_INVALID',
        `rollup '${name}': rebuild needs whole minutes, got [${fromMicros}, ${toMicros})`,
      );
    }
    if (toMicros === fromMicros) return;
    await this.executor.command(rebuildStatement(entry.rollup, this.ctx, fromMicros, toMicros, Date.now() * 1000));
    const { rebuilt } = entry;
    const touches =
      rebuilt.toMicros > rebuilt.fromMicros && fromMicros <= rebuilt.toMicros && toMicros >= rebuilt.fromMicros;
    // Keep one contiguous interval: extend it, or move to the newer one (older minutes are then read from the base).
    // Memory first (the minutes are rebuilt whatever happens next), so concurrent rebuilds never lose an extension.
    entry.rebuilt = touches
      ? { fromMicros: Math.min(fromMicros, rebuilt.fromMicros), toMicros: Math.max(toMicros, rebuilt.toMicros) }
      : toMicros >= rebuilt.toMicros
        ? { fromMicros, toMicros }
        : rebuilt;
    await this.persist(name, entry);
  }

  /** The rebuilt interval of a rollup; `undefined` before anything was rebuilt. */
  rebuiltMinutes(name: string): RebuiltMinutes | undefined {
    const { rebuilt } = this.entryOf(name);
    return rebuilt.toMicros > rebuilt.fromMicros ? rebuilt : undefined;
  }

  /** Reads a rollup (see {@link rollupReadStatement}) under `options` (timeout, cancellation, max rows). */
  async query(name: string, range: RollupRange, options: QueryOptions = {}): Promise<QueryRow[]> {
    const entry = this.entryOf(name);
    const limited =
      options.maxRows !== undefined && !(range.limit !== undefined && range.limit <= options.maxRows)
        ? { ...range, limit: options.maxRows + 1 }
        : range;
    const { sql, outputs } = rollupReadStatement(entry.rollup, this.ctx, limited, entry.rebuilt);
    return runWithLimits(name, options, async (signal) => {
      const limits = options.timeoutMs === undefined ? { signal } : { signal, timeoutMs: options.timeoutMs };
      const raw = await this.executor.query(sql, limits);
      return raw.map((r) => readRow(r, outputs));
    });
  }

  /** Writes the entry's interval if it differs from the one last written (a newer version each time). */
  private async persist(name: string, entry: Entry): Promise<void> {
    const rebuilt = entry.rebuilt;
    if (same(rebuilt, entry.persisted)) return;
    // Wall-clock µs, strictly increasing within this instance: across instances the newest write wins.
    this.version = Math.max(this.version + 1, Date.now() * 1000);
    await this.executor.command(rollupStateWriteStatement(this.ctx, name, rebuilt, this.version));
    entry.persisted = rebuilt;
  }

  private entryOf(name: string): Entry {
    const entry = this.entries.get(name);
    if (entry === undefined)
      throw new HtError('LIFECYCLE', `rollup '${name}' is unknown: call ensureRollups([...]) first`);
    return entry;
  }
}
