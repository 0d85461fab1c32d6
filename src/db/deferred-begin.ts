import pg from 'pg';

/** `begin` / `start transaction …` as Kysely's PostgreSQL driver sends them, alone and without parameters. */
const TRANSACTION_START = /^(begin|start transaction)\b[a-z ]*$/i;

type QueryArgs = unknown[];
type Send = (this: pg.Client, ...args: QueryArgs) => unknown;

/**
 * A pg client that sends a transaction's `begin` in the same round trip as the transaction's first
 * statement, instead of on its own.
 *
 * Every transaction of a request starts with `begin` and then `select set_config('app.merchant_id',
 * …, true)` (MikroORM's session context), and MikroORM inlines values into its statements, so both
 * travel without parameters: PostgreSQL's simple-query protocol takes them as one message,
 * `begin; select set_config(…)`, executed in order on the same connection. The database sees
 * exactly the statements it saw before, in the same order and in the same transaction (the
 * transaction block opened by `begin` stays open after the message); only the wait between them
 * is gone. A member read is then three round trips (begin + merchant, select, rollback) and a
 * ledger write three (begin + merchant, statement, commit) instead of four.
 *
 * Nothing else changes:
 * - the `begin` is held only until the next statement on that connection, which Kysely sends
 *   right after it (the connection is reserved for the transaction);
 * - a first statement with bind parameters (the extended protocol allows one statement per
 *   message), or a cursor, is preceded by the held `begin` sent alone and awaited, as before;
 * - a transaction ended before any statement (`commit` / `rollback` with the `begin` still held)
 *   never reached the database, so nothing is sent for it.
 */
export function deferredBeginClient(Base: typeof pg.Client): typeof pg.Client {
  const send = Base.prototype.query as Send;
  const held = new WeakMap<pg.Client, string>();

  class DeferredBeginClient extends Base {}
  DeferredBeginClient.prototype.query = function query(this: pg.Client, ...args: QueryArgs) {
    const [statement, values, callback] = args;
    const plain = typeof statement === 'string' && typeof callback !== 'function' && !(typeof values === 'function');
    const withoutParameters = plain && (values === undefined || (Array.isArray(values) && values.length === 0));
    const begin = held.get(this);

    if (withoutParameters && TRANSACTION_START.test(statement as string) && begin === undefined) {
      held.set(this, statement as string);
      return Promise.resolve(EMPTY_RESULT);
    }
    if (begin === undefined) return send.apply(this, args);

    held.delete(this);
    if (withoutParameters) {
      if (/^(commit|rollback)$/i.test(statement as string)) return Promise.resolve(EMPTY_RESULT);
      return (send.call(this, `${begin}; ${statement as string}`) as Promise<pg.QueryResult | pg.QueryResult[]>).then(lastResult);
    }
    if (plain) return (send.call(this, begin) as Promise<unknown>).then(() => send.apply(this, args));
    // A cursor or a callback-style call returns its own object at once: queue the `begin` ahead of it
    // (pg runs a client's queries one after the other, in order); if the `begin` fails, so does the
    // connection, and the call queued behind it with it.
    void (send.call(this, begin) as Promise<unknown>).catch(() => undefined);
    return send.apply(this, args);
  } as pg.Client['query'];
  return DeferredBeginClient;
}

/** What `begin` answers: no rows (Kysely reads `command`, `rowCount` and `rows`). */
const EMPTY_RESULT = { command: 'BEGIN', rowCount: null, rows: [], fields: [], oid: 0 } as unknown as pg.QueryResult;

/** A multi-statement simple query answers one result per statement: the caller asked for the last. */
function lastResult(result: pg.QueryResult | pg.QueryResult[]): pg.QueryResult {
  return Array.isArray(result) ? result[result.length - 1]! : result;
}
