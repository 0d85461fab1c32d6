import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { scopeToMerchant, type EntityManager } from '../db/orm.js';
import { StaffUser } from '../entities/staff.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../request/context.js';
import { credentialsChanged } from '../request/credential-cache.js';
import { STAFF_TOKEN_PREFIX, hashCredential } from '../request/authenticate.js';
import { hashPassword, normalizeSecret, verifyPassword } from './password.js';
import { fields, parseInput } from './validation.js';

const DEVICE_PREFIX = 'mgd_';

const loginSchema = z.object({
  merchantId: z.string(),
  username: z.string().trim().toLowerCase().min(1, 'Give a username.').max(64),
  password: z.string().min(1, 'Give a password.').max(200),
  deviceToken: z.string().max(100).nullish(),
});

/** Compared against when the username is unknown, so both cases cost one scrypt (no timing oracle). */
const dummyHashes = new Map<number, Promise<string>>();
function dummyHash(N: number): Promise<string> {
  let hash = dummyHashes.get(N);
  if (!hash) dummyHashes.set(N, (hash = hashPassword(randomBytes(16).toString('hex'), N)));
  return hash;
}

const invalid = () => new BusinessError(ErrorCode.INVALID_CREDENTIALS, 'Wrong merchant, username or password.', 'password');

/** How long a trusted device keeps its trust without being used. */
const DEVICE_TTL_DAYS = 90;

/** The device a valid device token names for this username, or null (unknown, expired, another user's). */
async function trustedDevice(em: EntityManager, username: string, token: string | null | undefined): Promise<string | null> {
  if (!token?.startsWith(DEVICE_PREFIX)) return null;
  const [row] = await em.execute<{ id: string }[]>(
    `select d.id from staff_device d join staff_user u on u.id = d.staff_user_id
      where d.token_hash = ? and u.username = ? and d.last_used_at > now() - make_interval(days => ?)`,
    [hashCredential(token), username, DEVICE_TTL_DAYS],
  );
  return row?.id ?? null;
}

/**
 * Logs a staff user in and returns a new session token (shown once, stored hashed), and a device
 * token for the next logins from this device.
 *
 * The request names its merchant: usernames are unique per merchant only, and naming it lets the
 * login run under row-level security like any other request, with no definer function exposing
 * staff rows across merchants. The legacy shim knows the merchant from its per-merchant mount.
 *
 * Throttling (OWASP authentication cheat sheet; docs/security.md). Each attempt is first recorded
 * as PENDING, then earlier unfinished or failed attempts in the window are counted:
 * - from an untrusted source: this username from this IP (since its last success there), this
 *   IP across all usernames and merchants, and this username from every untrusted source;
 * - with a trusted device (a device token this user got at an earlier login): this username
 *   from this device only. Someone guessing a username from elsewhere cannot lock its owner out.
 * Counting in-flight attempts closes the gap that concurrent guesses would otherwise slip through
 * while scrypt runs. A throttled attempt is not checked at all.
 */
