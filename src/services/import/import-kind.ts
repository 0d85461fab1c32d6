/**
 * What an import kind (members, points, cards) declares: its CSV columns with their per-cell
 * checks, the SQL checks that need the whole file or the database, and the set-based statement
 * that writes one batch of staged rows. The runner (import-runner.ts) does everything else.
 * @module
 */

/** One problem, named by the spreadsheet row it is on (the header is row 1). */
export interface ImportRowError {
  row: number;
  column: string | null;
  message: string;
}

/** A CSV column: its header name, whether a row must fill it, and the check of one cell. */
export interface ImportColumn {
  name: string;
  required?: boolean;
  /**
   * Checks a non-empty cell and returns the value to stage (normalised text), or an error message.
   * Absent: any text is taken as it is.
   */
  check?: (value: string) => { value: string } | { error: string };
}

export interface ImportKind {
  /** members, points, cards: the CLI argument and the upload path. */
  name: string;
  columns: readonly ImportColumn[];
  /**
   * Checks across rows and against the database, run on the staged file (temp table
   * `import_stage`, one text column per CSV column plus `row_no`, under the merchant's row-level
   * security). Each returns rows of (row_no, column_name, message).
   */
  crossChecks: readonly string[];
  /**
   * The one statement that writes the staged rows with row_no in [from, to] and returns one row
   * with `written` (rows that took effect) and `skipped` (rows an earlier run imported already).
   */
  batch(range: { from: number; to: number; credentialId: string | null }): { text: string; values: unknown[] };
  /**
   * For a kind that draws random unique values (card numbers): true for a unique constraint that a
   * batch can break by bad luck of the draw; the batch is rolled back and run again.
   */
  redrawOn?: (constraint: string) => boolean;
}

/** The staged column of a CSV header: `registerStoreCode` is staged as register_store_code. */
export const stageColumn = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A check that reports every later row repeating a value (or tuple) that an earlier row has. */
export function repeatedInFile(columns: string[], label: string): string {
  const key = columns.join(', ');
  return `select row_no, '${label}' as column_name, '${label} repeats row ' || first_row || '.' as message
    from (select row_no, min(row_no) over (partition by ${key}) as first_row from import_stage
          where ${columns.map((c) => `${c} is not null`).join(' and ')}) x
   where row_no <> first_row`;
}

/** A check that the member named by `member_code` exists (points and cards refer to members). */
export const MEMBER_EXISTS = `select s.row_no, 'memberCode' as column_name, 'No member with code ' || s.member_code || '.' as message
    from import_stage s where not exists (select 1 from member m where m.code = s.member_code)`;
