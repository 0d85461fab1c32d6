import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { scopeToMerchant, type EntityManager } from '../db/orm.js';
import { StaffUser } from '../entities/staff.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { STAFF_TOKEN_PREFIX, hashCredential } from '../request/authenticate.js';
import { hashPassword, normalizeSecret, verifyPassword } from './password.js';
import { fields, parseInput } from './validation.js';

const loginSchema = z.object({
  merchantId: z.string(),
  username: z.string().trim().toLowerCase().min(1, 'Give a username.').max(64),
  password: z.string().min(1, 'Give a password.').max(200),
});

/** Compared against when the username is unknown, so both cases cost one scrypt (no timing oracle). */
const dummyHashes = new Map<number, Promise<string>>();
function dummyHash(N: number): Promise<string> {
  let hash = dummyHashes.get(N);
  if (!hash) dummyHashes.set(N, (hash = hashPassword(randomBytes(16).toString('hex'), N)));
  return hash;
}

const invalid = () => new BusinessError(ErrorCode.INVALID_CREDENTIALS, 'Wrong merchant, username or password.', 'password');

/**
 * Logs a staff user in and returns a new session token (shown once, stored hashed).
 *
 * The request names its merchant: usernames are unique per merchant only, and naming it lets the
 * login run under row-level security like any other request, with no definer function exposing
 * staff rows across merchants. The legacy shim knows the merchant from its per-merchant mount.
 *
 * Throttling: each attempt is first recorded as PENDING, then the earlier unfinished or failed
 * attempts in the window are counted for this username (since its last success) and for this IP
 * (across merchants). Counting in-flight attempts closes the gap that concurrent guesses would
 * otherwise slip through while scrypt runs. A throttled attempt is not checked at all.
 */
export async function staffLogin(
  ctx: RequestContext,
  input: { merchantId: string; username: string; password: string },
): Promise<{ token: string; expiresAt: Date; staffUser: StaffUser }> {
  const data = parseInput(loginSchema, input);
  if (!fields.uuid.safeParse(data.merchantId).success) throw invalid();
  const em = scopeToMerchant(ctx.em.fork(), data.merchantId);
  const merchant = await em.execute<{ id: string }[]>('select id from merchant where id = ?', [data.merchantId]);
  if (!merchant.length) throw invalid();

  const ip = ctx.ip || 'unknown';
  const since = new Date(Date.now() - ctx.config.LOGIN_WINDOW_SECONDS * 1000);
  // Recording the attempt and counting the earlier ones happen under a lock per username, held
  // for these two statements only (not during scrypt): each attempt then sees every earlier one,
  // so parallel guesses cannot slip past the limit.
  const { attemptId, counts } = await em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtextextended('login:' || ? || ':' || ?, 0))`, [
      data.merchantId,
      data.username,
    ]);
    const [attempt] = await tx.execute<{ id: string }[]>(
      `insert into staff_login_attempt (merchant_id, username, ip, outcome) values (?, ?, ?, 'PENDING') returning id`,
      [data.merchantId, data.username, ip],
    );
    const [row] = await tx.execute<{ by_user: number; by_ip: number }[]>(
      `select
         (select count(*)::int from staff_login_attempt
           where username = ? and id < ? and created_at > ? and outcome in ('PENDING', 'FAILED')
             and id > coalesce((select max(id) from staff_login_attempt where username = ? and outcome = 'SUCCEEDED'), 0)) as by_user,
         count_login_failures_by_ip(?, ?, ?) as by_ip`,
      [data.username, attempt!.id, since, data.username, ip, attempt!.id, since],
    );
    return { attemptId: attempt!.id, counts: row! };
  });
  const finish = (outcome: string) => em.execute('update staff_login_attempt set outcome = ? where id = ?', [outcome, attemptId]);

  if (counts.by_user >= ctx.config.LOGIN_MAX_FAILURES_PER_USERNAME || counts.by_ip >= ctx.config.LOGIN_MAX_FAILURES_PER_IP) {
    await finish('THROTTLED');
    throw new BusinessError(
      ErrorCode.LOGIN_THROTTLED,
      `Too many failed logins; try again in ${Math.ceil(ctx.config.LOGIN_WINDOW_SECONDS / 60)} minutes.`,
      'username',
    );
  }

  const user = await em.findOne(StaffUser, { username: data.username });
  const matches = await verifyPassword(
    normalizeSecret(data.password),
    user?.passwordHash ?? (await dummyHash(ctx.config.SCRYPT_N)),
  );
  if (!user || !matches || !user.active) {
    await finish('FAILED');
    throw invalid();
  }

  const token = STAFF_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ctx.config.STAFF_TOKEN_TTL_SECONDS * 1000);
  await em.transactional(async (tx) => {
    await tx.execute(`update staff_login_attempt set outcome = 'SUCCEEDED' where id = ?`, [attemptId]);
    await tx.execute(
      `insert into staff_session (id, merchant_id, staff_user_id, token_hash, ip, expires_at) values (gen_random_uuid(), ?, ?, ?, ?, ?)`,
      [data.merchantId, user.id, hashCredential(token), ip, expiresAt],
    );
    await tx.execute(
      `update staff_user set login_count = login_count + 1, last_login_at = now(), last_login_ip = ?, updated_at = now() where id = ?`,
      [ip, user.id],
    );
  });
  return { token, expiresAt, staffUser: await em.refreshOrFail(user) };
}

/** Ends the caller's own session; the token stops working at once. */
export async function staffLogout(ctx: RequestContext): Promise<boolean> {
  if (ctx.principal.kind !== 'staff') return false;
  // A staff principal's credential is its session.
  await ctx.em.execute('update staff_session set revoked_at = now() where id = ? and revoked_at is null', [
    ctx.principal.credentialId,
  ]);
  return true;
}

/** Revokes every live session of a staff user (a lost phone, a leaver). Returns how many. */
export async function revokeStaffSessions(em: EntityManager, staffUserId: string): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    'update staff_session set revoked_at = now() where staff_user_id = ? and revoked_at is null returning id',
    [staffUserId],
  );
  return rows.length;
}
