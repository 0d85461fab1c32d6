import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { EntityManager } from '../../db/orm.js';
import { BusinessError, ErrorCode } from '../../errors/error-code.js';
import type { RequestContext } from '../../request/context.js';
import { smsPhone } from '../card-settings.service.js';
import { smsProvider } from './sms-provider.js';

export type SmsPurpose = 'REFUND';

/** Rules of every SMS code, fixed by the issue: 6 digits, 5 minutes, 5 attempts, single use. */
export const SMS_CODE = { digits: 6, ttlSeconds: 300, maxAttempts: 5 } as const;

/**
 * Codes are hashed with their row id as salt. Six digits fall to brute force from any hash, so the
 * hash only keeps live codes out of plain sight in the table; the real protection is the short
 * life and the attempt limit.
 */
const hashCode = (id: string, code: string) => createHash('sha256').update(`${id}:${code}`).digest('hex');

/**
 * Sends a new code for `purpose` to the merchant's SMS phone. A new code replaces the previous one
 * (only the latest is ever checked); requests closer together than SMS_RESEND_SECONDS are refused.
 */
export async function sendSmsCode(ctx: RequestContext, purpose: SmsPurpose): Promise<{ phone: string; expiresAt: Date }> {
  return ctx.em.transactional(async (em) => {
    const phone = await smsPhone(em);
    // Serialises sends per merchant and purpose, so two parallel requests cannot both pass the throttle.
    await em.execute(`select pg_advisory_xact_lock(hashtextextended('sms:' || app_merchant_id()::text || ?, 0))`, [purpose]);
    const [last] = await em.execute<{ seconds: number }[]>(
      `select extract(epoch from now() - created_at)::float8 as seconds from sms_code where purpose = ? order by created_at desc limit 1`,
      [purpose],
    );
    if (last && last.seconds < ctx.config.SMS_RESEND_SECONDS) {
      throw new BusinessError(
        ErrorCode.SMS_RESEND_TOO_SOON,
        `Wait ${Math.ceil(ctx.config.SMS_RESEND_SECONDS - last.seconds)} s before asking for another code.`,
        null,
      );
    }
    const id = randomUUID();
    const code = String(randomInt(0, 10 ** SMS_CODE.digits)).padStart(SMS_CODE.digits, '0');
    const [row] = await em.execute<{ expires_at: Date }[]>(
      `insert into sms_code (id, merchant_id, purpose, phone, code_hash, expires_at)
       values (?, app_merchant_id(), ?, ?, ?, now() + make_interval(secs => ?)) returning expires_at`,
      [id, purpose, phone, hashCode(id, code), SMS_CODE.ttlSeconds],
    );
    await smsProvider(ctx.config.SMS_PROVIDER).send(
      { phone, body: `Your verification code is ${code}. It is valid for ${SMS_CODE.ttlSeconds / 60} minutes.` },
      { em, merchantId: ctx.principal.merchantId, log: ctx.log },
    );
    return { phone, expiresAt: new Date(row!.expires_at) };
  });
}

/**
 * Checks a code against the latest one sent for `purpose` and returns its id. The attempt is
 * counted by one UPDATE that commits on its own, before anything else happens: however attempts
 * arrive (parallel requests, GraphQL aliases, batches), each one costs one of the five, and a
 * failed command cannot roll its attempt back. The caller then consumes the code with
 * `consumeSmsCode` inside its own transaction.
 */
export async function checkSmsCode(ctx: RequestContext, purpose: SmsPurpose, code: string): Promise<string> {
  const rows = await ctx.em.execute<{ id: string; code_hash: string; expired: boolean; consumed: boolean; attempts: number }[]>(
    `with latest as (select id from sms_code where purpose = ? order by created_at desc limit 1)
     update sms_code s set attempts = s.attempts + 1
     from latest where s.id = latest.id and s.attempts < ? and s.consumed_at is null and s.expires_at > now()
     returning s.id, s.code_hash, false as expired, false as consumed, s.attempts`,
    [purpose, SMS_CODE.maxAttempts],
  );
  const row = rows[0];
  if (!row) throw await whyNoAttempt(ctx.em, purpose);
  if (!/^\d{6}$/.test(code) || hashCode(row.id, code) !== row.code_hash) {
    const left = SMS_CODE.maxAttempts - row.attempts;
    throw new BusinessError(ErrorCode.SMS_CODE_WRONG, `Wrong code; ${left} attempt${left === 1 ? '' : 's'} left.`, 'smsCode');
  }
  return row.id;
}

async function whyNoAttempt(em: EntityManager, purpose: SmsPurpose): Promise<BusinessError> {
  const [latest] = await em.execute<{ consumed: boolean; expired: boolean; attempts: number }[]>(
    `select consumed_at is not null as consumed, expires_at <= now() as expired, attempts from sms_code
     where purpose = ? order by created_at desc limit 1`,
    [purpose],
  );
  if (!latest || latest.consumed) return new BusinessError(ErrorCode.SMS_CODE_MISSING, 'Ask for a code first.', 'smsCode');
  if (latest.attempts >= SMS_CODE.maxAttempts) {
    return new BusinessError(ErrorCode.SMS_CODE_LOCKED, 'Too many wrong attempts; ask for a new code.', 'smsCode');
  }
  return new BusinessError(ErrorCode.SMS_CODE_EXPIRED, 'The code has expired; ask for a new one.', 'smsCode');
}

/** Marks a checked code used, in the caller's transaction; a code is used at most once. */
export async function consumeSmsCode(em: EntityManager, codeId: string): Promise<void> {
  const rows = await em.execute<{ id: string }[]>(
    'update sms_code set consumed_at = now() where id = ? and consumed_at is null returning id',
    [codeId],
  );
  if (!rows.length)
    throw new BusinessError(ErrorCode.SMS_CODE_MISSING, 'This code was used already; ask for a new one.', 'smsCode');
}
