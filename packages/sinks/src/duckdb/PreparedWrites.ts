import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';
import type { TableLayout } from '../store/tableLayout.js';
import {
  batchCheckStatement,
  batchRepeatsStatement,
  createColumnStagingTable,
  columnStagingName,
  duplicatesStatement,
  insertStatement,
} from './ddl.js';
import type { TimeRange } from './ddl.js';
import { escapeIdentifier } from '../sql/escape.js';

/**
 * Text one connection may stage (characters, summed over its staging tables) between two creations of
 * those tables: what emptying them leaves in memory, so what this bounds (64 Mi characters, ~45k spans of
 * the built-in views).
 */
export const STAGING_TEXT_BUDGET = 64 * 1024 * 1024;

/** A view's prepared statements on one connection, for the layout they were written for. */
interface ViewStatements {
  readonly layout: TableLayout;
  readonly check: DuckDBPreparedStatement;
  readonly repeats: DuckDBPreparedStatement;
  readonly insert: DuckDBPreparedStatement;
  readonly duplicates: DuckDBPreparedStatement | undefined;
}

/**
 * One writer connection's column-staged writes: the batch check and the plain insert of each view,
 * prepared once (planning the insert of a 40-column view takes DuckDB ~6 ms of CPU, as long as running
 * it on a few thousand rows), and the emptying of its staging tables between batches.
 *
 * Emptying a staging table with `DELETE` keeps the long strings of its deleted rows in memory for the life
 * of the table (DuckDB, measured with `duckdb_memory()`: `OVERFLOW_STRINGS`), while creating it anew makes
 * every prepared statement that reads it plan again. So the tables are emptied, and created anew once
 * the connection staged {@link STAGING_TEXT_BUDGET} characters of text: memory stays bounded and plans
 * are reused for tens of thousands of spans.
 *
 * @example
 * ```ts
 * const prepared = new PreparedWrites(connection, 'main');
 * const [existing, repeats] = await prepared.check(layout, range);
 * if (existing === 0 && repeats === 0) await prepared.insert(layout);
 * await prepared.release(layout, stagedText);
 * ```
 */
export class PreparedWrites {
  private readonly statements = new Map<string, Promise<ViewStatements>>();
  private stagedText = 0;

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly schema: string,
    private readonly budget = STAGING_TEXT_BUDGET,
  ) {}

  /**
   * Counts for the batch staged for `layout`: rows whose key the table holds already (within `range`, µs)
   * and rows repeating a key of the batch (see `batchCheckStatement`).
   */
  async check(layout: TableLayout, range: TimeRange | undefined): Promise<[existing: number, repeats: number]> {
    const { check } = await this.of(layout);
    if (layout.timeColumn !== '' && range !== undefined) {
      check.bindBigInt(1, BigInt(Math.floor(range.fromMicros)));
      check.bindBigInt(2, BigInt(Math.ceil(range.toMicros)));
    }
    const [existing = 1, repeats = 1] = ((await check.runAndReadAll()).getRows()[0] ?? []).map(Number);
    return [existing, repeats];
  }

  /**
   * Rows of the batch staged for `layout` repeating a key of the batch: {@link check} without looking at
   * the table, for a batch none of whose keys the table can hold.
   */
  async repeats(layout: TableLayout): Promise<number> {
    const { repeats } = await this.of(layout);
    const [count = 1] = ((await repeats.runAndReadAll()).getRows()[0] ?? []).map(Number);
    return count;
  }

  /**
   * Rows of `layout`'s table within `range` (µs) sharing their key with another row: zero after a batch
   * appended in the open transaction means it repeats no key and holds none the table had
   * (`duplicatesStatement`). For views with a time column.
   */
  async duplicates(layout: TableLayout, range: TimeRange): Promise<number> {
    const { duplicates } = await this.of(layout);
    if (duplicates === undefined) return 1;
    duplicates.bindBigInt(1, BigInt(Math.floor(range.fromMicros)));
    duplicates.bindBigInt(2, BigInt(Math.ceil(range.toMicros)));
    const [count = 1] = ((await duplicates.runAndReadAll()).getRows()[0] ?? []).map(Number);
    return count;
  }

  /** Inserts the batch staged for `layout` as it is (when {@link check} found nothing to drop). */
  async insert(layout: TableLayout): Promise<void> {
    await (await this.of(layout)).insert.run();
  }

  /**
   * Empties `layout`'s staging table after a batch that staged `stagedText` characters; past the budget,
   * creates every staging table of the connection anew instead.
   */
  async release(layout: TableLayout, stagedText: number): Promise<void> {
    this.stagedText += stagedText;
    if (this.stagedText <= this.budget) {
      await this.connection.run(`DELETE FROM ${escapeIdentifier(columnStagingName(layout.view.name), 'duckdb')}`);
      return;
    }
    this.stagedText = 0;
    await this.connection.run(createColumnStagingTable(layout));
    for (const [view, statements] of this.statements) {
      if (view === layout.view.name) continue;
      await this.connection.run(createColumnStagingTable((await statements).layout));
    }
  }

  /** The statements of `layout`, prepared on first use and again when the view's layout changed (a migration). */
  private async of(layout: TableLayout): Promise<ViewStatements> {
    const name = layout.view.name;
    let statements = this.statements.get(name);
    if (statements === undefined || (await statements).layout !== layout) {
      if (statements !== undefined) {
        const { check, repeats, insert, duplicates } = await statements;
        check.destroySync();
        repeats.destroySync();
        insert.destroySync();
        duplicates?.destroySync();
      }
      statements = this.prepare(layout);
      this.statements.set(name, statements);
      // A failed prepare is not kept: the next batch tries again.
      statements.catch(() => this.statements.delete(name));
    }
    return statements;
  }

  private async prepare(layout: TableLayout): Promise<ViewStatements> {
    const check = await this.connection.prepare(batchCheckStatement(layout, this.schema, 'parameters'));
    const repeats = await this.connection.prepare(batchRepeatsStatement(layout));
    const insert = await this.connection.prepare(insertStatement(layout, this.schema));
    // A view without a time column never takes the direct path (docs/stores.md): nothing to prepare.
    const duplicates =
      layout.timeColumn === '' ? undefined : await this.connection.prepare(duplicatesStatement(layout, this.schema));
    return { layout, check, repeats, insert, duplicates };
  }
}
