import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { APP_DB_ROLE, MERCHANT_SETTING } from '../../db/roles.js';
import { isUuid } from '../validation.js';
import { stageColumn, type ImportColumn, type ImportKind, type ImportRowError } from './import-kind.js';

/** What the caller sees while an import runs: a bar on a terminal, JSON lines elsewhere. */
export interface ImportProgress {
  /** A phase starts: `validate` (reading and checking the file) or `import` (writing batches). */
  phase(name: 'validate' | 'import', total: number | null): void;
  /** Rows done so far in the current phase. */
  update(done: number): void;
  stop(): void;
}

export interface ImportReport {
  kind: string;
  /** Data rows in the file. */
  rows: number;
  /** Rows that took effect in this run. */
  written: number;
  /** Rows an earlier run imported already (or that change nothing, such as a zero balance). */
  skipped: number;
  /** Every bad row (up to `maxErrors` of them); when not empty nothing was imported. */
  errors: ImportRowError[];
  /** How many problems there were in all, listed or not. */
  errorCount: number;
  seconds: number;
}

export interface ImportOptions {
  /** A connection string; the import switches into the app role, so row-level security applies. */
  url: string;
  merchantId: string;
  /** Recorded on ledger entries (an API key's id); null for operator commands. */
  credentialId: string | null;
  kind: ImportKind;
  source: Readable;
  progress?: ImportProgress;
  batchRows?: number;
  maxErrors?: number;
}

const DEFAULT_BATCH_ROWS = 5000;
const DEFAULT_MAX_ERRORS = 1000;

/** Collects row errors, listing the first `max` and counting them all. */
class ErrorList {
  readonly listed: ImportRowError[] = [];
  count = 0;
  constructor(private readonly max: number) {}
  add(error: ImportRowError): void {
    this.count++;
    if (this.listed.length < this.max) this.listed.push(error);
  }
}

/** Maps the header onto the kind's columns: unknown or repeated names and missing required ones are row-1 errors. */
function readHeader(kind: ImportKind, header: string[], errors: ErrorList): (ImportColumn | null)[] {
  const known = new Map(kind.columns.map((c) => [c.name.toLowerCase(), c]));
  const seen = new Set<string>();
  const mapped = header.map((raw) => {
    const name = raw.trim();
    const column = known.get(name.toLowerCase()) ?? null;
    if (!column)
      errors.add({
        row: 1,
        column: name,
        message: `Unknown column; ${kind.name} files have ${kind.columns.map((c) => c.name).join(', ')}.`,
      });
    else if (seen.has(column.name)) errors.add({ row: 1, column: column.name, message: 'The column appears twice.' });
    if (column) seen.add(column.name);
    return column;
  });
  for (const column of kind.columns) {
    if (column.required && !seen.has(column.name))
      errors.add({ row: 1, column: column.name, message: 'A required column is missing.' });
  }
  return mapped;
}

/**
 * Checks each record's cells and yields the rows to stage, `[row_no, ...kind.columns]` with null
 * for empty cells. A row with a bad cell is reported and not staged.
 */
async function* checkedRows(
  kind: ImportKind,
  records: AsyncIterable<string[]>,
  errors: ErrorList,
  counter: { rows: number; onRow: (rows: number) => void },
): AsyncGenerator<(string | number | null)[]> {
  let columns: (ImportColumn | null)[] | null = null;
  const position = new Map(kind.columns.map((c, i) => [c.name, i + 1]));
  for await (const record of records) {
    if (!columns) {
      columns = readHeader(kind, record, errors);
      if (errors.count) return;
      continue;
    }
    const row = ++counter.rows + 1;
    counter.onRow(counter.rows);
    if (record.length !== columns.length) {
      errors.add({ row, column: null, message: `The row has ${record.length} cells; the header has ${columns.length}.` });
      continue;
    }
    const staged: (string | number | null)[] = new Array(kind.columns.length + 1).fill(null);
    staged[0] = row;
    let bad = false;
    record.forEach((raw, i) => {
      const column = columns![i]!;
      const cell = raw.trim();
      if (!cell) {
        if (column.required) {
          errors.add({ row, column: column.name, message: 'Must not be empty.' });
          bad = true;
        }
        return;
      }
      const checked = column.check ? column.check(cell) : { value: cell };
      if ('error' in checked) {
        errors.add({ row, column: column.name, message: checked.error });
        bad = true;
      } else staged[position.get(column.name)!] = checked.value;
    });
    if (!bad) yield staged;
  }
  if (!columns) errors.add({ row: 1, column: null, message: 'The file is empty: the first line names the columns.' });
}

