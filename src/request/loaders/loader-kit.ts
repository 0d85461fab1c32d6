import DataLoader from 'dataloader';

/**
 * The shapes every per-request loader takes: one statement for many keys, answers in the order
 * asked. The domain loader files (index.ts, loyalty.loaders.ts, card.loaders.ts) build on these.
 */

/** Rows by their own id; a missing row answers null. */
export function byId<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return keyed(
    fetch,
    (row) => row.id,
    (rows) => rows[0] ?? null,
  );
}

/** Every row of each key (children of many parents). */
export function groupedBy<T>(fetch: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return keyed(fetch, keyOf, (rows) => rows);
}

/** The general form: rows grouped by key, then shaped by `collect` (first row, list of a field...). */
export function keyed<T, V>(
  fetch: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
  collect: (rows: T[]) => V,
): DataLoader<string, V> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of await fetch([...keys])) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => collect(groups.get(k) ?? []));
  });
}
