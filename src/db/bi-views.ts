import { createHash } from 'node:crypto';

/**
 * The `bi` schema: the stable, documented views the merchants' BI logins read (docs/analytics.md,
 * "BI access"). The column names here are a public contract: add columns freely, never rename or
 * drop one. Base-table names and columns may change in later migrations; only the expressions here
 * follow them.
 *
 * The views are not created by a migration (a migration is a snapshot and could not follow later
 * table changes): `migrate` drops them before pending migrations run and creates them from this
 * catalogue after the last one, in the same transaction, so no migration can break or drop them.
 */

/** Owns the views and is the only role that may read the base tables for them (row-level security keyed on the login). */
export const BI_OWNER_ROLE = 'membergraph_bi_owner';
/** Group role of every BI login: USAGE on schema `bi` and SELECT on its views, nothing else. */
export const BI_READER_ROLE = 'membergraph_bi';
export const BI_SCHEMA = 'bi';

export interface BiColumn {
  name: string;
  /** SQL over the view's FROM clause. */
  sql: string;
  description: string;
}

export interface BiView {
  name: string;
  description: string;
  /** FROM clause (with joins), written against the base tables. */
  from: string;
  columns: BiColumn[];
}

const col = (name: string, sql: string, description: string): BiColumn => ({ name, sql, description });

/** The columns both ledgers share (points_entry and exp_entry have the same shape). */
function ledgerColumns(unit: string): BiColumn[] {
  return [
    col('entry_id', 'e.id', 'Entry id (uuid).'),
    col('seq', 'e.seq', "Global order of entries; a member's entries in `seq` order form its chain."),
    col('member_id', 'e.member_id', 'The member (bi.members.member_id).'),
    col('direction', 'e.direction', '`ADD` or `DEDUCT`.'),
    col('amount', 'e.amount', `${unit} moved (always >= 0; see direction).`),
    col('earned_delta', 'e.earned_delta', `What the entry added to the member's total earned ${unit}.`),
    col('used_delta', 'e.used_delta', `What the entry added to the member's used ${unit}.`),
    col('balance_after', 'e.balance_after', `The member's ${unit} balance right after the entry.`),
    col('source', 'e.source', 'ADJUSTMENT, ORDER_CONSUME, ORDER_REVOKE, ORDER_RETURN or TASK.'),
    col('operation_type', 'e.operation_type', 'Operation type (docs/loyalty.md), may be null.'),
    col('business_type', 'e.business_type', 'Business type (docs/loyalty.md), may be null.'),
    col('description', 'e.description', 'Free text given with the change.'),
    col('remark', 'e.remark', 'Free text given with the change.'),
    col('order_no', 'e.order_no', 'The order the entry belongs to, if any.'),
    col('activity_code', 'e.activity_code', 'Activity code given with the change.'),
    col('operator_name', 'e.operator_name', 'Who made the change (as the caller named them).'),
    col('store_id', 'e.store_id', 'Store of the change (bi.stores.store_id), may be null.'),
    col('created_at', 'e.created_at', 'When the entry was written (timestamptz).'),
  ];
}

