/**
 * What the `backend` enricher reads from a SQL statement: its type and main table. A small scanner, not
 * a parser: full SQL parsers (node-sql-parser, pgsql-parser) are hundreds of kB and parse at a few µs
 * per statement or worse, for two facts that sit in fixed places. It skips comments and leading `WITH`
 * clauses, takes the first keyword as the type, and the table after `FROM` (SELECT, DELETE), `INTO`
 * (INSERT, MERGE, REPLACE), `UPDATE`, or `TABLE` (CREATE/ALTER/DROP/TRUNCATE).
 * A quoted or schema-qualified name is unquoted and kept qualified (`public.orders`).
 *
 * @example
 * ```ts
 * sqlStatementOf('SELECT o.id FROM "public"."orders" o WHERE o.id = $1'); // { type: 'SELECT', table: 'public.orders' }
 * ```
 */
export interface SqlStatement {
  /** Upper-case first keyword: `SELECT`, `INSERT`, `UPDATE`, `DELETE`, `CREATE`, `BEGIN`, … */
  readonly type: string;
  /** The main table, `''` when none is found. */
  readonly table: string;
}

const COMMENTS = /--[^\n]*|\/\*[\s\S]*?\*\//g;
const KEYWORD = /^\s*\(?\s*([A-Za-z]+)/;
const NAME = String.raw`((?:[\w$]+|"[^"]+"|\x60[^\x60]+\x60|\[[^\]]+\])(?:\s*\.\s*(?:[\w$]+|"[^"]+"|\x60[^\x60]+\x60|\[[^\]]+\]))*)`;
const TABLE_AFTER: Readonly<Record<string, RegExp>> = {
  SELECT: new RegExp(String.raw`\bFROM\s+(?!\()` + NAME, 'i'),
  DELETE: new RegExp(String.raw`\bFROM\s+` + NAME, 'i'),
  INSERT: new RegExp(String.raw`\bINTO\s+` + NAME, 'i'),
  REPLACE: new RegExp(String.raw`\bINTO\s+` + NAME, 'i'),
  MERGE: new RegExp(String.raw`\bINTO\s+` + NAME, 'i'),
  UPDATE: new RegExp(String.raw`^\s*UPDATE\s+(?:ONLY\s+)?` + NAME, 'i'),
  CREATE: new RegExp(String.raw`\bTABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?` + NAME, 'i'),
  ALTER: new RegExp(String.raw`\bTABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?` + NAME, 'i'),
  DROP: new RegExp(String.raw`\bTABLE\s+(?:IF\s+EXISTS\s+)?` + NAME, 'i'),
  TRUNCATE: new RegExp(String.raw`^\s*TRUNCATE\s+(?:TABLE\s+)?` + NAME, 'i'),
};

/**
 * The statement type and main table of a SQL statement (see {@link SqlStatement}); `undefined` for
 * text that does not start with a keyword.
 *
 * @example
 * ```ts
 * sqlStatementOf('insert into orders (id) values (?)'); // { type: 'INSERT', table: 'orders' }
 * ```
 */
export function sqlStatementOf(sql: string): SqlStatement | undefined {
  const known = recent.get(sql);
  if (known !== undefined) return known === NOT_A_STATEMENT ? undefined : known;
  const statement = scan(sql);
  if (sql.length <= MAX_MEMO_LENGTH) {
    if (recent.size >= MAX_RECENT) recent.clear();
    recent.set(sql, statement ?? NOT_A_STATEMENT);
  }
  return statement;
}

// Parameterized statements repeat exactly: their scans are remembered (short texts only, at most
// MAX_RECENT, cleared when full, as entityId's ids are).
const MAX_RECENT = 1024;
const MAX_MEMO_LENGTH = 512;
const NOT_A_STATEMENT: SqlStatement = Object.freeze({ type: '', table: '' });
const recent = new Map<string, SqlStatement>();

function scan(sql: string): SqlStatement | undefined {
  let text = sql.includes('--') || sql.includes('/*') ? sql.replace(COMMENTS, ' ') : sql;
  let keyword = KEYWORD.exec(text)?.[1]?.toUpperCase();
  if (keyword === 'WITH') {
    text = stripWith(text);
    keyword = KEYWORD.exec(text)?.[1]?.toUpperCase();
  }
  if (keyword === undefined) return undefined;
  const pattern = TABLE_AFTER[keyword];
  const raw = pattern === undefined ? undefined : pattern.exec(text)?.[1];
  return Object.freeze({ type: keyword, table: raw === undefined ? '' : unquote(raw) });
}

/** Skips `WITH name AS (…), name AS (…)` to the main statement: after a CTE body closes, a comma means another. */
function stripWith(text: string): string {
  let depth = 0;
  for (let i = text.search(/\bWITH\b/i) + 4; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) {
      const rest = text.slice(i + 1).trimStart();
      if (!rest.startsWith(',')) return rest;
    }
  }
  return '';
}

function unquote(name: string): string {
  return name
    .split('.')
    .map((part) => part.trim().replace(/^["`[]|["`\]]$/g, ''))
    .join('.');
}
