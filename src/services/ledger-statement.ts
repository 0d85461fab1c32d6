import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '../db/orm.js';
import { oneTripStatement } from '../db/one-trip.js';
import type { LedgerBusinessType, LedgerSource, PointsOperationType } from '../domain/loyalty-codes.js';
import { ExperienceEntry } from '../entities/experience.entity.js';
import type { LedgerEntry } from '../entities/ledger-base.js';
import { PointsEntry } from '../entities/points.entity.js';
import type { BusinessError } from '../errors/error-code.js';
import type { MemberStatus } from '../domain/member.enums.js';
import { bindIdempotencyKey, type KeyedOperation } from './idempotency.js';
import { memberNotActive, statusesAllowing, type MemberAction } from './member-status.js';
import { gradeEventCte, ledgerEventCte } from './outbox.js';

/**
 * The one way a balance changes: a single SQL statement (a chain of CTEs) that claims the
 * idempotency key, optionally updates the order row, updates the balance row only if it stays
 * non-negative, appends the entry with the balance after it and, for experience, moves the grade
 * and records the move, and sets the member's rank row (points_rank / exp_rank, migration
 * m20261127-310-rank-tables: the rankings' index, kept off the balance row so its update stays
 * HOT). It runs under the balance row's lock for exactly one statement instead
 * of an interactive SELECT ... FOR UPDATE conversation, and the CHECK constraints hold whatever
 * this code does.
 *
 * Read-committed subtleties relied on: the conditional UPDATE re-checks `current + delta >= 0` on
 * the latest row version after waiting for a concurrent writer, so two spends of the last points
 * never both succeed; and the `for update` sub-select hands the UPDATE the grade the row had just
 * before this change, even when another transaction changed it while we waited.
 * @module
 */

export type LedgerName = 'points' | 'experience';

const TABLES = {
  points: { entry: 'points_entry', balance: 'points_balance', rank: 'points_rank', entity: PointsEntry },
  experience: { entry: 'exp_entry', balance: 'exp_balance', rank: 'exp_rank', entity: ExperienceEntry },
} as const;

/** Descriptive columns of the entry. */
export interface EntryFields {
  source: LedgerSource;
  operationType?: PointsOperationType | null;
  businessType?: LedgerBusinessType | null;
  description?: string | null;
  remark?: string | null;
  orderNo?: string | null;
  activityCode?: string | null;
  operatorName?: string | null;
  operatorId?: string | null;
  orgCode?: string | null;
  orgType?: number | null;
  storeId?: string | null;
  credentialId?: string | null;
}

export interface LedgerCommand {
  ledger: LedgerName;
  memberId: string;
  fields: EntryFields;
  /** Effect on totalEarned and used (decimal strings); ignored when `orderCte` supplies them. */
  earnedDelta?: string;
  usedDelta?: string;
  /**
   * Claims this key for the entry; a second command with it changes nothing. The key is first
   * bound to `operation` (see idempotency.ts), so another operation cannot use it.
   */
  idempotency?: { key: string; fingerprint: string; operation: KeyedOperation } | null;
  /**
   * What "the same command is in flight" means when it is not the idempotency key (an order's
   * consumption): a try-lock on this scope and key, held to the end of the transaction.
   */
  lock?: { scope: string; key: string } | null;
  /**
   * Body of a CTE named `ord` that selects `from go` (so it runs only when the command may
   * apply), updates the order row and returns one row with `earned_delta` and `used_delta`, or no
   * row when the order refuses. If it returned a row but the balance refuses, the statement raises
   * ORDER_ROLLBACK and nothing of it stays. Its params join the statement's.
   */
  orderCte?: { sql: string; params: Record<string, unknown> };
  /**
   * What the change does to the member (member-status.ts): the statement applies only while the
   * member's status allows it, checked in the same statement. Absent: no status rule (task awards,
   * whose submission was checked before).
   */
  memberAction?: MemberAction;
}

export interface LedgerOutcome<E extends LedgerEntry = LedgerEntry> {
  /** false: another command with the same key holds it right now. */
  acquired: boolean;
  /** An entry that already claimed the key. */
  prior: { id: string; fingerprint: string } | null;
  entry: E | null;
  balance: { current: string; totalEarned: string; used: string } | null;
  /** Grades before and after (experience only; equal when unchanged). */
  grade: { from: number; to: number } | null;
  /** Set only when nothing applied: whether the member exists in this merchant. */
  memberFound: boolean | null;
  /** Set only when nothing applied because the member's status forbids the change. */
  statusRefusal: BusinessError | null;
  /** The order CTE applied but the balance refused, so the statement was rolled back. */
  orderRolledBack: boolean;
}

