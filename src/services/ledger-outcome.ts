import { createHash } from 'node:crypto';
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { EntityManager } from '../db/orm.js';
import { ExperienceEntry } from '../entities/experience.entity.js';
import type { LedgerEntry } from '../entities/ledger-base.js';
import { PointsEntry } from '../entities/points.entity.js';
import { BusinessError, ErrorCode } from '../errors/error-code.js';
import type { LedgerName, LedgerOutcome } from './ledger-statement.js';
import { isUuid } from './validation.js';

/** Input rules shared by every ledger command. */
export const ledgerFields = {
  /** A positive amount with at most 2 places that fits NUMERIC(14,2). */
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, {
      message: 'An amount is a decimal with at most 12 digits before the point and 2 after.',
      abort: true,
    })
    .refine((v) => new Decimal(v).gt(0), 'An amount must be more than 0.'),
  idempotencyKey: z
    .string()
    .trim()
    .min(1, 'An idempotency key must not be empty.')
    .max(200, 'An idempotency key has at most 200 characters.'),
  orderId: z.string().trim().min(1, 'An order id must not be empty.').max(128, 'An order id has at most 128 characters.'),
  text: (max: number) => z.string().trim().max(max, `At most ${max} characters.`),
};

/** Fails fast on an id that cannot be a member, before any SQL casts it. */
export function requireMemberId(id: string, field = 'memberId'): void {
  if (!isUuid(id)) throw new BusinessError(ErrorCode.MEMBER_NOT_FOUND, `No member with id ${id}.`, field);
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k] ?? null)]),
    );
  }
  return value ?? null;
}

/**
 * What makes two commands "the same" for idempotency: the operation and every field of its input
 * except the key, with absent and null treated alike and amounts normalised ("5" = "5.00").
 */
export function fingerprintOf(operation: string, input: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical({ operation, input })))
    .digest('hex');
}

export const normalizeAmount = (v: string | null | undefined) => (v == null ? null : new Decimal(v).toFixed(2));

const ENTITY = { points: PointsEntry, experience: ExperienceEntry } as const;

export interface Settled<E extends LedgerEntry> {
  entry: E;
  replayed: boolean;
}

/**
 * Turns a ledger outcome into the answer: the new entry; the first entry again for a retry with
 * the same key and content; or the error that explains why nothing was written. `refused` names
 * the error when the member exists and the change itself was refused (e.g. not enough points).
 * `lockedBy` is the input field whose lock another command holds: the idempotency key, or the
 * order id for the order commands that lock by order and take no key.
 */
export async function settle<E extends LedgerEntry>(
  em: EntityManager,
  ledger: LedgerName,
  outcome: LedgerOutcome<E>,
  fingerprint: string | null,
  refused: () => Promise<Settled<E>> | never,
  lockedBy: 'idempotencyKey' | 'orderId' = 'idempotencyKey',
): Promise<Settled<E>> {
  if (!outcome.acquired) {
    throw new BusinessError(
      ErrorCode.IDEMPOTENCY_IN_FLIGHT,
      'The same command is still being processed; retry in a moment.',
      lockedBy,
    );
  }
  if (outcome.prior) {
    if (outcome.prior.fingerprint !== fingerprint) {
      throw new BusinessError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        'This idempotency key was already used for a different command.',
        'idempotencyKey',
      );
    }
    const entry = (await em.findOneOrFail(ENTITY[ledger], { id: outcome.prior.id })) as E;
    return { entry, replayed: true };
  }
  if (outcome.entry) return { entry: outcome.entry, replayed: false };
  if (outcome.memberFound === false) throw new BusinessError(ErrorCode.MEMBER_NOT_FOUND, 'No such member.', 'memberId');
  if (outcome.statusRefusal) throw outcome.statusRefusal;
  return refused();
}

/** A balance as commands report it (the state right after the command, or now for a replay). */
export interface BalanceView {
  memberId: string;
  current: string;
  totalEarned: string;
  used: string;
  /** Experience only. */
  gradeLevel?: number;
}

/** The balance the outcome wrote, or (for a replay) the balance as it is now. */
export async function balanceAfter(
  em: EntityManager,
  ledger: LedgerName,
  memberId: string,
  outcome: LedgerOutcome,
): Promise<BalanceView> {
  if (outcome.balance) return { memberId, ...outcome.balance, ...(outcome.grade ? { gradeLevel: outcome.grade.to } : {}) };
  const table = ledger === 'points' ? 'points_balance' : 'exp_balance';
  const grade = ledger === 'experience' ? ', grade_level' : '';
  const [row] = await em.execute<{ current: string; total_earned: string; used: string; grade_level?: number }[]>(
    `select current, total_earned, used${grade} from ${table} where member_id = :member`,
    { member: memberId },
  );
  if (!row) throw new BusinessError(ErrorCode.MEMBER_NOT_FOUND, 'No such member.', 'memberId');
  return {
    memberId,
    current: row.current,
    totalEarned: row.total_earned,
    used: row.used,
    ...(grade ? { gradeLevel: row.grade_level } : {}),
  };
}