/** Every view, in creation order. */
export const BI_VIEWS: BiView[] = [
  {
    name: 'stores',
    description: "The merchant's stores.",
    from: 'store s',
    columns: [
      col('store_id', 's.id', 'Store id (uuid).'),
      col('store_number', 's.numeric_id', 'Stable number of the store (legacy ids).'),
      col('code', 's.code', 'Store code, unique per merchant.'),
      col('name', 's.name', 'Store name.'),
      col('area', 's.area', 'Area / region.'),
      col('org_type', 's.org_type', '1 head office, 2 branch, 3 store.'),
      col('created_at', 's.created_at', 'When the store was created.'),
    ],
  },
  {
    name: 'grades',
    description: "The merchant's grade table.",
    from: 'grade g',
    columns: [
      col('grade_id', 'g.id', 'Grade id (uuid).'),
      col('grade_level', 'g.level', 'Level (1 is the lowest grade; 0 in bi.members means no grade).'),
      col('code', 'g.code', 'Grade code.'),
      col('name', 'g.name', 'Grade name.'),
      col('threshold', 'g.threshold', 'Experience needed to reach the grade.'),
    ],
  },
  {
    name: 'members',
    description: 'One row per member, with balances and grade.',
    from: `member m
      join points_balance p on p.member_id = m.id
      join exp_balance x on x.member_id = m.id
      left join grade g on g.merchant_id = x.merchant_id and g.level = x.grade_level`,
    columns: [
      col('member_id', 'm.id', 'Member id (uuid), the key other views refer to.'),
      col('member_number', 'm.numeric_id', 'Stable number of the member (legacy ids).'),
      col('code', 'm.code', 'Member code / card number, unique per merchant.'),
      col('mobile', 'm.mobile', 'Mobile number.'),
      col('name', 'm.name', 'Name.'),
      col('nickname', 'm.nickname', 'Nickname.'),
      col('email', 'm.email', 'E-mail address.'),
      col('sex', 'm.sex', 'UNKNOWN, MALE or FEMALE.'),
      col('birthday', 'm.birthday', 'Birthday (date).'),
      col('status', 'm.status', 'ACTIVE, SUSPENDED, EXPIRED or REMOVED.'),
      col('registered_at', 'm.registered_at', 'Registration time.'),
      col('register_store_id', 'm.register_store_id', 'Store the member registered at, may be null.'),
      col('referrer_id', 'm.referrer_id', 'Member who referred this one, may be null.'),
      col('labels', 'm.labels', 'Labels (text array).'),
      col('since_at', 'm.since_at', 'Membership start.'),
      col('due_at', 'm.due_at', 'Membership end.'),
      col('points_current', 'p.current', 'Points balance.'),
      col('points_total_earned', 'p.total_earned', 'Points earned over the membership.'),
      col('points_used', 'p.used', 'Points used over the membership.'),
      col('experience_current', 'x.current', 'Experience balance.'),
      col('grade_level', 'x.grade_level', 'Grade level (0: no grade).'),
      col('grade_name', 'g.name', 'Grade name, null without a grade.'),
      col('created_at', 'm.created_at', 'When the row was created.'),
      col('updated_at', 'm.updated_at', 'When the profile last changed.'),
    ],
  },
  {
    name: 'member_channels',
    description: 'Channel identities bound to members (WeChat, apps, ...).',
    from: 'member_channel c',
    columns: [
      col('channel_binding_id', 'c.id', 'Binding id (uuid).'),
      col('member_id', 'c.member_id', 'The member.'),
      col('channel_code', 'c.channel_code', 'Channel, e.g. `wechat`.'),
      col('channel_id', 'c.channel_id', 'Channel account (e.g. the official account).'),
      col('openid', 'c.openid', "The member's id in the channel."),
      col('union_id', 'c.union_id', 'WeChat union id.'),
      col('card_code', 'c.card_code', 'Channel card code.'),
      col('register_type', 'c.register_type', 'How the member registered through the channel (1-6; 6 offline import).'),
      col('register_store_id', 'c.register_store_id', 'Store of the registration through the channel.'),
      col('created_at', 'c.created_at', 'When the binding was made.'),
    ],
  },
  {
    name: 'points_entries',
    description: "The points ledger: every change of every member's points, append-only.",
    from: 'points_entry e',
    columns: ledgerColumns('points'),
  },
  {
    name: 'experience_entries',
    description: 'The experience ledger, same columns as points_entries.',
    from: 'exp_entry e',
    columns: ledgerColumns('experience'),
  },
  {
    name: 'cards',
    description: 'Stored-value cards with their balances.',
    from: 'member_card c join card_template t on t.merchant_id = c.merchant_id and t.id = c.card_template_id',
    columns: [
      col('card_id', 'c.id', 'Card id (uuid).'),
      col('card_number', 'c.numeric_id', 'Stable number of the card (legacy ids).'),
      col('card_no', 'c.card_no', 'Card number printed on the card.'),
      col('member_id', 'c.member_id', 'Holder.'),
      col('card_template_id', 'c.card_template_id', 'Card template.'),
      col('card_template_title', 't.title', 'Card template title.'),
      col('open_store_id', 'c.open_store_id', 'Store that opened the card.'),
      col('capital', 'c.capital', 'Stored-value capital balance.'),
      col('bonus', 'c.bonus', 'Stored-value bonus balance.'),
      col('total_capital_recharged', 'c.total_capital_recharged', "Capital recharged over the card's life."),
      col('total_capital_refunded', 'c.total_capital_refunded', "Capital refunded over the card's life."),
      col('total_invoiced', 'c.total_invoiced', 'Amount invoiced.'),
      col('created_at', 'c.created_at', 'When the card was opened.'),
    ],
  },
  {
    name: 'card_recharges',
    description: 'Card recharges.',
    from: 'card_recharge r',
    columns: [
      col('recharge_id', 'r.id', 'Recharge id (uuid).'),
      col('order_no', 'r.order_no', 'Order number, unique per merchant.'),
      col('card_id', 'r.member_card_id', 'The card.'),
      col('member_id', 'r.member_id', 'The holder.'),
      col('amount', 'r.amount', 'Capital paid in.'),
      col('bonus', 'r.bonus', 'Bonus granted with it.'),
      col('capital_remaining', 'r.capital_remaining', 'What spends have not yet taken of its capital.'),
      col('bonus_remaining', 'r.bonus_remaining', 'What spends have not yet taken of its bonus.'),
      col('recharge_event_id', 'r.recharge_event_id', 'Recharge promotion, may be null.'),
      col('store_id', 'r.store_id', 'Store.'),
      col('staff_user_id', 'r.staff_user_id', 'Staff user.'),
      col('refunded_at', 'r.refunded_at', 'When it was refunded, null if not.'),
      col('created_at', 'r.created_at', 'When it happened.'),
    ],
  },
  {
    name: 'card_spends',
    description: 'Card spends.',
    from: 'card_spend s',
    columns: [
      col('spend_id', 's.id', 'Spend id (uuid).'),
      col('order_no', 's.order_no', 'Order number, unique per merchant.'),
      col('card_id', 's.member_card_id', 'The card.'),
      col('member_id', 's.member_id', 'The holder.'),
      col('amount', 's.amount', 'Amount spent (capital_part + bonus_part).'),
      col('capital_part', 's.capital_part', 'Taken from capital.'),
      col('bonus_part', 's.bonus_part', 'Taken from bonus.'),
      col('store_id', 's.store_id', 'Store.'),
      col('staff_user_id', 's.staff_user_id', 'Staff user.'),
      col('refunded_at', 's.refunded_at', 'When it was refunded, null if not.'),
      col('created_at', 's.created_at', 'When it happened.'),
    ],
  },
  {
    name: 'card_refunds',
    description: 'Refunds of card spends (money back onto the card) and of recharges (money off the card).',
    from: 'card_refund f',
    columns: [
      col('refund_id', 'f.id', 'Refund id (uuid).'),
      col('kind', 'f.kind', '`SPEND` (a spend refunded) or `RECHARGE` (a recharge refunded).'),
      col('spend_id', 'f.card_spend_id', 'The refunded spend (kind SPEND).'),
      col('recharge_id', 'f.card_recharge_id', 'The refunded recharge (kind RECHARGE).'),
      col('order_no', 'f.order_no', 'Order number of the refunded spend or recharge.'),
      col('card_id', 'f.member_card_id', 'The card.'),
      col('member_id', 'f.member_id', 'The holder.'),
      col('amount', 'f.amount', 'Amount refunded.'),
      col('capital', 'f.capital', 'Capital part.'),
      col('bonus', 'f.bonus', 'Bonus part.'),
      col('store_id', 'f.store_id', 'Store.'),
      col('staff_user_id', 'f.staff_user_id', 'Staff user.'),
      col('created_at', 'f.created_at', 'When it happened.'),
    ],
  },
  {
    name: 'card_transactions',
    description:
      'Recharges, spends and refunds in one list, each with its signed effect on the card (capital_change, bonus_change).',
    from: `(
        select 'RECHARGE' as kind, id, order_no, member_card_id, member_id, amount, amount as capital_change,
               bonus as bonus_change, store_id, created_at from card_recharge
        union all
        select 'SPEND', id, order_no, member_card_id, member_id, amount, -capital_part, -bonus_part, store_id, created_at
          from card_spend
        union all
        select case kind when 'SPEND' then 'SPEND_REFUND' else 'RECHARGE_REFUND' end, id, order_no, member_card_id, member_id,
               amount, case kind when 'SPEND' then capital else -capital end, case kind when 'SPEND' then bonus else -bonus end,
               store_id, created_at
          from card_refund
      ) t`,
    columns: [
      col('transaction_id', 't.id', 'Id of the recharge, spend or refund.'),
      col('kind', 't.kind', 'RECHARGE, SPEND, SPEND_REFUND or RECHARGE_REFUND.'),
      col('order_no', 't.order_no', 'Order number.'),
      col('card_id', 't.member_card_id', 'The card.'),
      col('member_id', 't.member_id', 'The holder.'),
      col('amount', 't.amount', 'Amount (>= 0).'),
      col('capital_change', 't.capital_change', "Signed change of the card's capital."),
      col('bonus_change', 't.bonus_change', "Signed change of the card's bonus."),
      col('store_id', 't.store_id', 'Store.'),
      col('created_at', 't.created_at', 'When it happened.'),
    ],
  },
  {
    name: 'coupons',
    description: 'Coupons issued to members.',
    from: 'coupon c join coupon_template t on t.merchant_id = c.merchant_id and t.id = c.coupon_template_id',
    columns: [
      col('coupon_id', 'c.id', 'Coupon id (uuid).'),
      col('code', 'c.code', 'Coupon code.'),
      col('coupon_template_id', 'c.coupon_template_id', 'Template.'),
      col('template_title', 't.title', 'Template title.'),
      col('template_type', 't.type', 'GOODS, CASH or DISCOUNT.'),
      col('member_id', 'c.member_id', 'Holder.'),
      col('status', 'c.status', 'UNUSED, USED or VOID.'),
      col('source', 'c.source', 'GIFT or RECHARGE.'),
      col('recharge_id', 'c.card_recharge_id', 'The recharge that earned it (source RECHARGE).'),
      col('valid_from', 'c.valid_from', 'First valid day.'),
      col('valid_until', 'c.valid_until', 'Last valid day.'),
      col('redeemed_at', 'c.redeemed_at', 'When it was redeemed (status USED).'),
      col('redeemed_store_id', 'c.redeemed_store_id', 'Store where it was redeemed.'),
      col('created_at', 'c.created_at', 'When it was issued.'),
    ],
  },
  {
    name: 'invoices',
    description: 'Invoices issued against stored-value cards.',
    from: 'invoice i',
    columns: [
      col('invoice_id', 'i.id', 'Invoice id (uuid).'),
      col('card_id', 'i.member_card_id', 'The card.'),
      col('member_id', 'i.member_id', 'The holder.'),
      col('amount', 'i.amount', 'Amount invoiced.'),
      col('store_id', 'i.store_id', 'Store.'),
      col('note', 'i.note', 'Note.'),
      col('created_at', 'i.created_at', 'When it was issued.'),
    ],
  },
];

