import { Decimal } from 'decimal.js';

/**
 * Expected aggregates computed in JavaScript from the rows a test created, never by the SQL under
 * test: local days through Intl (the zone database of Node, not PostgreSQL's), sums with decimal.js.
 */

/** The local calendar day of an instant in `timeZone`, `YYYY-MM-DD`. */
export function localDay(instant: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

/** The first day of the period a local day falls in (ISO weeks start on Monday). */
export function periodStartOf(day: string, period: 'DAY' | 'WEEK' | 'MONTH'): string {
  if (period === 'DAY') return day;
  if (period === 'MONTH') return `${day.slice(0, 8)}01`;
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** Groups items by a key and folds each group; keys are compared as JSON. */
export function groupBy<T, R>(items: T[], key: (item: T) => unknown, fold: (group: T[]) => R): Map<string, R> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = JSON.stringify(key(item));
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return new Map([...groups].map(([k, group]) => [k, fold(group)]));
}

/** Rows of an aggregate as the same map: key fields to measures. */
export function rowsBy<T, R>(rows: T[], key: (row: T) => unknown, measures: (row: T) => R): Map<string, R> {
  return new Map(rows.map((row) => [JSON.stringify(key(row)), measures(row)]));
}

/** Exact sum of decimal strings, two places. */
export const sum = (values: (string | number)[]): string =>
  values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0)).toFixed(2);
