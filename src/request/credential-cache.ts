import pg from 'pg';
import type { Logger } from 'pino';
import type { Orm } from '../db/orm.js';

/**
 * Remembers, for a few seconds, what a credential resolved to (an API key, a staff token, a shim
 * app), so a request on the hot path authenticates without a database round trip.
 *
 * The revocation bound (docs/security.md):
 * - A revocation made through the services in this process (revokeApiKey, staffLogout, session
 *   revocations, staff user and role changes, shim app status and revocation) clears every cache
 *   of the process at once: {@link credentialsChanged}.
 * - Any change to a credential row, by any process or by hand in SQL, fires a trigger that sends
 *   `pg_notify('membergraph_credentials')` in the changing transaction (migration
 *   m20261126-001-credential-notify). Each server process LISTENs on a connection of its own
 *   ({@link listenForCredentialChanges}) and clears its cache when the notification arrives, just
 *   after the commit. While that connection is down the cache serves nothing (every request asks
 *   the database), and it starts empty when the connection is back.
 * - Whatever happens to notifications (PgBouncer in transaction pooling cannot LISTEN: a LISTEN
 *   sent through it is lost with the server connection it borrowed), no entry is served longer
 *   than CREDENTIAL_CACHE_SECONDS after it was read (default 5; 0 turns the cache off), nor past
 *   a staff token's own expiry.
 *
 * Only live credentials are cached: an unknown or revoked one is asked about every time, so a key
 * created a moment ago works at once. Entries are keyed by the credential's SHA-256 (never the
 * secret itself) or by the shim app's contract and app key.
 */

/** The channel the credential triggers notify and every server process listens on. */
export const CREDENTIALS_CHANNEL = 'membergraph_credentials';
/** More entries than this and the cache starts over: a bound on memory under a flood of keys. */
const MAX_ENTRIES = 10_000;

interface Entry {
  value: unknown;
  until: number;
}

export class CredentialCache {
  private entries = new Map<string, Entry>();
  /** Bumped by every clear: a lookup that started before a clear does not store what it read. */
  private generation = 0;
  /** Listeners currently connected; the cache serves only while one is. */
  private listening = 0;

  constructor(private readonly ttlMs: number) {}

  get serving(): boolean {
    return this.ttlMs > 0 && this.listening > 0;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Answers from the cache, or runs `load` and keeps a live answer until the bound or `expiresAt`. */
  async lookup<T>(key: string, load: () => Promise<T | null>, expiresAt?: (value: T) => Date): Promise<T | null> {
    if (!this.serving) return load();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value as T;
    const generation = this.generation;
    const value = await load();
    if (value === null || generation !== this.generation || !this.serving) return value;
    const until = Math.min(now + this.ttlMs, expiresAt ? expiresAt(value).getTime() : Infinity);
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { value, until });
    return value;
  }

  /** @internal for the listener */
  connected(): void {
    this.clear();
    this.listening++;
  }

  /** @internal for the listener */
  disconnected(): void {
    this.listening--;
    this.clear();
  }
}

/** One cache per request ORM (one per server instance; tests run several in one process). */
const caches = new WeakMap<Orm, CredentialCache>();
/** The same caches, for clearing them all: a revocation does not know which instance holds what. */
const live = new Set<CredentialCache>();

/** The cache of an ORM's server instance; it serves nothing until a listener is connected for it. */
export function credentialCache(orm: Orm): CredentialCache | undefined {
  return caches.get(orm);
}

/**
 * Forgets every cached credential in this process. Services call it right after a revocation or
 * a change of what a credential may do; other processes learn of it through the trigger's
 * notification. Clearing everything is cheap (the next request of each credential pays one
 * lookup) and never wrong.
 */
export function credentialsChanged(): void {
  for (const cache of live) cache.clear();
}

/**
 * Creates the cache of a server instance and keeps it in step with the database: a dedicated
 * connection LISTENs for credential changes, reconnecting after a loss (with the cache serving
 * nothing meanwhile). Started with the GraphQL server, stopped with it (http/app.ts).
 */
export function listenForCredentialChanges(
  orm: Orm,
  options: { url: string; ttlSeconds: number; log: Logger },
): { ready: Promise<void>; stop(): Promise<void> } {
  const cache = new CredentialCache(options.ttlSeconds * 1000);
  caches.set(orm, cache);
  live.add(cache);
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = 100;

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 5000 });
    client = c;
    let up = false;
    let lost = false;
    // Once per client, whether it failed to connect or dropped later.
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (up) cache.disconnected();
      up = false;
      if (stopped) return;
      options.log.warn(`credential change listener: no connection; credentials are not cached until it is back`);
      retry = setTimeout(() => void connect(), delay);
      retry.unref();
      delay = Math.min(delay * 2, 10_000);
    };
    c.on('notification', (message) => {
      if (message.channel === CREDENTIALS_CHANNEL) cache.clear();
    });
    c.on('error', (error) => options.log.warn({ err: error }, 'credential change listener: connection error'));
    c.on('end', onLost);
    try {
      await c.connect();
      await c.query(`listen ${CREDENTIALS_CHANNEL}`);
    } catch (error) {
      options.log.warn({ err: error }, 'credential change listener: could not listen');
      c.end().catch(() => undefined);
      onLost();
      return;
    }
    if (stopped || lost) {
      await c.end().catch(() => undefined);
      return;
    }
    up = true;
    delay = 100;
    cache.connected();
  };
  // The first attempt, whatever its outcome: a server that waits for it caches from its first request.
  const ready = options.ttlSeconds > 0 ? connect() : Promise.resolve();

  return {
    ready,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      live.delete(cache);
      caches.delete(orm);
      await client?.end().catch(() => undefined);
    },
  };
}
