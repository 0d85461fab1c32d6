import { createHash, createHmac, pbkdf2Sync, randomBytes, randomUUID } from 'node:crypto';
import type { Orm } from '../db/orm.js';
import { BI_READER_ROLE, BI_SCHEMA } from '../db/bi-views.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import { isUuid } from './validation.js';

/**
 * Per-merchant read-only PostgreSQL logins for BI tools (docs/analytics.md, "BI access"). A login
 * is a PostgreSQL role in the group `membergraph_bi`: it reads the `bi` views and nothing else,
 * and the views show it only the rows of the merchant `bi_login` maps it to. Operator commands:
 * they run on the owner connection (roles are created and dropped, which needs CREATEROLE).
 */

export interface BiLoginOptions {
  merchantId: string;
  /** Login name; generated (`bi_<random>`) when not given. Role names are shared by every database of the server. */
  login?: string;
  /** At most this many connections at once (PostgreSQL's CONNECTION LIMIT). */
  connectionLimit?: number;
  /** Statement timeout set for the login's sessions, in milliseconds. */
  statementTimeoutMs?: number;
}

export interface CreatedBiLogin {
  login: string;
  password: string;
  merchantId: string;
  /** postgresql:// URL with the login and password, for a BI tool's connection form. */
  url: string;
  host: string;
  port: number;
  database: string;
  connectionLimit: number;
  statementTimeoutMs: number;
}

export interface BiLoginRow {
  login: string;
  merchantId: string;
  createdAt: Date;
  revokedAt: Date | null;
  connections: number;
}

export const BI_DEFAULT_CONNECTION_LIMIT = 5;
export const BI_DEFAULT_STATEMENT_TIMEOUT_MS = 60_000;
const LOGIN_PATTERN = /^[a-z][a-z0-9_]{2,62}$/;
/** A session left idle inside a transaction holds locks and snapshots: cut it after this long. */
const IDLE_IN_TRANSACTION_MS = 60_000;
const SCRAM_ITERATIONS = 4096;

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, the format of
 * `pg_authid.rolpassword`): sent instead of the password, so the password never appears in a
 * statement the server might log.
 */
export function scramVerifier(password: string, salt = randomBytes(16)): string {
  const salted = pbkdf2Sync(password, salt, SCRAM_ITERATIONS, 32, 'sha256');
  const storedKey = createHash('sha256').update(createHmac('sha256', salted).update('Client Key').digest()).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${SCRAM_ITERATIONS}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

function positiveInteger(value: number | undefined, fallback: number, field: string, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, `${field} must be a whole number from 1 to ${max}.`, field);
  }
  return value;
}

async function merchantTimeZone(orm: Orm, merchantId: string): Promise<string> {
  const [merchant] = isUuid(merchantId)
    ? await orm.em.fork().execute<{ time_zone: string }[]>('select time_zone from merchant where id = ?', [merchantId])
    : [];
  if (!merchant) throw new BusinessError(ErrorCode.NOT_FOUND, `No merchant with id ${merchantId}.`, 'merchant');
  return merchant.time_zone;
}

/**
 * Creates a login for one merchant and returns its generated password (shown once: only its
 * SCRAM verifier is stored). `databaseUrl` is the URL the server itself uses; the login's URL
 * points at the same host, port and database.
 */