/** A unique violation the kind can cure by drawing its random values again (see ImportKind.redrawOn). */
function drewTakenValue(kind: ImportKind, error: unknown): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && !!kind.redrawOn?.(constraint ?? '');
}

/**
 * Imports one CSV file: every row is checked first (cells while reading, then the checks that need
 * the whole file or the database, on a staged copy), and only a file without a single bad row is
 * written, in batches of `batchRows`, each in its own transaction. Each kind writes with
 * set-based SQL that skips what an earlier run wrote, so a re-run (after a crash, or of the same
 * file) doubles nothing.
 *
 * Runs on its own connection (the staging table is a temp table of that session) in the app role
 * with the merchant set for the session, so row-level security confines every statement.
 */
export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const { kind, progress } = options;
  const errors = new ErrorList(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const report = (rows: number, written = 0, skipped = 0): ImportReport => ({
    kind: kind.name,
    rows,
    written,
    skipped,
    errors: errors.listed.sort((a, b) => a.row - b.row),
    errorCount: errors.count,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  });

  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query(`set role ${APP_DB_ROLE}`);
    await client.query(`select set_config($1, $2, false)`, [MERCHANT_SETTING, options.merchantId]);
    const columns = kind.columns.map((c) => `${stageColumn(c.name)} text`).join(', ');
    await client.query(`create temp table import_stage (row_no integer primary key, ${columns})`);

    progress?.phase('validate', null);
    const counter = { rows: 0, onRow: (rows: number) => rows % 1000 === 0 && progress?.update(rows) };
    const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: true });
    try {
      await pipeline(
        options.source,
        parser,
        (records: AsyncIterable<string[]>) => checkedRows(kind, records, errors, counter),
        stringify(),
        client.query(copyFrom(`copy import_stage from stdin (format csv)`)),
      );
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      // The parser reads ahead of the rows checked so far: its own line count says where it stopped.
      const row = (error as CsvError & { lines?: number }).lines ?? counter.rows + 2;
      errors.add({ row, column: null, message: `The file is not valid CSV here: ${error.message}` });
    }
    progress?.update(counter.rows);
    if (!errors.count) {
      await client.query('analyze import_stage');
      // The ledgers an earlier batch or run just filled have no fresh statistics yet (the app role
      // cannot ANALYZE them), so the planner takes them for empty and would loop over them once
      // per staged row: a re-run of a million rows would take hours. The checks compare the whole
      // file with them, which hash joins do in one pass.
      await client.query('set enable_nestloop = off');
      for (const check of kind.crossChecks) {
        const { rows } = await client.query<{ row_no: number; column_name: string; message: string }>(check);
        for (const r of rows) errors.add({ row: r.row_no, column: r.column_name, message: r.message });
      }
      await client.query('reset enable_nestloop');
    }
    if (errors.count) return report(counter.rows);

    progress?.phase('import', counter.rows);
    const [{ last }] = (await client.query<{ last: number | null }>('select max(row_no) as last from import_stage')).rows as [
      { last: number | null },
    ];
    let written = 0;
    let skipped = 0;
    const credentialId = isUuid(options.credentialId) ? options.credentialId : null;
    for (let from = 2; last !== null && from <= last; from += batchRows) {
      const statement = kind.batch({ from, to: from + batchRows - 1, credentialId });
      for (let attempt = 1; ; attempt++) {
        await client.query('begin');
        try {
          const { rows } = await client.query<{ written: number; skipped: number }>(statement);
          await client.query('commit');
          written += rows[0]!.written;
          skipped += rows[0]!.skipped;
          break;
        } catch (error) {
          await client.query('rollback');
          if (attempt >= 3 || !drewTakenValue(kind, error)) throw error;
        }
      }
      progress?.update(written + skipped);
    }
    return report(counter.rows, written, skipped);
  } finally {
    progress?.stop();
    await client.end();
  }
}
