import pg from 'pg';

/** `begin` / `start transaction …` as Kysely's PostgreSQL driver sends them, alone and without parameters. */
const TRANSACTION_START = /^(begin|start transaction)\b[a-z ]*$/i;
/** The merchant's setting as MikroORM sends it at a transaction's start: values inlined, local to the transaction. */
const LOCAL_SETTING = /^select set_config\('[a-z_.]+', '[^']*', true\)$/;
const TRANSACTION_END = /^(commit|rollback)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * How long the end of a read-only transaction may wait for the connection's next message before it
 * is sent alone. Under load the next request takes the connection within microseconds and the
 * `rollback` rides along; on a quiet server a connection stays idle in its read-only transaction at
 * most this long (it holds no row locks and no snapshot between statements: read committed).
 */
export const DEFERRED_END_MS = 10;

/**
 * The first parameter of a statement that is a whole transaction by itself: the client sends the
 * merchant's `set_config(…, true)` and the statement in one message, as one implicit transaction
 * (committed when the message ends, rolled back if anything in it fails). See `oneTripStatement`
 * and the lean reads of request/loaders/lean.ts.
 */
export class MerchantScope {
  constructor(readonly merchantId: string) {
    if (!UUID.test(merchantId)) throw new Error('A merchant scope needs a merchant id.');
  }
}

/**
 * The merchant's setting of a MerchantScope, as a named prepared statement with the merchant as its
 * parameter: parsed and planned once per connection, then only bound and run (one text for every
 * merchant, where an inlined id would be a new text to parse and plan on every message).
 */
export const SET_MERCHANT = `select set_config('app.merchant_id', $1, true)`;
const SET_MERCHANT_NAME = 'mg_set_merchant';

type QueryArgs = unknown[];
type Send = (this: pg.Client, ...args: QueryArgs) => unknown;

/** pg's own query class and the parts of its protocol handling a pipelined message delegates to. */
type ProtocolQuery = pg.Query & {
  name?: string;
  text: string;
  callback?: (error: Error | null, result?: pg.QueryResult) => void;
  _result: unknown;
  binary?: boolean;
  prepare(connection: Connection): void;
  handleRowDescription(msg: unknown): void;
  handleDataRow(msg: unknown): void;
  handleCommandComplete(msg: unknown, connection: Connection): void;
  handleEmptyQuery(connection: Connection): void;
  handleError(error: Error, connection: Connection): void;
  handleReadyForQuery(connection: Connection): void;
  handlePortalSuspended(connection: Connection): void;
  handleCopyInResponse(connection: Connection): void;
  handleCopyData(msg: unknown, connection: Connection): void;
};
interface Connection {
  stream: { cork?: () => void; uncork?: () => void };
  parsedStatements: Record<string, string>;
  submittedNamedStatements: Record<string, string>;
  parse(config: { text: string; name: string; types: unknown[] }): void;
  bind(config: { portal: string; statement: string; values: unknown[] }): void;
  execute(config: { portal: string; rows: number }): void;
}

/**
 * Parameterless statements sent ahead of a statement with bind parameters, in the same write and
 * under the same Sync, in the extended protocol: PostgreSQL runs them in order, and the last
 * statement's rows are the answer. Without an explicit `begin` among them, everything up to the
 * Sync is one implicit transaction (committed at the Sync, rolled back on any error).
 */
class PipelinedQuery {
  /** Every statement of the message, for the statement count of the reporting client. */
  get statements(): string[] {
    return this.merchantId ? [...this.prefix, SET_MERCHANT, this.main.text] : [...this.prefix, this.main.text];
  }
  callback?: (error: Error | null, result?: pg.QueryResult) => void;
  private prefixLeft: number;

  constructor(
    private readonly prefix: readonly string[],
    private readonly main: ProtocolQuery,
    /** A MerchantScope's merchant: SET_MERCHANT runs after the prefix, before the main statement. */
    private readonly merchantId?: string,
    /** SET_MERCHANT as a named statement (off for connections through a transaction pooler). */
    private readonly prepareMerchant = true,
  ) {
    this.prefixLeft = prefix.length + (merchantId ? 1 : 0);
  }