/**
 * Every base table the views read. Each gets SELECT for the view owner and the two policies that
 * confine the owner, whatever it is asked, to the rows of the merchant mapped to the login.
 */
export const BI_BASE_TABLES = [
  'store',
  'grade',
  'member',
  'points_balance',
  'exp_balance',
  'member_channel',
  'points_entry',
  'exp_entry',
  'member_card',
  'card_template',
  'card_recharge',
  'card_spend',
  'card_refund',
  'coupon',
  'coupon_template',
  'invoice',
] as const;

function viewSql(view: BiView): string {
  const columns = view.columns.map((c) => `${c.sql} as ${c.name}`).join(',\n        ');
  return `create view ${BI_SCHEMA}.${view.name} as\n      select ${columns}\n      from ${view.from}`;
}

/**
 * The statements that (re)create the views, their grants and comments, and the base-table
 * policies, for a database whose schema `bi`, roles and `bi.login_merchant()` exist (migration
 * m20261127-260-bi). Idempotent: run after every migration run.
 */
export function biRefreshStatements(): string[] {
  // ALTER VIEW … OWNER TO needs the migrating user to be a member of the new owner, but only for
  // this: a member would be held by the owner role's policies too (they apply to its members) and
  // could no longer read a merchant's rows by setting app.merchant_id. So membership ends with it.
  const statements = [`grant ${BI_OWNER_ROLE} to current_user`, dropBiViewsSql()];
  for (const table of BI_BASE_TABLES) {
    statements.push(`grant select on ${table} to ${BI_OWNER_ROLE}`);
    // Permissive: the login's merchant's rows become visible to the view owner. Restrictive: and
    // nothing else, whatever the login sets (app.merchant_id opens tenant_isolation otherwise).
    // `(select …)` makes the lookup an InitPlan, run once per query rather than once per row.
    statements.push(`do $$ begin
        if not exists (select from pg_policies where schemaname = current_schema() and tablename = '${table}' and policyname = 'bi_read') then
          create policy bi_read on ${table} for select to ${BI_OWNER_ROLE} using (merchant_id = (select ${BI_SCHEMA}.login_merchant()));
        end if;
        if not exists (select from pg_policies where schemaname = current_schema() and tablename = '${table}' and policyname = 'bi_only') then
          create policy bi_only on ${table} as restrictive for select to ${BI_OWNER_ROLE}
            using (merchant_id = (select ${BI_SCHEMA}.login_merchant()));
        end if;
      end $$`);
  }
  for (const view of BI_VIEWS) {
    statements.push(viewSql(view));
    statements.push(`alter view ${BI_SCHEMA}.${view.name} owner to ${BI_OWNER_ROLE}`);
    statements.push(`comment on view ${BI_SCHEMA}.${view.name} is ${literal(view.description)}`);
    for (const column of view.columns) {
      statements.push(`comment on column ${BI_SCHEMA}.${view.name}.${column.name} is ${literal(column.description)}`);
    }
  }
  statements.push(`grant select on all tables in schema ${BI_SCHEMA} to ${BI_READER_ROLE}`);
  statements.push(`comment on schema ${BI_SCHEMA} is ${literal(biCatalogueStamp())}`);
  statements.push(`revoke ${BI_OWNER_ROLE} from current_user`);
  return statements;
}

/** Drops every view of schema `bi` (any a later version no longer defines too). */
export function dropBiViewsSql(): string {
  return `do $$ declare v record; begin
      if to_regnamespace('${BI_SCHEMA}') is null then return; end if;
      for v in select c.relname from pg_class c where c.relnamespace = '${BI_SCHEMA}'::regnamespace and c.relkind = 'v' loop
        execute format('drop view if exists ${BI_SCHEMA}.%I cascade', v.relname);
      end loop;
    end $$`;
}

/**
 * A fingerprint of the catalogue, kept as the comment of schema `bi`: a migration run that applies
 * nothing re-creates the views only when this code defines them differently.
 */
export function biCatalogueStamp(): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([BI_VIEWS, BI_BASE_TABLES]))
    .digest('hex')
    .slice(0, 16);
  return `MemberGraph BI views ${hash}`;
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