export async function staffLogin(
  ctx: RequestContext,
  input: { merchantId: string; username: string; password: string; deviceToken?: string | null },
): Promise<{ token: string; expiresAt: Date; staffUser: StaffUser; deviceToken: string }> {
  const data = parseInput(loginSchema, input);
  if (!fields.uuid.safeParse(data.merchantId).success) throw invalid();
  const em = scopeToMerchant(ctx.em.fork(), data.merchantId);
  const merchant = await em.execute<{ id: string }[]>('select id from merchant where id = ?', [data.merchantId]);
  if (!merchant.length) throw invalid();

  const ip = ctx.ip || 'unknown';
  const device = await trustedDevice(em, data.username, data.deviceToken);
  const since = new Date(Date.now() - ctx.config.LOGIN_WINDOW_SECONDS * 1000);
  // Recording the attempt and counting the earlier ones happen under a lock per username, held
  // for these two statements only (not during scrypt): each attempt then sees every earlier one,
  // so parallel guesses cannot slip past the limit.
  const { attemptId, throttled } = await em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtextextended('login:' || ? || ':' || ?, 0))`, [
      data.merchantId,
      data.username,
    ]);
    const [attempt] = await tx.execute<{ id: string }[]>(
      `insert into staff_login_attempt (merchant_id, username, ip, device_id, outcome) values (?, ?, ?, ?, 'PENDING') returning id`,
      [data.merchantId, data.username, ip, device],
    );
    const failed = `created_at > :since and id < :attempt and outcome in ('PENDING', 'FAILED')`;
    const params = { user: data.username, ip, device, since, attempt: attempt!.id };
    const [row] = await tx.execute<{ by_source: number; by_user: number; by_ip: number }[]>(
      device
        ? `select (select count(*)::int from staff_login_attempt
                    where username = :user and device_id = :device and ${failed}
                      and id > coalesce((select max(id) from staff_login_attempt
                                          where username = :user and device_id = :device and outcome = 'SUCCEEDED'), 0)) as by_source,
                  0 as by_user, 0 as by_ip`
        : `select (select count(*)::int from staff_login_attempt
                    where username = :user and ip = :ip and device_id is null and ${failed}
                      and id > coalesce((select max(id) from staff_login_attempt
                                          where username = :user and ip = :ip and device_id is null and outcome = 'SUCCEEDED'), 0)) as by_source,
                  (select count(*)::int from staff_login_attempt where username = :user and device_id is null and ${failed}) as by_user,
                  count_login_failures_by_ip(:ip, :attempt, :since) as by_ip`,
      params,
    );
    const { LOGIN_MAX_FAILURES_PER_USER_SOURCE, LOGIN_MAX_FAILURES_PER_USERNAME, LOGIN_MAX_FAILURES_PER_IP } = ctx.config;
    return {
      attemptId: attempt!.id,
      throttled:
        row!.by_source >= LOGIN_MAX_FAILURES_PER_USER_SOURCE ||
        row!.by_user >= LOGIN_MAX_FAILURES_PER_USERNAME ||
        row!.by_ip >= LOGIN_MAX_FAILURES_PER_IP,
    };
  });
  const finish = (outcome: string) => em.execute('update staff_login_attempt set outcome = ? where id = ?', [outcome, attemptId]);

  if (throttled) {
    await finish('THROTTLED');
    throw new BusinessError(
      ErrorCode.LOGIN_THROTTLED,
      `Too many failed logins; try again in ${Math.ceil(ctx.config.LOGIN_WINDOW_SECONDS / 60)} minutes, or from a device you logged in with before.`,
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
  const deviceToken = device ? data.deviceToken! : DEVICE_PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ctx.config.STAFF_TOKEN_TTL_SECONDS * 1000);
  await em.transactional(async (tx) => {
    await tx.execute(`update staff_login_attempt set outcome = 'SUCCEEDED' where id = ?`, [attemptId]);
    await tx.execute(
      `insert into staff_session (id, merchant_id, staff_user_id, token_hash, ip, expires_at) values (gen_random_uuid(), ?, ?, ?, ?, ?)`,
      [data.merchantId, user.id, hashCredential(token), ip, expiresAt],
    );
    await (device
      ? tx.execute('update staff_device set last_used_at = now() where id = ?', [device])
      : tx.execute('insert into staff_device (id, merchant_id, staff_user_id, token_hash) values (gen_random_uuid(), ?, ?, ?)', [
          data.merchantId,
          user.id,
          hashCredential(deviceToken),
        ]));
    await tx.execute(
      `update staff_user set login_count = login_count + 1, last_login_at = now(), last_login_ip = ?, updated_at = now() where id = ?`,
      [ip, user.id],
    );
  });
  return { token, expiresAt, staffUser: await em.refreshOrFail(user), deviceToken };
}

/** Ends the caller's own session; the token stops working at once. */
export async function staffLogout(ctx: RequestContext): Promise<boolean> {
  if (ctx.principal.kind !== 'staff') return false;
  // A staff principal's credential is its session.
  await ctx.em.execute('update staff_session set revoked_at = now() where id = ? and revoked_at is null', [
    ctx.principal.credentialId,
  ]);
  credentialsChanged();
  return true;
}

/** Revokes every live session of a staff user (a lost phone, a leaver). Returns how many. */
export async function revokeStaffSessions(em: EntityManager, staffUserId: string): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    'update staff_session set revoked_at = now() where staff_user_id = ? and revoked_at is null returning id',
    [staffUserId],
  );
  credentialsChanged();
  return rows.length;
}
