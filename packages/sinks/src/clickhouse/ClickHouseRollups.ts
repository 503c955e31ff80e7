import { HtError } from '@ht/stream-core';
import { readRow } from '../query/compileQuery.js';
import type { QueryRow } from '../query/QueryResult.js';
import type { RollupDefinition, RollupRange } from '../rollup/defineRollup.js';
import { MINUTE_MICROS } from '../rollup/defineRollup.js';
import type { ClickHouseExecutor } from './ClickHouseExecutor.js';
import type { RebuiltMinutes, RollupSqlContext } from './rollupSql.js';
import { rebuildStatement, rollupReadStatement, rollupTableStatement } from './rollupSql.js';

interface Entry {
  readonly rollup: RollupDefinition;
  rebuilt: RebuiltMinutes;
}

/**
 * The rollups of a ClickHouse store: their tables, per-minute rebuilds from deduplicated base rows, and
 * reads that take rebuilt minutes from the rollup and the others from the base view. Remembers which
 * minutes it rebuilt (in memory: after a restart, reads use the base view until the next rebuild).
 *
 * @example
 * ```ts
 * const rollups = new ClickHouseRollups(executor, { database: 'ht', features });
 * await rollups.ensure([serviceRed]);
 * ```
 */
export class ClickHouseRollups {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly executor: ClickHouseExecutor,
    private readonly ctx: RollupSqlContext,
  ) {}

  async ensure(rollups: readonly RollupDefinition[]): Promise<void> {
    for (const rollup of rollups) {
      await this.executor.command(rollupTableStatement(rollup, this.ctx));
      if (!this.entries.has(rollup.name))
        this.entries.set(rollup.name, { rollup, rebuilt: { fromMicros: 0, toMicros: 0 } });
    }
  }

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
    entry.rebuilt = touches
      ? { fromMicros: Math.min(fromMicros, rebuilt.fromMicros), toMicros: Math.max(toMicros, rebuilt.toMicros) }
      : toMicros >= rebuilt.toMicros
        ? { fromMicros, toMicros }
        : rebuilt;
  }

  async query(name: string, range: RollupRange): Promise<QueryRow[]> {
    const entry = this.entryOf(name);
    const { sql, outputs } = rollupReadStatement(entry.rollup, this.ctx, range, entry.rebuilt);
    const raw = await this.executor.query(sql);
    return raw.map((r) => readRow(r, outputs));
  }

  private entryOf(name: string): Entry {
    const entry = this.entries.get(name);
    if (entry === undefined)
      throw new HtError('LIFECYCLE', `rollup '${name}' is unknown: call ensureRollups([...]) first`);
    return entry;
  }
}