export async function createBiLogin(orm: Orm, databaseUrl: string, options: BiLoginOptions): Promise<CreatedBiLogin> {
  const timeZone = await merchantTimeZone(orm, options.merchantId);
  const login = options.login ?? `bi_${randomBytes(5).toString('hex')}`;
  if (!LOGIN_PATTERN.test(login)) {
    throw new BusinessError(
      ErrorCode.INVALID_INPUT,
      'A login name is 3 to 63 characters: a lower-case letter, then lower-case letters, digits or _.',
      'name',
    );
  }
  const connectionLimit = positiveInteger(options.connectionLimit, BI_DEFAULT_CONNECTION_LIMIT, 'connectionLimit', 100);
  const statementTimeoutMs = positiveInteger(
    options.statementTimeoutMs,
    BI_DEFAULT_STATEMENT_TIMEOUT_MS,
    'statementTimeoutMs',
    3_600_000,
  );
  const password = randomBytes(24).toString('base64url');
  const em = orm.em.fork();
  const [taken] = await em.execute<{ n: number }[]>('select count(*)::int as n from pg_roles where rolname = ?', [login]);
  if (taken!.n > 0) throw new BusinessError(ErrorCode.INVALID_INPUT, `A database role named ${login} exists already.`, 'name');
  await em.transactional(async (tx) => {
    // Identifiers cannot be parameters; the name matched LOGIN_PATTERN and the other values are
    // numbers, a verifier of base64 and a time zone quoted as a literal.
    const role = `"${login}"`;
    await tx.execute(
      `create role ${role} login nosuperuser nocreatedb nocreaterole nobypassrls noreplication
         connection limit ${connectionLimit} password '${scramVerifier(password)}' in role ${BI_READER_ROLE}`,
    );
    await tx.execute(`alter role ${role} set statement_timeout = ${statementTimeoutMs}`);
    await tx.execute(`alter role ${role} set idle_in_transaction_session_timeout = ${IDLE_IN_TRANSACTION_MS}`);
    await tx.execute(`alter role ${role} set default_transaction_read_only = on`);
    await tx.execute(`alter role ${role} set search_path = ${BI_SCHEMA}`);
    await tx.execute(`alter role ${role} set timezone = '${timeZone.replaceAll("'", "''")}'`);
    await tx.execute('insert into bi_login (id, merchant_id, login) values (?, ?, ?)', [randomUUID(), options.merchantId, login]);
  });
  const url = new URL(databaseUrl);
  url.username = login;
  url.password = password;
  url.search = '';
  return {
    login,
    password,
    merchantId: options.merchantId,
    url: url.toString(),
    host: url.hostname,
    port: Number(url.port || 5432),
    database: decodeURIComponent(url.pathname.slice(1)),
    connectionLimit,
    statementTimeoutMs,
  };
}

/** The logins of one merchant (or of all), live and revoked, with how many connections each has open now. */
export async function listBiLogins(orm: Orm, merchantId?: string): Promise<BiLoginRow[]> {
  if (merchantId !== undefined) await merchantTimeZone(orm, merchantId);
  const rows = await orm.em
    .fork()
    .execute<{ login: string; merchant_id: string; created_at: Date; revoked_at: Date | null; connections: number }[]>(
      `select l.login, l.merchant_id, l.created_at, l.revoked_at,
            (select count(*)::int from pg_stat_activity a where a.usename = l.login and l.revoked_at is null) as connections
       from bi_login l
      where (?::uuid is null or l.merchant_id = ?::uuid)
      order by l.created_at, l.login`,
      [merchantId ?? null, merchantId ?? null],
    );
  return rows.map((r) => ({
    login: r.login,
    merchantId: r.merchant_id,
    createdAt: new Date(r.created_at),
    revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
    connections: r.connections,
  }));
}

/**
 * Revokes a merchant's login: its open sessions are ended and the role dropped, so it can neither
 * connect nor keep reading. The mapping row stays, marked revoked, as a record.
 */
export async function revokeBiLogin(orm: Orm, merchantId: string, login: string): Promise<{ login: string; revokedAt: Date }> {
  await merchantTimeZone(orm, merchantId);
  const em = orm.em.fork();
  const [live] = await em.execute<{ id: string }[]>(
    'select id from bi_login where merchant_id = ? and login = ? and revoked_at is null',
    [merchantId, login],
  );
  if (!live) throw new BusinessError(ErrorCode.NOT_FOUND, `Merchant ${merchantId} has no live BI login ${login}.`, 'name');
  const role = `"${login}"`;
  const [roleRow] = await em.execute<{ oid: number }[]>('select oid::int as oid from pg_roles where rolname = ?', [login]);
  const [{ revoked_at: revokedAt }] = await em.transactional(async (tx) => {
    const revoked = await tx.execute<{ revoked_at: Date }[]>(
      'update bi_login set revoked_at = now() where id = ? returning revoked_at',
      [live.id],
    );
    await tx.execute(`drop role if exists ${role}`);
    return revoked as [{ revoked_at: Date }];
  });
  // Sessions opened before the drop would keep running: end them (their lookups already find no
  // live mapping, so they would see no rows anyway).
  if (roleRow) await em.execute('select pg_terminate_backend(pid) from pg_stat_activity where usesysid = ?', [roleRow.oid]);
  return { login, revokedAt: new Date(revokedAt) };
}
