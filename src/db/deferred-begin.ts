import pg from 'pg';

/** `begin` / `start transaction …` as Kysely's PostgreSQL driver sends them, alone and without parameters. */
const TRANSACTION_START = /^(begin|start transaction)\b[a-z ]*$/i;
/** The merchant's setting as MikroORM sends it at a transaction's start: values inlined, local to the transaction. */
const LOCAL_SETTING = /^select set_config\('[a-z_.]+', '[^']*', true\)$/;
const TRANSACTION_END = /^(commit|rollback)$/i;

type QueryArgs = unknown[];
type Send = (this: pg.Client, ...args: QueryArgs) => unknown;

/**
 * A pg client that sends a transaction's start in the same round trip as the transaction's first
 * statement, instead of on its own.
 *
 * Every transaction of a request starts with `begin` and `select set_config('app.merchant_id', …,
 * true)` (MikroORM's session context), and MikroORM inlines values into its statements, so they
 * travel without bind parameters: PostgreSQL's simple-query protocol takes several statements as
 * one message and runs them in order, on the same connection, in the transaction block the `begin`
 * opens (it stays open after the message). The database sees exactly the statements it saw
 * before, in the same order and in the same transaction; only the waits between them are gone.
 *
 * - A read-write transaction holds its `begin` and its merchant until its first statement:
 *   a points change is `begin; select set_config(…); with … update points_balance …`, then
 *   `commit`: two round trips instead of four. (Nobody reads what set_config answers: the value
 *   just given. Were it to fail, the message fails and the transaction rolls back, as before.)
 * - A read-only transaction (a GraphQL query's, http/query-transaction.ts) sends its start and
 *   merchant at once, in one message: the query plugin wants its first round trip before any
 *   resolver runs, so that a database that is down answers 503. Its reads bind parameters (lean
 *   loaders), which the extended protocol sends one statement per message anyway.
 * - A first statement with bind parameters, or a cursor, is preceded by what is held, sent alone
 *   and awaited, exactly as before.
 * - A transaction ended (`commit` / `rollback`) with everything still held never reached the
 *   database: nothing is sent for it.
 *
 * What is held lives only between the calls Kysely makes back to back on a connection it has
 * reserved for the transaction.
 */
export function deferredBeginClient(Base: typeof pg.Client): typeof pg.Client {
  const send = Base.prototype.query as Send;
  /** Per connection: the held start of its transaction, and whether it still waits for the merchant. */
  const held = new WeakMap<pg.Client, { text: string; awaitingSetting: boolean }>();

  class DeferredBeginClient extends Base {}
  DeferredBeginClient.prototype.query = function query(this: pg.Client, ...args: QueryArgs) {
    const [statement, values, callback] = args;
    const plain = typeof statement === 'string' && typeof values !== 'function' && typeof callback !== 'function';
    const text = plain && (values === undefined || (Array.isArray(values) && values.length === 0)) ? (statement as string) : null;
    const start = held.get(this);

    if (!start) {
      if (text === null || !TRANSACTION_START.test(text)) return send.apply(this, args);
      if (/\bread only\b/i.test(text)) held.set(this, { text, awaitingSetting: false });
      else held.set(this, { text, awaitingSetting: true });
      return Promise.resolve(answer('BEGIN'));
    }
    if (start.awaitingSetting && text !== null && LOCAL_SETTING.test(text)) {
      held.set(this, { text: `${start.text}; ${text}`, awaitingSetting: false });
      return Promise.resolve(answer('SELECT'));
    }
    held.delete(this);
    if (text !== null) {
      if (TRANSACTION_END.test(text)) return Promise.resolve(answer(text.toUpperCase()));
      const combined = send.call(this, `${start.text}; ${text}`) as Promise<pg.QueryResult | pg.QueryResult[]>;
      return combined.then(lastResult);
    }
    if (plain) return (send.call(this, start.text) as Promise<unknown>).then(() => send.apply(this, args));
    // A cursor or a callback-style call returns its own object at once: the held start is queued
    // ahead of it (pg runs a client's queries one after the other, in order).
    void (send.call(this, start.text) as Promise<unknown>).catch(() => undefined);
    return send.apply(this, args);
  } as pg.Client['query'];
  return DeferredBeginClient;
}

/** What a held statement answers at once: no rows (Kysely reads `command`, `rowCount` and `rows`). */
function answer(command: string): pg.QueryResult {
  return { command, rowCount: null, rows: [], fields: [], oid: 0 } as unknown as pg.QueryResult;
}

/** A multi-statement simple query answers one result per statement: the caller asked for the last. */
function lastResult(result: pg.QueryResult | pg.QueryResult[]): pg.QueryResult {
  return Array.isArray(result) ? result[result.length - 1]! : result;
}
