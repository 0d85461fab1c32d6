import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE } from '../db/roles.js';
import { grantAndIsolate, timestamps } from './sql-helpers.js';

// Literal lists, not imports of the TypeScript enums: a migration is a snapshot and must not change
// meaning when application code changes later.
const OPERATION_TYPES = [
  'CONSUMPTION_REWARD',
  'POINTS_PAYMENT_REFUND',
  'CHECK_IN',
  'MANUAL_GRANT',
  'GRADE_UPGRADE_REWARD',
  'MIGRATION',
  'BIRTHDAY_GIFT',
  'REGISTRATION_GIFT',
  'PROFILE_COMPLETION_GIFT',
  'SPEND_THRESHOLD_GIFT',
  'MANUAL_DEDUCTION',
  'REDEMPTION',
  'CLEARANCE',
  'POINTS_PAYMENT',
  'CONSUMPTION_REWARD_REVERSAL',
  'GRADE_UPGRADE_REWARD_REVERSAL',
  'SPEND_THRESHOLD_GIFT_REVERSAL',
];
const BUSINESS_TYPES = [
  'REGISTRATION_GIFT',
  'EXPERIENCE_GRANT',
  'GRADE_UPGRADE',
  'GRADE_DOWNGRADE',
  'POINTS_PAYMENT',
  'CONSUMPTION_REWARD',
  'SPEND_THRESHOLD_GIFT',
  'BIRTHDAY_GIFT',
  'SCHEDULED_GIFT',
  'STORED_VALUE_PAYMENT',
  'STORED_VALUE_RECHARGE',
  'PROFILE_COMPLETION_GIFT',
  'GRADE_UPGRADE_POINTS',
  'STORED_VALUE_CARD_ISSUE',
  'CONSUMPTION_DATA_ADD',
  'CONSUMPTION_DATA_REVERSAL',
];
const SOURCES = ['ADJUSTMENT', 'ORDER_CONSUME', 'ORDER_REVOKE', 'ORDER_RETURN', 'TASK'];
const inList = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/** A cached balance: `current = total_earned - used`, never negative, one row per member. */
function balanceTable(table: string, extra = ''): string {
  return `
    create table ${table} (
      member_id uuid primary key,
      merchant_id uuid not null references merchant(id),
      current numeric(14,2) not null default 0 check (current >= 0),
      total_earned numeric(14,2) not null default 0 check (total_earned >= 0),
      used numeric(14,2) not null default 0 check (used >= 0),
      ${extra}
      updated_at timestamptz not null default now(),
      check (current = total_earned - used),
      foreign key (merchant_id, member_id) references member (merchant_id, id)
    );`;
}

/**
 * An append-only ledger. Each entry carries its effect on the two counters (earned_delta,
 * used_delta) so that every balance column is the plain sum of one entry column; `amount` and
 * `direction` are what callers see, tied to the deltas by CHECKs.
 */
function entryTable(table: string): string {
  return `
    create table ${table} (
      id uuid primary key,
      seq bigint generated always as identity,
      merchant_id uuid not null references merchant(id),
      member_id uuid not null,
      direction text not null check (direction in ('ADD', 'DEDUCT')),
      amount numeric(14,2) not null check (amount >= 0),
      earned_delta numeric(14,2) not null,
      used_delta numeric(14,2) not null,
      balance_after numeric(14,2) not null check (balance_after >= 0),
      source text not null check (source in (${inList(SOURCES)})),
      operation_type text check (operation_type in (${inList(OPERATION_TYPES)})),
      business_type text check (business_type in (${inList(BUSINESS_TYPES)})),
      description text check (length(description) <= 200),
      remark text check (length(remark) <= 500),
      order_no text check (length(order_no) between 1 and 128),
      activity_code text check (length(activity_code) <= 64),
      operator_name text check (length(operator_name) <= 100),
      operator_id text check (length(operator_id) <= 64),
      org_code text check (length(org_code) <= 64),
      org_type smallint check (org_type in (1, 2, 3)),
      store_id uuid,
      credential_id uuid,
      idempotency_key text check (length(idempotency_key) between 1 and 200),
      request_fingerprint text,
      created_at timestamptz not null default now(),
      check (amount = abs(earned_delta - used_delta)),
      check ((direction = 'ADD') = (earned_delta - used_delta >= 0)),
      -- Only a return may net to zero (it earned and spent the same); it is still recorded.
      check (amount > 0 or source = 'ORDER_RETURN'),
      check ((idempotency_key is null) = (request_fingerprint is null)),
      -- The ledger itself backs idempotency: a key is used once per merchant, for ever.
      unique (merchant_id, idempotency_key),
      foreign key (merchant_id, member_id) references member (merchant_id, id),
      foreign key (merchant_id, store_id) references store (merchant_id, id)
    );
    create index ${table}_member_idx on ${table} (member_id, seq desc);
    create index ${table}_merchant_time_idx on ${table} (merchant_id, created_at desc);
    create index ${table}_order_idx on ${table} (member_id, order_no) where order_no is not null;
    ${grantAndIsolate(table, 'select, insert')}
    revoke update, delete, truncate on ${table} from ${APP_DB_ROLE};`;
}

