/** One cell of an `explore` answer: its text, and its number where it is one. */
export interface ExploreCell {
  readonly name: string;
  readonly value: string;
  readonly number: number | null;
}

/** An `explore` answer as the pages ask for it: the cells of each row. */
export interface ExploreAnswer {
  readonly rows: readonly { readonly cells: readonly ExploreCell[] }[];
}

/** The fields the pages read of an `explore` answer (spliced into their queries). */
export const EXPLORE_FIELDS = 'rows { cells { name value number } }';

/** A row of an `explore` answer by output name: `text` and `number` of each cell. */
export interface ExploreRecord {
  text(name: string): string;
  number(name: string): number;
}

/**
 * The rows of an `explore` answer as records read by output name (a missing cell reads '' or 0).
 *
 * @example
 * ```ts
 * const rows = exploreRows({ rows: [{ cells: [{ name: 'calls', value: '3', number: 3 }] }] });
 * rows[0]?.number('calls'); // 3
 * ```
 */
export function exploreRows(answer: ExploreAnswer): ExploreRecord[] {
  return answer.rows.map((row) => {
    const byName = new Map(row.cells.map((c) => [c.name, c]));
    return {
      text: (name) => byName.get(name)?.value ?? '',
      number: (name) => {
        const cell = byName.get(name);
        if (!cell) return 0;
        return cell.number ?? (Number(cell.value) || 0);
      },
    };
  });
}
