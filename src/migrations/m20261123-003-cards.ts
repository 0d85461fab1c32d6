import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE } from '../db/roles.js';
import { grantAndIsolate, timestamps } from './sql-helpers.js';

const money = 'numeric(14,2)';

/** A link table between two merchant-owned rows; composite keys keep both ends in one merchant. */
function linkTable(table: string, left: [string, string], right: [string, string]): string {
  return `
    create table ${table} (
      merchant_id uuid not null references merchant(id),
      ${left[0]} uuid not null,
      ${right[0]} uuid not null,
      primary key (${left[0]}, ${right[0]}),
      foreign key (merchant_id, ${left[0]}) references ${left[1]} (merchant_id, id) on delete cascade,
      foreign key (merchant_id, ${right[0]}) references ${right[1]} (merchant_id, id)
    );`;
}

/**
 * Staff accounts, stored-value cards (templates, recharge events, recharges, spends, refunds),
 * coupons, invoices and SMS codes. Money is NUMERIC(14,2); CHECK constraints make an overdrawn
 * balance or a second refund impossible even if a service had a bug.
 */
export class CardsMigration extends Migration {
  override name = 'm20261123-003-cards';

  override up(): void {
    // Per-merchant settings of the card domain. qr_key signs QR contents; it never leaves the server.
    this.addSql(`
      create table card_settings (
        merchant_id uuid primary key references merchant(id),
        sms_phone text check (sms_phone ~ '^\\+?[0-9]{5,20}$'),
        qr_key bytea not null check (length(qr_key) >= 32),
        ${timestamps}
      );`);
    this.addSql(grantAndIsolate('card_settings'));

    this.addSql(`
      create table staff_role (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        name text not null check (length(name) between 1 and 100),
        menus text[] not null default '{}',
        permissions text[] not null default '{}',
        ${timestamps},
        unique (merchant_id, id),
        unique (merchant_id, name)
      );`);
    this.addSql(grantAndIsolate('staff_role'));

    this.addSql(`
      create table staff_user (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        username text not null check (username ~ '^[a-z0-9_.@-]{2,64}$'),
        password_hash text not null,
        real_name text, phone text, email text, avatar_url text,
        active boolean not null default true,
        role_id uuid,
        login_count integer not null default 0 check (login_count >= 0),
        last_login_at timestamptz,
        last_login_ip text,
        ${timestamps},
        unique (merchant_id, id),
        unique (merchant_id, username),
        foreign key (merchant_id, role_id) references staff_role (merchant_id, id)
      );`);
    this.addSql(grantAndIsolate('staff_user'));
    this.addSql(linkTable('staff_user_store', ['staff_user_id', 'staff_user'], ['store_id', 'store']));
    this.addSql(grantAndIsolate('staff_user_store'));

    this.addSql(`
      create table staff_session (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        staff_user_id uuid not null,
        token_hash text not null unique,
        ip text,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz,
        foreign key (merchant_id, staff_user_id) references staff_user (merchant_id, id)
      );`);
    this.addSql(`create index staff_session_user_idx on staff_session (staff_user_id);`);
    this.addSql(grantAndIsolate('staff_session'));
    // Like API keys: a bearer token arrives before its merchant is known, and RLS hides the table.
    // This answers only "which live session has this hash" and what its user may do.
    this.addSql(`
      create function authenticate_staff_token(p_token_hash text)
      returns table (session_id uuid, merchant_id uuid, staff_user_id uuid, permissions text[])
      language sql stable security definer set search_path from current as $$
        select s.id, s.merchant_id, s.staff_user_id, coalesce(r.permissions, '{}')
        from staff_session s
        join staff_user u on u.merchant_id = s.merchant_id and u.id = s.staff_user_id
        left join staff_role r on r.merchant_id = u.merchant_id and r.id = u.role_id
        where s.token_hash = p_token_hash and s.revoked_at is null and s.expires_at > now() and u.active
      $$;`);
    this.addSql(`revoke all on function authenticate_staff_token(text) from public;`);
    this.addSql(`grant execute on function authenticate_staff_token(text) to ${APP_DB_ROLE};`);

    // Every login attempt, so failures can be counted per username (this merchant) and per IP.
    this.addSql(`
      create table staff_login_attempt (
        id bigint generated always as identity primary key,
        merchant_id uuid not null references merchant(id),
        username text not null,
        ip text not null,
        outcome text not null check (outcome in ('PENDING', 'FAILED', 'SUCCEEDED', 'THROTTLED')),
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index staff_login_attempt_user_idx on staff_login_attempt (merchant_id, username, id);`);
    this.addSql(`create index staff_login_attempt_ip_idx on staff_login_attempt (ip, id);`);
    this.addSql(grantAndIsolate('staff_login_attempt', 'select, insert, update'));
    // An IP guessing passwords spreads over merchants; RLS would only show one merchant's attempts.
    this.addSql(`
      create function count_login_failures_by_ip(p_ip text, p_before bigint, p_since timestamptz)
      returns integer language sql stable security definer set search_path from current as $$
        select count(*)::int from staff_login_attempt
        where ip = p_ip and id < p_before and created_at > p_since and outcome in ('PENDING', 'FAILED')
      $$;`);
    this.addSql(`revoke all on function count_login_failures_by_ip(text, bigint, timestamptz) from public;`);
    this.addSql(`grant execute on function count_login_failures_by_ip(text, bigint, timestamptz) to ${APP_DB_ROLE};`);

    this.addSql(`
      create table card_template (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        title text not null check (length(title) between 1 and 200),
        colour text check (colour ~ '^#[0-9A-Fa-f]{6}$'),
        logo_url text, summary text, detail text,
        type smallint not null check (type in (1, 10, 11)),
        active boolean not null default true,
        ${timestamps},
        unique (merchant_id, id)
      );`);
    this.addSql(grantAndIsolate('card_template'));
    this.addSql(linkTable('card_template_store', ['card_template_id', 'card_template'], ['store_id', 'store']));
    this.addSql(grantAndIsolate('card_template_store'));

    this.addSql(`
      create table coupon_template (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        title text not null check (length(title) between 1 and 200),
        summary text, logo_url text, rule_text text,
        type text not null check (type in ('GOODS', 'CASH', 'DISCOUNT')),
        valid_from date,
        valid_until date not null,
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED')),
        ${timestamps},
        unique (merchant_id, id),
        check (valid_from is null or valid_from <= valid_until)
      );`);
    this.addSql(grantAndIsolate('coupon_template'));
    this.addSql(linkTable('coupon_template_store', ['coupon_template_id', 'coupon_template'], ['store_id', 'store']));
    this.addSql(grantAndIsolate('coupon_template_store'));

    this.addSql(`
      create table recharge_event (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        title text not null check (length(title) between 1 and 200),
        summary text,
        recharge_amount ${money} not null check (recharge_amount > 0),
        bonus_amount ${money} not null default 0 check (bonus_amount >= 0),
        coupon_template_id uuid,
        coupon_quantity integer not null default 0 check (coupon_quantity between 0 and 100),
        type smallint not null check (type in (1, 2, 5)),
        status smallint not null default 1 check (status in (1, 10)),
        active boolean not null default true,
        ${timestamps},
        unique (merchant_id, id),
        foreign key (merchant_id, coupon_template_id) references coupon_template (merchant_id, id),
        check ((type in (2, 5)) = (coupon_template_id is not null and coupon_quantity > 0)),
        check (type <> 1 or bonus_amount > 0)
      );`);
    this.addSql(grantAndIsolate('recharge_event'));
    this.addSql(linkTable('recharge_event_card', ['recharge_event_id', 'recharge_event'], ['card_template_id', 'card_template']));
    this.addSql(grantAndIsolate('recharge_event_card'));

    this.addSql(`
      create table member_card (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        member_id uuid not null,
        card_template_id uuid not null,
        card_no text not null check (card_no ~ '^[0-9]{8,20}$'),
        password_hash text not null,
        open_store_id uuid,
        opened_by_staff_user_id uuid,
        capital ${money} not null default 0 check (capital >= 0),
        bonus ${money} not null default 0 check (bonus >= 0),
        total_capital_recharged ${money} not null default 0 check (total_capital_recharged >= 0),
        total_capital_refunded ${money} not null default 0 check (total_capital_refunded >= 0),
        total_invoiced ${money} not null default 0 check (total_invoiced >= 0),
        ${timestamps},
        unique (merchant_id, id),
        unique (merchant_id, card_no),
        unique (merchant_id, member_id, card_template_id),
        check (total_capital_refunded + total_invoiced <= total_capital_recharged),
        foreign key (merchant_id, member_id) references member (merchant_id, id),
        foreign key (merchant_id, card_template_id) references card_template (merchant_id, id),
        foreign key (merchant_id, open_store_id) references store (merchant_id, id),
        foreign key (merchant_id, opened_by_staff_user_id) references staff_user (merchant_id, id)
      );`);
    this.addSql(`create index member_card_member_idx on member_card (merchant_id, member_id);`);
    this.addSql(grantAndIsolate('member_card'));

    // Each recharge is a lot: what remains of its capital and bonus is what a spend can take and
    // what a refund of it can return.
    this.addSql(`
      create table card_recharge (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        order_no text not null,
        member_card_id uuid not null,
        member_id uuid not null,
        recharge_event_id uuid,
        amount ${money} not null check (amount > 0),
        bonus ${money} not null check (bonus >= 0),
        capital_remaining ${money} not null check (capital_remaining between 0 and amount),
        bonus_remaining ${money} not null check (bonus_remaining between 0 and bonus),
        channel smallint not null check (channel in (1, 2)),
        store_id uuid,
        staff_user_id uuid,
        proof_image_url text,
        note text,
        activity_status smallint check (activity_status in (1, 2, 3, 5)),
        cashback_paid_at timestamptz,
        cashback_staff_user_id uuid,
        refunded_at timestamptz,
        idempotency_key text,
        ${timestamps},
        unique (merchant_id, id),
        unique (merchant_id, order_no),
        unique (merchant_id, idempotency_key),
        check ((activity_status = 5) = (cashback_paid_at is not null)),
        foreign key (merchant_id, member_card_id) references member_card (merchant_id, id),
        foreign key (merchant_id, member_id) references member (merchant_id, id),
        foreign key (merchant_id, recharge_event_id) references recharge_event (merchant_id, id),
        foreign key (merchant_id, store_id) references store (merchant_id, id),
        foreign key (merchant_id, staff_user_id) references staff_user (merchant_id, id),
        foreign key (merchant_id, cashback_staff_user_id) references staff_user (merchant_id, id)
      );`);
    this.addSql(`create index card_recharge_card_idx on card_recharge (member_card_id, created_at, id);`);
    this.addSql(`create index card_recharge_created_idx on card_recharge (merchant_id, created_at desc, id);`);
    this.addSql(grantAndIsolate('card_recharge'));

    this.addSql(`
      create table card_spend (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        order_no text not null,
        member_card_id uuid not null,
        member_id uuid not null,
        amount ${money} not null check (amount > 0),
        capital_part ${money} not null check (capital_part >= 0),
        bonus_part ${money} not null check (bonus_part >= 0),
        channel smallint not null check (channel in (1, 2)),
        store_id uuid,
        staff_user_id uuid,
        note text,
        refunded_at timestamptz,
        idempotency_key text,
        ${timestamps},
        unique (merchant_id, id),
        unique (merchant_id, order_no),
        unique (merchant_id, idempotency_key),
        check (capital_part + bonus_part = amount),
        foreign key (merchant_id, member_card_id) references member_card (merchant_id, id),
        foreign key (merchant_id, member_id) references member (merchant_id, id),
        foreign key (merchant_id, store_id) references store (merchant_id, id),
        foreign key (merchant_id, staff_user_id) references staff_user (merchant_id, id)
      );`);
    this.addSql(`create index card_spend_created_idx on card_spend (merchant_id, created_at desc, id);`);
    this.addSql(grantAndIsolate('card_spend'));

    // Which lots a spend took from, so its refund puts back exactly that.
    this.addSql(`
      create table card_spend_allocation (
        merchant_id uuid not null references merchant(id),
        card_spend_id uuid not null,
        card_recharge_id uuid not null,
        capital ${money} not null check (capital >= 0),
        bonus ${money} not null check (bonus >= 0),
        primary key (card_spend_id, card_recharge_id),
        foreign key (merchant_id, card_spend_id) references card_spend (merchant_id, id),
        foreign key (merchant_id, card_recharge_id) references card_recharge (merchant_id, id)
      );`);
    this.addSql(grantAndIsolate('card_spend_allocation', 'select, insert'));

    this.addSql(`
      create table sms_code (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        purpose text not null check (purpose in ('REFUND')),
        phone text not null,
        code_hash text not null,
        attempts smallint not null default 0 check (attempts between 0 and 5),
        expires_at timestamptz not null,
        consumed_at timestamptz,
        created_at timestamptz not null default now(),
        unique (merchant_id, id)
      );`);
    this.addSql(`create index sms_code_latest_idx on sms_code (merchant_id, purpose, created_at desc);`);
    this.addSql(grantAndIsolate('sms_code', 'select, insert, update'));

    // What the default SMS provider "sends": operators and tests read messages here.
    this.addSql(`
      create table sms_message (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        phone text not null,
        body text not null,
        provider text not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(grantAndIsolate('sms_message', 'select, insert'));

    // One refund per order: the unique keys make a second refund of the same order impossible.
    this.addSql(`
      create table card_refund (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        kind text not null check (kind in ('SPEND', 'RECHARGE')),
        card_spend_id uuid unique,
        card_recharge_id uuid unique,
        order_no text not null,
        member_card_id uuid not null,
        member_id uuid not null,
        amount ${money} not null check (amount >= 0),
        capital ${money} not null check (capital >= 0),
        bonus ${money} not null check (bonus >= 0),
        store_id uuid,
        staff_user_id uuid,
        sms_code_id uuid not null,
        note text,
        created_at timestamptz not null default now(),
        unique (merchant_id, id),
        check ((kind = 'SPEND') = (card_spend_id is not null and card_recharge_id is null)),
        check ((kind = 'RECHARGE') = (card_recharge_id is not null and card_spend_id is null)),
        foreign key (merchant_id, card_spend_id) references card_spend (merchant_id, id),
        foreign key (merchant_id, card_recharge_id) references card_recharge (merchant_id, id),
        foreign key (merchant_id, member_card_id) references member_card (merchant_id, id),
        foreign key (merchant_id, member_id) references member (merchant_id, id),
        foreign key (merchant_id, store_id) references store (merchant_id, id),
        foreign key (merchant_id, staff_user_id) references staff_user (merchant_id, id),
        foreign key (merchant_id, sms_code_id) references sms_code (merchant_id, id)
      );`);
    this.addSql(`create index card_refund_created_idx on card_refund (merchant_id, created_at desc, id);`);
    this.addSql(grantAndIsolate('card_refund', 'select, insert'));

    this.addSql(`
      create table coupon (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        coupon_template_id uuid not null,
        member_id uuid not null,
        code text not null check (code ~ '^[0-9]{12,20}$'),
        status text not null default 'UNUSED' check (status in ('UNUSED', 'USED', 'VOID')),
        source text not null check (source in ('GIFT', 'RECHARGE')),
        card_recharge_id uuid,
        valid_from date not null,
        valid_until date not null,
        issued_by_staff_user_id uuid,
        redeemed_at timestamptz,
        redeemed_store_id uuid,
        redeemed_by_staff_user_id uuid,
        ${timestamps},
        unique (merchant_id, id),
        unique (merchant_id, code),
        check (valid_from <= valid_until),
        check ((status = 'USED') = (redeemed_at is not null)),
        check ((source = 'RECHARGE') = (card_recharge_id is not null)),
        foreign key (merchant_id, coupon_template_id) references coupon_template (merchant_id, id),
        foreign key (merchant_id, member_id) references member (merchant_id, id),
        foreign key (merchant_id, card_recharge_id) references card_recharge (merchant_id, id),
        foreign key (merchant_id, issued_by_staff_user_id) references staff_user (merchant_id, id),
        foreign key (merchant_id, redeemed_store_id) references store (merchant_id, id),
        foreign key (merchant_id, redeemed_by_staff_user_id) references staff_user (merchant_id, id)
      );`);
    this.addSql(`create index coupon_member_idx on coupon (merchant_id, member_id, created_at desc, id);`);
    this.addSql(`create index coupon_recharge_idx on coupon (card_recharge_id) where card_recharge_id is not null;`);
    this.addSql(grantAndIsolate('coupon', 'select, insert, update'));

    this.addSql(`
      create table invoice (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        member_card_id uuid not null,
        member_id uuid not null,
        amount ${money} not null check (amount > 0),
        image_url text,
        store_id uuid,
        staff_user_id uuid,
        note text,
        created_at timestamptz not null default now(),
        unique (merchant_id, id),
        foreign key (merchant_id, member_card_id) references member_card (merchant_id, id),
        foreign key (merchant_id, member_id) references member (merchant_id, id),
        foreign key (merchant_id, store_id) references store (merchant_id, id),
        foreign key (merchant_id, staff_user_id) references staff_user (merchant_id, id)
      );`);
    this.addSql(`create index invoice_card_idx on invoice (member_card_id, created_at desc);`);
    this.addSql(`create index invoice_created_idx on invoice (merchant_id, created_at desc, id);`);
    this.addSql(grantAndIsolate('invoice', 'select, insert'));
  }
}