  get text(): string {
    return this.main.text;
  }
  /** The main statement's bind parameters (the prefix has none). */
  get values(): unknown[] | undefined {
    return (this.main as { values?: unknown[] }).values;
  }
  /** pg records a named statement as parsed on ParseComplete: only the main statement's counts. */
  get name(): string | undefined {
    return this.prefixLeft === 0 ? this.main.name : undefined;
  }
  /** pg gives the client's type parsers (timestamps as text, …) to the query's result. */
  get _result(): unknown {
    return this.main._result;
  }
  get binary(): boolean | undefined {
    return this.main.binary;
  }
  set binary(value: boolean | undefined) {
    this.main.binary = value;
  }

  submit(connection: Connection): Error | null {
    const { name, text } = this.main;
    const previous = name ? (connection.parsedStatements[name] ?? connection.submittedNamedStatements[name]) : undefined;
    if (previous !== undefined && previous !== text) return new Error(`Prepared statement ${name} was used for a different text`);
    this.main.callback = (error, result) => this.callback?.(error, result);
    connection.stream.cork?.();
    try {
      for (const statement of this.prefix) {
        connection.parse({ text: statement, name: '', types: [] });
        connection.bind({ portal: '', statement: '', values: [] });
        connection.execute({ portal: '', rows: 0 });
      }
      if (this.merchantId) {
        const name = this.prepareMerchant ? SET_MERCHANT_NAME : '';
        if (!name || connection.parsedStatements[name] !== SET_MERCHANT)
          connection.parse({ text: SET_MERCHANT, name, types: [] });
        connection.bind({ portal: '', statement: name, values: [this.merchantId] });
        connection.execute({ portal: '', rows: 0 });
      }
      this.main.prepare(connection); // parse (unless prepared) / bind / describe / execute / sync
    } finally {
      connection.stream.uncork?.();
    }
    return null;
  }

  handleRowDescription(msg: unknown): void {
    this.main.handleRowDescription(msg); // only the main statement is described
  }
  handleDataRow(msg: unknown): void {
    if (this.prefixLeft === 0) this.main.handleDataRow(msg);
  }
  handleCommandComplete(msg: unknown, connection: Connection): void {
    if (this.prefixLeft === 0) {
      this.main.handleCommandComplete(msg, connection);
      return;
    }
    // The merchant's setting ran, so its Parse (sent, or sent before) succeeded: it is prepared on
    // this connection. (Nothing before it failed: an error skips the rest of the message.)
    if (--this.prefixLeft === 0 && this.merchantId && this.prepareMerchant)
      connection.parsedStatements[SET_MERCHANT_NAME] = SET_MERCHANT;
  }
  handleEmptyQuery(connection: Connection): void {
    if (this.prefixLeft > 0) this.prefixLeft--;
    else this.main.handleEmptyQuery(connection);
  }
  handleError(error: Error, connection: Connection): void {
    // PostgreSQL skips everything after an error up to the Sync: a named statement whose Parse was
    // skipped is not prepared, whatever pg assumed when it was sent.
    const { name } = this.main;
    if (name && connection.parsedStatements[name] === undefined) delete connection.submittedNamedStatements[name];
    this.main.handleError(error, connection);
  }
  handleReadyForQuery(connection: Connection): void {
    this.main.handleReadyForQuery(connection);
  }
  handlePortalSuspended(connection: Connection): void {
    this.main.handlePortalSuspended(connection);
  }
  handleCopyInResponse(connection: Connection): void {
    this.main.handleCopyInResponse(connection);
  }
  handleCopyData(msg: unknown, connection: Connection): void {
    this.main.handleCopyData(msg, connection);
  }
}

/**
 * Texts sent as named prepared statements (parsed and planned once per connection): the fixed
 * texts of the hottest reads and writes, marked by their modules. Bounded, so that no caller can
 * fill a connection with prepared statements; texts marked beyond the bound go unnamed.
 */
const preparedNames = new Map<string, string>();
const MAX_PREPARED = 64;
export function prepareText(text: string): void {
  if (preparedNames.size < MAX_PREPARED && !preparedNames.has(text)) preparedNames.set(text, `mg_${preparedNames.size + 1}`);
}

/** Per connection: what is held back to travel with its next message, in order. */
interface Held {
  /** Parameterless transaction control, already answered to its callers. */
  queue: string[];
  /** Where the current transaction's start is in the queue; -1 once it was sent (or none is open). */
  startAt: number;
  startReadOnly: boolean;
  awaitingSetting: boolean;
}

/** `savepoint "trx1"`, `release "trx1"`, `rollback to "trx1"` as Kysely's PostgreSQL driver sends them. */
const SAVEPOINT = /^savepoint ("[^"]+")$/i;
const RELEASE = /^release (?:savepoint )?("[^"]+")$/i;
const ROLLBACK_TO = /^rollback to (?:savepoint )?("[^"]+")$/i;