const ENTRY_COLUMNS = [
  'source',
  'operation_type',
  'business_type',
  'description',
  'remark',
  'order_no',
  'activity_code',
  'operator_name',
  'operator_id',
  'org_code',
  'org_type',
  'store_id',
  'credential_id',
] as const;
const FIELD_OF: Record<(typeof ENTRY_COLUMNS)[number], keyof EntryFields> = {
  source: 'source',
  operation_type: 'operationType',
  business_type: 'businessType',
  description: 'description',
  remark: 'remark',
  order_no: 'orderNo',
  activity_code: 'activityCode',
  operator_name: 'operatorName',
  operator_id: 'operatorId',
  org_code: 'orgCode',
  org_type: 'orgType',
  store_id: 'storeId',
  credential_id: 'credentialId',
};

/** The grade the new experience reaches, and the grade row locked just before the change. */
const GRADE_SET = `, grade_level = coalesce((select max(g.level) from grade g where g.threshold <= b.current + c.earned_delta - c.used_delta), 0)`;
// Joined to `change` so the row is locked only when the command applies (a refused duplicate
// must fail fast, not wait for the row).
const GRADE_FROM = `, (select x.member_id, x.grade_level from exp_balance x, change where x.member_id = :member for update of x) old`;
const GRADE_HISTORY = `,
  hist as (
    insert into grade_change (id, merchant_id, member_id, from_level, to_level, experience, reason, exp_entry_id)
    select gen_random_uuid(), app_merchant_id(), bal.member_id, bal.from_level, bal.grade_level, bal.current, 'EXPERIENCE', entry.id
    from bal join entry on true where bal.from_level <> bal.grade_level
    returning member_id, from_level, to_level, experience, reason
  ),${gradeEventCte('grade_event', 'hist', ':f_credential_id::text')}`;

/**
 * The one statement of a ledger command, with named parameters (`:member`). applyLedgerChange sends
 * it; the points bench sends it bare as its floor.
 */
export function buildLedgerStatement(command: LedgerCommand): { sql: string; params: Record<string, unknown> } {
  const t = TABLES[command.ledger];
  const exp = command.ledger === 'experience';
  const key = command.idempotency ?? null;
  const lock = command.lock ?? (key ? { scope: t.entry, key: key.key } : null);
  const params: Record<string, unknown> = {
    member: command.memberId,
    earned: command.earnedDelta ?? '0',
    used: command.usedDelta ?? '0',
    key: key?.key ?? null,
    fingerprint: key?.fingerprint ?? null,
    lock_scope: lock?.scope ?? null,
    lock_key: lock?.key ?? null,
    statuses: command.memberAction ? statusesAllowing(command.memberAction).join(',') : null,
    ...command.orderCte?.params,
  };
  for (const column of ENTRY_COLUMNS) params[`f_${column}`] = command.fields[FIELD_OF[column]] ?? null;
  const values = ENTRY_COLUMNS.map((c) => `:f_${c}`).join(', ');
  const ord = command.orderCte;

  // A plain change (no key, no lock, no order) skips the gate: planning it is measurably cheaper,
  // and it is the hot path.
  const guarded = Boolean(lock || key || ord);
  // The member's status allows the change: checked where the change is decided, in this statement.
  const statusOk = command.memberAction
    ? `exists (select 1 from member where id = :member and status = any(string_to_array(:statuses, ',')))`
    : null;
  const gate = `
  gate as (
    select ${lock ? 'pg_try_advisory_xact_lock(app_lock_key(:lock_scope, app_merchant_id(), :lock_key))' : 'true'} as acquired
  ),
  prior as (
    select id, request_fingerprint from ${t.entry} where ${key ? 'idempotency_key = :key' : 'false'}
  ),
  go as (
    select 1 as one from gate
    where acquired and not exists (select 1 from prior)
    ${ord ? 'and exists (select 1 from member where id = :member)' : ''}
    ${statusOk ? `and ${statusOk}` : ''}
  ),`;
  const deltas = ord
    ? 'select earned_delta::numeric as earned_delta, used_delta::numeric as used_delta from ord'
    : `select :earned::numeric as earned_delta, :used::numeric as used_delta${guarded ? ' from go' : ''}`;
  const sql = `
  with${guarded ? gate : ''}
  ${ord ? `ord as (${ord.sql}),` : ''}
  change as (${deltas}),
  bal as (
    update ${t.balance} b
       set current = b.current + c.earned_delta - c.used_delta,
           total_earned = b.total_earned + c.earned_delta,
           used = b.used + c.used_delta,
           updated_at = now()${exp ? GRADE_SET : ''}
      from change c${exp ? GRADE_FROM : ''}
     where b.member_id = :member and b.current + c.earned_delta - c.used_delta >= 0${exp ? ' and old.member_id = b.member_id' : ''}${statusOk && !guarded ? ` and ${statusOk}` : ''}
    returning b.member_id, b.current, b.total_earned, b.used, c.earned_delta, c.used_delta${exp ? ', b.grade_level, old.grade_level as from_level' : ''}
  ),
  entry as (
    insert into ${t.entry} (id, merchant_id, member_id, direction, amount, earned_delta, used_delta, balance_after,
                           idempotency_key, request_fingerprint, ${ENTRY_COLUMNS.join(', ')})
    select gen_random_uuid(), app_merchant_id(), bal.member_id,
           case when bal.earned_delta - bal.used_delta >= 0 then 'ADD' else 'DEDUCT' end,
           abs(bal.earned_delta - bal.used_delta), bal.earned_delta, bal.used_delta, bal.current,
           :key, :fingerprint, ${values}
    from bal
    returning *
  ),
  rank as (
    update ${t.rank} r set cents = (bal.current * 100)::bigint${exp ? ', grade_level = bal.grade_level' : ''}
      from bal where r.member_id = bal.member_id
  )${ledgerEventCte(command.ledger)}${exp ? GRADE_HISTORY : ''}
  select g.acquired as _acquired, p.id as _prior_id, p.request_fingerprint as _prior_fingerprint,
         b.current as _current, b.total_earned as _total_earned, b.used as _used,
         ${exp ? 'b.from_level as _from_level, b.grade_level as _to_level,' : ''}
         case when e.id is null then (select status from member where id = :member) end as _member_status,
         ${ord ? `case when e.id is null and exists (select 1 from ord) then ledger_abort('ORDER_ROLLBACK') end as _guard,` : ''}
         e.*
  from ${guarded ? 'gate g left join prior p on true' : '(select true as acquired) g left join (select null::uuid as id, null::text as request_fingerprint) p on true'}
  left join bal b on true left join entry e on true`;
  return { sql, params };
}