/**
 * Points and experience ledgers with their balances, grades and grade history, points orders,
 * task configuration and the task completion log, and per-merchant loyalty settings.
 */
export class LoyaltyMigration extends Migration {
  override name = 'm20261123-002-loyalty';

  override up(): void {
    // Advisory-lock key for "a command with this key is running"; a function so tests and the
    // services compute the same number.
    this.addSql(`
      create function app_lock_key(scope text, merchant uuid, key text) returns bigint
      language sql immutable parallel safe as $$
        select hashtextextended(scope || ':' || merchant::text || ':' || key, 0)
      $$;`);
    // Raised from inside a ledger statement to roll the whole statement back when one part
    // applied and another did not (an order updated, but the balance would go negative).
    this.addSql(`
      create function ledger_abort(reason text) returns boolean language plpgsql as $$
      begin
        raise exception using errcode = 'MG001', message = reason;
      end $$;`);

    this.addSql(`
      create table loyalty_settings (
        merchant_id uuid primary key references merchant(id),
        money_to_points_rate numeric(12,4) not null default 1 check (money_to_points_rate > 0),
        points_scale smallint not null default 0 check (points_scale between 0 and 2),
        ${timestamps}
      );`);
    this.addSql(grantAndIsolate('loyalty_settings', 'select, insert, update'));

    this.addSql(`
      create table grade (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        level smallint not null check (level between 1 and 999),
        code text not null check (length(code) between 1 and 64),
        name text not null check (length(name) between 1 and 100),
        threshold numeric(14,2) not null check (threshold >= 0),
        ${timestamps},
        unique (merchant_id, level),
        unique (merchant_id, code)
      );`);
    this.addSql(grantAndIsolate('grade'));

    this.addSql(balanceTable('points_balance'));
    this.addSql(`create index points_balance_rank_idx on points_balance (merchant_id, current desc, member_id);`);
    this.addSql(grantAndIsolate('points_balance', 'select, insert, update'));
    // grade_level 0 means "below every threshold" (no grade).
    this.addSql(balanceTable('exp_balance', 'grade_level smallint not null default 0 check (grade_level >= 0),'));
    this.addSql(`create index exp_balance_rank_idx on exp_balance (merchant_id, current desc, member_id);`);
    this.addSql(`create index exp_balance_grade_idx on exp_balance (merchant_id, grade_level, current);`);
    this.addSql(grantAndIsolate('exp_balance', 'select, insert, update'));

    this.addSql(entryTable('points_entry'));
    this.addSql(entryTable('exp_entry'));

    this.addSql(`
      create table grade_change (
        id uuid primary key,
        seq bigint generated always as identity,
        merchant_id uuid not null references merchant(id),
        member_id uuid not null,
        from_level smallint not null,
        to_level smallint not null check (to_level <> from_level),
        experience numeric(14,2) not null,
        reason text not null check (reason in ('EXPERIENCE', 'GRADE_TABLE')),
        exp_entry_id uuid,
        created_at timestamptz not null default now(),
        foreign key (merchant_id, member_id) references member (merchant_id, id)
      );`);
    this.addSql(`create index grade_change_member_idx on grade_change (member_id, seq desc);`);
    this.addSql(grantAndIsolate('grade_change', 'select, insert'));
    this.addSql(`revoke update, delete, truncate on grade_change from ${APP_DB_ROLE};`);

    // Per order: what it spent and earned, and how much of each was given back. Every operation
    // on an order updates this row in the same statement as the balance, so its counters are
    // read under the row lock and revokes can never exceed what was spent.
    this.addSql(`
      create table points_order (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        member_id uuid not null,
        order_no text not null check (length(order_no) between 1 and 128),
        spent numeric(14,2) not null default 0 check (spent >= 0),
        spent_reversed numeric(14,2) not null default 0 check (spent_reversed between 0 and spent),
        earned numeric(14,2) not null default 0 check (earned >= 0),
        earned_reversed numeric(14,2) not null default 0 check (earned_reversed between 0 and earned),
        consume_fingerprint text,
        consumed_at timestamptz,
        returned_spent numeric(14,2),
        returned_earned numeric(14,2),
        returned_at timestamptz,
        ${timestamps},
        unique (merchant_id, member_id, order_no),
        foreign key (merchant_id, member_id) references member (merchant_id, id)
      );`);
    this.addSql(`create index points_order_member_idx on points_order (member_id, created_at desc, id);`);
    this.addSql(grantAndIsolate('points_order', 'select, insert, update'));

    this.addSql(`
      create table task_config (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        number integer not null check (number >= 1),
        name text not null check (length(name) between 1 and 200),
        description text,
        points numeric(14,2) not null check (points >= 0),
        experience numeric(14,2) not null check (experience >= 0),
        points_steps text not null default '',
        experience_steps text not null default '',
        enabled boolean not null default true,
        start_at timestamptz,
        end_at timestamptz,
        min_grade smallint,
        max_grade smallint,
        batch boolean not null default true,
        repeatable boolean not null default true,
        period_unit text not null default 'NONE' check (period_unit in ('NONE', 'DAY', 'WEEK')),
        period_ratio integer not null default 1 check (period_ratio between 1 and 366),
        max_completions_per_period integer check (max_completions_per_period >= 0),
        points_cap_per_period numeric(14,2) check (points_cap_per_period >= 0),
        experience_cap_per_period numeric(14,2) check (experience_cap_per_period >= 0),
        dedupe_by_target boolean not null default false,
        step_resets_each_period boolean not null default false,
        ${timestamps},
        unique (merchant_id, number),
        unique (merchant_id, id)
      );`);
    this.addSql(grantAndIsolate('task_config'));
    this.addSql(`
      create table task_op (
        merchant_id uuid not null references merchant(id),
        op text not null check (op ~ '^[A-Za-z0-9_.:-]{1,64}$'),
        task_id uuid not null,
        primary key (merchant_id, op),
        foreign key (merchant_id, task_id) references task_config (merchant_id, id) on delete cascade
      );`);
    this.addSql(`create index task_op_task_idx on task_op (task_id);`);
    this.addSql(grantAndIsolate('task_op'));
    this.addSql(`
      create table task_completion (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        member_id uuid not null,
        task_id uuid not null,
        target text check (length(target) between 1 and 200),
        completions integer not null check (completions >= 1),
        points numeric(14,2) not null check (points >= 0),
        experience numeric(14,2) not null check (experience >= 0),
        points_after numeric(14,2) not null,
        experience_after numeric(14,2) not null,
        occurred_at timestamptz not null,
        points_entry_id uuid,
        exp_entry_id uuid,
        idempotency_key text check (length(idempotency_key) between 1 and 200),
        request_fingerprint text,
        created_at timestamptz not null default now(),
        unique (merchant_id, idempotency_key),
        foreign key (merchant_id, member_id) references member (merchant_id, id),
        foreign key (merchant_id, task_id) references task_config (merchant_id, id)
      );`);
    this.addSql(`create index task_completion_counter_idx on task_completion (member_id, task_id, occurred_at);`);
    this.addSql(grantAndIsolate('task_completion', 'select, insert'));
    this.addSql(`revoke update, delete, truncate on task_completion from ${APP_DB_ROLE};`);

    // Every member has both balance rows from birth, so a balance change is always a conditional
    // UPDATE (one statement, row lock, CHECK) and never an upsert. A trigger rather than service
    // code, so members created by any path (imports, shims, SQL) are covered.
    this.addSql(`
      create function loyalty_open_accounts() returns trigger language plpgsql as $$
      begin
        insert into points_balance (member_id, merchant_id) values (new.id, new.merchant_id);
        insert into exp_balance (member_id, merchant_id, grade_level)
        values (new.id, new.merchant_id,
                coalesce((select max(g.level) from grade g where g.merchant_id = new.merchant_id and g.threshold <= 0), 0));
        return null;
      end $$;`);
    this.addSql(`create trigger member_loyalty_accounts after insert on member
      for each row execute function loyalty_open_accounts();`);
    this.addSql(`insert into points_balance (member_id, merchant_id) select id, merchant_id from member;`);
    this.addSql(`insert into exp_balance (member_id, merchant_id) select id, merchant_id from member;`);
  }
}