/**
 * A pg client that sends transaction control with the statements around it instead of on its own:
 * a transaction's start with its first statement, a savepoint with the statement after it, its
 * release with the next message, and a read-only transaction's end with the connection's next
 * message.
 *
 * Every transaction of a request starts with `begin` and `select set_config('app.merchant_id', …,
 * true)` (MikroORM's session context). Those travel without bind parameters, so they can precede
 * the first statement in the same message: in the simple-query protocol for a statement with its
 * values inlined (MikroORM's), in the extended protocol, as parameterless Parse/Bind/Execute steps
 * before the statement and its one Sync, for a statement with bind parameters (the lean loaders,
 * kysely). PostgreSQL runs them in order, on the same connection, in the transaction block the
 * `begin` opens. The database sees the statements it saw before, in the same order and in the same
 * transaction; only the waits between them are gone. (An error in held control, which does not
 * happen with the texts Kysely sends, would surface with the statement it travels with.)
 *
 * - A points change is `begin; select set_config(…); with … update points_balance …`, then `commit`.
 * - A service's transaction inside a shim's request transaction is a savepoint: `savepoint "trx1"`
 *   travels with its first statement and `release "trx1"` with the next message (the commit, often);
 *   a savepoint released or rolled back to before any statement was never sent.
 * - A query's read-only transaction (http/query-transaction.ts) is one message with its first read;
 *   its `rollback` is answered at once and sent at the front of the connection's next message (the
 *   next request's, usually), or alone after DEFERRED_END_MS. A read-only transaction writes
 *   nothing, so ending it later changes no result; it holds only its tables' ACCESS SHARE locks
 *   that long (read committed keeps no snapshot between statements). A write transaction's
 *   `commit` or `rollback` is always sent (with whatever is held) and awaited.
 * - A statement whose first parameter is a MerchantScope is a whole transaction by itself: its
 *   merchant's set_config and the statement go in one message, an implicit transaction.
 * - A cursor or a callback-style call is preceded by what is held, sent on its own.
 * - A transaction ended with its start still held never reached the database: nothing is sent.
 */