function isRollback(error: unknown): boolean {
  return (error as { code?: string }).code === 'MG001' || /ORDER_ROLLBACK/.test(String((error as Error).message));
}

function isKeyClash(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException && /idempotency_key/.test(String(error.message));
}

/**
 * Runs one ledger command as one statement on `em` (its own implicit transaction, or the caller's
 * transaction when `em` is inside `transactional`).
 */
export async function applyLedgerChange<E extends LedgerEntry>(
  em: EntityManager,
  command: LedgerCommand,
): Promise<LedgerOutcome<E>> {
  if (command.idempotency) await bindIdempotencyKey(em, command.idempotency.key, command.idempotency.operation);
  const { sql, params } = buildLedgerStatement(command);
  const t = TABLES[command.ledger];
  const none: LedgerOutcome<E> = {
    acquired: true,
    prior: null,
    entry: null,
    balance: null,
    grade: null,
    memberFound: null,
    statusRefusal: null,
    orderRolledBack: false,
  };
  let rows: Record<string, unknown>[];
  try {
    // Alone (no transaction of the caller's), the statement is its own transaction: one round trip.
    rows = em.getTransactionContext() ? await em.execute(sql, params) : await oneTripStatement(em, sql, params);
  } catch (error) {
    if (isRollback(error)) return { ...none, orderRolledBack: true };
    // Two commands with one key that ran one after the other, the second with a snapshot taken
    // before the first committed: the unique constraint stops it; answer as a retry would.
    if (isKeyClash(error) && command.idempotency) {
      const [found] = await em.execute<{ id: string; request_fingerprint: string }[]>(
        `select id, request_fingerprint from ${t.entry} where idempotency_key = :key`,
        { key: command.idempotency.key },
      );
      if (found) return { ...none, prior: { id: found.id, fingerprint: found.request_fingerprint } };
    }
    throw error;
  }
  const row = rows[0]!;
  const {
    _acquired,
    _prior_id,
    _prior_fingerprint,
    _current,
    _total_earned,
    _used,
    _from_level,
    _to_level,
    _member_status,
    _guard,
    ...entryRow
  } = row;
  const entry = entryRow.id ? (em.map(t.entity, entryRow) as E) : null;
  return {
    acquired: Boolean(_acquired),
    prior: _prior_id ? { id: String(_prior_id), fingerprint: String(_prior_fingerprint) } : null,
    entry,
    balance: entry ? { current: String(_current), totalEarned: String(_total_earned), used: String(_used) } : null,
    grade: entry && _to_level !== undefined ? { from: Number(_from_level), to: Number(_to_level) } : null,
    memberFound: entry ? null : _member_status != null,
    statusRefusal:
      !entry &&
      _member_status != null &&
      command.memberAction &&
      !statusesAllowing(command.memberAction).includes(_member_status as MemberStatus)
        ? memberNotActive(_member_status as MemberStatus, command.memberAction)
        : null,
    orderRolledBack: false,
  };
}
