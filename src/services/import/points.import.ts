import { KeyedOperation } from '../idempotency.js';
import { byRule, amount } from './cell-checks.js';
import { fields } from '../validation.js';
import { MEMBER_EXISTS, repeatedInFile, type ImportKind } from './import-kind.js';

/** The ledger idempotency key of a member's imported opening balance: one per member, for ever. */
const KEY = `'import:points:' || s.member_code`;

/**
 * Opening points balances from a legacy system, written through the points ledger: each row is
 * one ADD entry (operation type MIGRATION) whose balance_after is the new balance, so ledger and
 * balance agree. The entry's idempotency key names the member, so a re-run writes nothing twice;
 * a re-run with another amount for an imported member is refused as a row error.
 */
export const pointsImport: ImportKind = {
  name: 'points',
  columns: [
    { name: 'memberCode', required: true, check: byRule(fields.code) },
    { name: 'points', required: true, check: amount },
    { name: 'description', check: byRule(fields.shortText) },
  ],
  crossChecks: [
    MEMBER_EXISTS,
    repeatedInFile(['member_code'], 'memberCode'),
    `select s.row_no, 'points' as column_name,
            'An opening balance of ' || e.amount || ' was imported for member ' || s.member_code || ' already.' as message
       from import_stage s join points_entry e on e.idempotency_key = ${KEY}
      where e.amount <> s.points::numeric`,
    `select s.row_no, 'memberCode' as column_name, 'The key ' || k.key || ' is taken by ' || k.operation || '.' as message
       from import_stage s join idempotency_key k on k.key = ${KEY}
      where k.operation <> '${KeyedOperation.IMPORT_POINTS}'`,
  ],
  batch: ({ from, to, credentialId }) => ({ text: BATCH_SQL, values: [from, to, credentialId] }),
};

// A zero balance needs no entry (an entry moves something). The balance rows are updated in the
// same statement that appends the entries carrying the balance after them.
const BATCH_SQL = `
  with batch as (
    select s.row_no, m.id as member_id, s.points::numeric as points, ${KEY} as key, s.description
      from import_stage s join member m on m.code = s.member_code
     where s.row_no between $1 and $2
  ),
  fresh as (
    select b.* from batch b
     where b.points > 0 and not exists (select 1 from points_entry e where e.idempotency_key = b.key)
  ),
  keys as (
    insert into idempotency_key (merchant_id, key, operation)
    select app_merchant_id(), key, '${KeyedOperation.IMPORT_POINTS}' from fresh
    on conflict (merchant_id, key) do nothing
  ),
  bal as (
    update points_balance p
       set current = p.current + f.points, total_earned = p.total_earned + f.points, updated_at = now()
      from fresh f where p.member_id = f.member_id
    returning p.member_id, p.current
  ),
  rank as (
    -- The ranking's row moves with the balance, in this statement (migration m20261127-310-rank-tables).
    update points_rank r set cents = (bal.current * 100)::bigint from bal where r.member_id = bal.member_id
  ),
  entry as (
    insert into points_entry (id, merchant_id, member_id, direction, amount, earned_delta, used_delta, balance_after,
                              source, operation_type, description, idempotency_key, request_fingerprint, credential_id)
    select gen_random_uuid(), app_merchant_id(), f.member_id, 'ADD', f.points, f.points, 0, bal.current,
           'ADJUSTMENT', 'MIGRATION', coalesce(f.description, 'Opening balance (import)'), f.key,
           'import:' || f.points::text, $3::uuid
      from fresh f join bal on bal.member_id = f.member_id
    returning 1
  )
  select (select count(*) from entry)::int as written,
         (select count(*) from batch)::int - (select count(*) from entry)::int as skipped`;