export function deferredBeginClient(
  Base: typeof pg.Client,
  options: { preparedStatements: boolean } = { preparedStatements: true },
): typeof pg.Client {
  const send = Base.prototype.query as Send;
  const nameOf = (text: string) => (options.preparedStatements ? preparedNames.get(text) : undefined);
  const heldOf = new WeakMap<pg.Client, Held>();
  /** Connections whose read-only transaction was sent (its end may be deferred). */
  const readOnlyOpen = new WeakSet<pg.Client>();
  const heldFor = (client: pg.Client): Held => {
    let held = heldOf.get(client);
    if (!held) heldOf.set(client, (held = { queue: [], startAt: -1, startReadOnly: false, awaitingSetting: false }));
    return held;
  };
  /** Takes everything held for sending; the transaction held in it (if any) is now open. */
  const takeHeld = (client: pg.Client): string[] => {
    const held = heldOf.get(client);
    if (!held) return [];
    heldOf.delete(client);
    if (held.startAt >= 0 && held.startReadOnly) readOnlyOpen.add(client);
    return held.queue;
  };
  /** The sweep: sends what an idle connection holds ahead of any transaction start still held. */
  const flushEnd = (client: pg.Client) => {
    const held = heldOf.get(client);
    if (!held) return;
    const upTo = held.startAt >= 0 ? held.startAt : held.queue.length;
    if (upTo === 0) return;
    const due = held.queue.splice(0, upTo);
    if (held.startAt >= 0) held.startAt -= upTo;
    else heldOf.delete(client);
    void (send.call(client, due.join('; ')) as Promise<unknown>).catch(() => undefined);
  };

  class DeferredBeginClient extends Base {}
  DeferredBeginClient.prototype.query = function query(this: pg.Client, ...args: QueryArgs) {
    const [statement, values, callback] = args;
    const plain = typeof statement === 'string' && typeof values !== 'function' && typeof callback !== 'function';
    const parameters = plain && Array.isArray(values) && values.length > 0 ? (values as unknown[]) : null;
    const text = plain && !parameters && (values === undefined || Array.isArray(values)) ? (statement as string) : null;

    if (text !== null) {
      const held = heldOf.get(this);
      if (TRANSACTION_START.test(text)) {
        const next = heldFor(this);
        next.startAt = next.queue.length;
        next.queue.push(text);
        next.startReadOnly = /\bread only\b/i.test(text);
        next.awaitingSetting = true;
        return Promise.resolve(answer('BEGIN'));
      }
      if (held && held.startAt >= 0 && held.awaitingSetting && LOCAL_SETTING.test(text)) {
        held.queue.push(text);
        held.awaitingSetting = false;
        return Promise.resolve(answer('SELECT'));
      }
      if (SAVEPOINT.test(text)) {
        heldFor(this).queue.push(text);
        return Promise.resolve(answer('SAVEPOINT'));
      }
      const released = RELEASE.exec(text) ?? ROLLBACK_TO.exec(text);
      if (released) {
        const next = heldFor(this);
        // Released (or rolled back to) before anything was sent after it: it never existed.
        if (next.queue.at(-1)?.toLowerCase() === `savepoint ${released[1]!.toLowerCase()}`) next.queue.pop();
        else next.queue.push(text);
        if (!next.queue.length) heldOf.delete(this);
        return Promise.resolve(answer(RELEASE.test(text) ? 'RELEASE' : 'ROLLBACK'));
      }
      if (TRANSACTION_END.test(text)) {
        if (held && held.startAt >= 0) {
          // Ended before any statement: the transaction never reached the database.
          held.queue.length = held.startAt;
          held.startAt = -1;
          if (!held.queue.length) heldOf.delete(this);
          return Promise.resolve(answer(text.toUpperCase()));
        }
        if (readOnlyOpen.has(this)) {
          readOnlyOpen.delete(this);
          heldFor(this).queue.push(text);
          pendingEnds.add(this, flushEnd);
          return Promise.resolve(answer(text.toUpperCase()));
        }
      }
    }

    const scope = parameters?.[0] instanceof MerchantScope ? parameters[0] : null;
    if (!heldOf.has(this) && !scope) return send.apply(this, args);
    const prefix = takeHeld(this);

    if (text !== null) {
      const combined = send.call(this, [...prefix, text].join('; ')) as Promise<pg.QueryResult | pg.QueryResult[]>;
      return combined.then(lastResult);
    }
    if (parameters) {
      const rest = scope ? parameters.slice(1) : parameters;
      // Text and values as arguments, not a config object: pg copies a config object's every
      // property descriptor first (2 % of a member read's CPU).
      const main = new pg.Query(statement as string, rest) as ProtocolQuery;
      main.name = nameOf(statement as string);
      const pipelined = new PipelinedQuery(prefix, main, scope?.merchantId, options.preparedStatements);
      return new Promise<pg.QueryResult>((resolve, reject) => {
        pipelined.callback = (error, result) => (error ? reject(error) : resolve(result!));
        send.call(this, pipelined);
      });
    }
    // A cursor or a callback-style call returns its own object at once: what is held is queued
    // ahead of it (pg runs a client's queries one after the other, in order).
    void (send.call(this, prefix.join('; ')) as Promise<unknown>).catch(() => undefined);
    return send.apply(this, args);
  } as pg.Client['query'];
  return DeferredBeginClient;
}

/**
 * The connections holding a read-only transaction's end, swept every DEFERRED_END_MS while there
 * are any (one timer for all, not one per request).
 */
const pendingEnds = {
  clients: new Map<pg.Client, (client: pg.Client) => void>(),
  timer: null as NodeJS.Timeout | null,
  add(client: pg.Client, flush: (client: pg.Client) => void) {
    this.clients.set(client, flush);
    if (!this.timer) {
      this.timer = setInterval(() => this.sweep(), DEFERRED_END_MS);
      this.timer.unref();
    }
  },
  sweep() {
    const due = [...this.clients];
    this.clients.clear();
    for (const [client, flush] of due) flush(client);
    if (!this.clients.size && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  },
};

/** Sends every held read-only end now (tests that count statements). */
export function sendDeferredEnds(): void {
  pendingEnds.sweep();
}

/** What a held statement answers at once: no rows (Kysely reads `command`, `rowCount` and `rows`). */
function answer(command: string): pg.QueryResult {
  return { command, rowCount: null, rows: [], fields: [], oid: 0 } as unknown as pg.QueryResult;
}

/** A multi-statement simple query answers one result per statement: the caller asked for the last. */
function lastResult(result: pg.QueryResult | pg.QueryResult[]): pg.QueryResult {
  return Array.isArray(result) ? result[result.length - 1]! : result;
}
