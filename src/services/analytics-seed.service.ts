import pg from 'pg';

/**
 * Bulk data for measuring analyst queries at scale (`npm run cli -- seed:analytics`, docs/analytics.md
 * "Scale"): one merchant's members with channels, experience and grades, points ledgers, stored-value
 * cards with recharges, spends and invoices, and coupons, written with set-based SQL
 * (generate_series), a batch of members per transaction so memory stays flat whatever the size.
 *
 * Everything is consistent the way the services keep it: each ledger's `balance_after` chain runs
 * in `seq` order, every balance equals the sum of its entries, each grade is the one its experience
 * reaches, and each card's capital/bonus equal its recharges minus its spends. Values are derived
 * from the member's number, so a run is repeatable; seeded cards have no usable PIN.
 */

export interface AnalyticsSeedOptions {
  merchantId: string;
  members: number;
  /** Points ledger entries in all, spread evenly over the members (the first ones get one more). */
  entries: number;
  /** Members per transaction. */
  batchSize?: number;
  onProgress?: (progress: { members: number; entries: number; elapsedMs: number }) => void;
}

export interface AnalyticsSeedResult {
  merchantId: string;
  members: number;
  pointsEntries: number;
  experienceEntries: number;
  cards: number;
  coupons: number;
  elapsedMs: number;
}

const STORES = 20;
const SECONDS_OF_HISTORY = 3 * 365 * 86_400;
/** Grades the seed creates when the merchant has none: level, code, threshold. */
const DEFAULT_GRADES: [number, string, number][] = [
  [1, 'SILVER', 0],
  [2, 'GOLD', 5_000],
  [3, 'PLATINUM', 15_000],
  [4, 'DIAMOND', 25_000],
];

/**
 * A uuid laid out like a version 7 one (48 bits of the run's start in ms, then a counter), so
 * rows arrive in index order: random ids would scatter every insert over the whole index, which
 * at ten million rows costs more in page writes than the rows themselves. `kind` keeps the ids of
 * different tables apart; $11 is the run's start in ms.
 */
const orderedId = (kind: number, counter: string) =>
  `(lpad(to_hex($11::bigint), 12, '0') || '7${kind.toString(16).padStart(3, '0')}8' || lpad(to_hex(${counter}), 15, '0'))::uuid`;
// SQL fragments over the global member number `g` ($1 merchant id, $2 the run's "now").
const memberId = (g = 'g') => orderedId(1, g);
const registeredAt = (g = 'g') => `($2::timestamptz - make_interval(secs => (${g} * 104729 % ${SECONDS_OF_HISTORY})::float8))`;
const storeOf = (expr: string) => `($3::uuid[])[1 + (${expr}) % ${STORES}]`;

/** Writes the rows of one batch of members, numbered lo..hi. */
function batchStatements(): { name: string; sql: string }[] {
  const members = `generate_series($4::bigint, $5::bigint) g`;
  return [
    {
      name: 'members',
      sql: `insert into member (id, merchant_id, code, mobile, name, sex, birthday, status, registered_at, register_store_id,
                               labels, created_at, updated_at)
            select ${memberId()}, $1::uuid, 'AN' || g, '13' || lpad(g::text, 9, '0'), 'Member ' || g,
                   (array['UNKNOWN', 'MALE', 'FEMALE'])[1 + g % 3], date '1960-01-01' + (g * 7919 % 16000)::int,
                   case g % 50 when 0 then 'SUSPENDED' when 1 then 'EXPIRED' else 'ACTIVE' end,
                   ${registeredAt()}, ${storeOf('g')},
                   case when g % 10 = 0 then array['vip'] when g % 7 = 0 then array['newsletter'] else '{}'::text[] end,
                   ${registeredAt()}, ${registeredAt()}
              from ${members}`,
    },
    {
      // The member trigger opens both balances; when bulk loading skips triggers they are opened here.
      name: 'balances',
      sql: `with opened as (
              insert into points_balance (member_id, merchant_id) select ${memberId()}, $1::uuid from ${members}
              on conflict (member_id) do nothing)
            insert into exp_balance (member_id, merchant_id) select ${memberId()}, $1::uuid from ${members}
            on conflict (member_id) do nothing`,
    },
    {
      // The member count (migration m20261127-340): its statement trigger adds the batch, unless
      // bulk loading skips triggers.
      name: 'member count',
      sql: `insert into member_count_delta (merchant_id, delta)
            select $1::uuid, $5::bigint - $4::bigint + 1 where current_setting('session_replication_role') = 'replica'`,
    },
    {
      name: 'channels',
      sql: `insert into member_channel (id, merchant_id, member_id, channel_code, channel_id, openid, register_type, register_store_id,
                                       created_at, updated_at)
            select ${orderedId(4, 'g * 2 + c.lo / 5')}, $1::uuid, ${memberId()}, c.code, c.code || '_seed', md5(c.code || ':' || $1::text || ':' || g),
                   1 + g % 5, ${storeOf('g')}, ${registeredAt()}, ${registeredAt()}
              from ${members}
              join (values ('wechat', 0, 7), ('app', 5, 10)) c(code, lo, hi) on g % 10 >= c.lo and g % 10 < c.hi`,
    },
    {
      // One registration gift of experience per member; the grade follows from it.
      name: 'experience',
      sql: `with e as (
              insert into exp_entry (id, merchant_id, member_id, direction, amount, earned_delta, used_delta, balance_after, source,
                                     business_type, store_id, created_at)
              select ${orderedId(2, 'g')}, $1::uuid, ${memberId()}, 'ADD', x, x, 0, x, 'ADJUSTMENT', 'REGISTRATION_GIFT', ${storeOf('g')},
                     ${registeredAt()} + interval '1 minute'
                from (select g, (1 + g * 7919 % 30000)::numeric as x from ${members}) s
              returning member_id, amount)
            update exp_balance b
               set current = e.amount, total_earned = e.amount, used = 0, updated_at = $2,
                   grade_level = coalesce((select max(gr.level) from grade gr where gr.merchant_id = $1::uuid and gr.threshold <= e.amount), 0)
              from e where b.member_id = e.member_id`,
    },
    {
      // $6 entries per member, plus one for the first $7 members of the whole run ($8 its first
      // number). Every 4th entry deducts half of the add just before it, so no balance goes below 0.
      name: 'points',
      sql: `with src as (
              select g, t, ${memberId()} as member_id, t % 4 = 0 as deduct,
                     (case when t % 4 = 0 then greatest(1, (1 + (g * 7919 + (t - 1) * 104729) % 500) / 2)
                           else 1 + (g * 7919 + t * 104729) % 500 end)::numeric as amount,
                     ${registeredAt()} + ($2::timestamptz - ${registeredAt()}) * (t::float8 / (n + 1)) as at
                from ${members}
                cross join lateral (select $6::int + (g - $8 < $7)::int as n) k
                cross join lateral generate_series(1, k.n) t),
            chained as (
              select *, sum(case when deduct then -amount else amount end) over (partition by g order by t) as balance_after from src),
            ins as (
              insert into points_entry (id, merchant_id, member_id, direction, amount, earned_delta, used_delta, balance_after, source,
                                        operation_type, order_no, store_id, created_at)
              select ${orderedId(3, 'g * 100000 + t')}, $1::uuid, member_id, case when deduct then 'DEDUCT' else 'ADD' end, amount,
                     case when deduct then 0 else amount end, case when deduct then amount else 0 end, balance_after,
                     case when not deduct and (g + t) % 10 < 6 then 'ORDER_CONSUME' else 'ADJUSTMENT' end,
                     case when deduct then (case when (g + t) % 2 = 0 then 'REDEMPTION' else 'POINTS_PAYMENT' end)
                          else (array['CONSUMPTION_REWARD', 'CONSUMPTION_REWARD', 'CONSUMPTION_REWARD', 'CONSUMPTION_REWARD',
                                      'CONSUMPTION_REWARD', 'CONSUMPTION_REWARD', 'CHECK_IN', 'CHECK_IN', 'MANUAL_GRANT',
                                      'BIRTHDAY_GIFT'])[1 + (g + t) % 10] end,
                     case when not deduct and (g + t) % 10 < 6 then 'SO' || g || '-' || t end,
                     ${storeOf('g + t')}, at
                from chained order by g, t
              returning member_id, earned_delta, used_delta)
            update points_balance b
               set current = s.earned - s.used, total_earned = s.earned, used = s.used, updated_at = $2
              from (select member_id, sum(earned_delta) as earned, sum(used_delta) as used from ins group by member_id) s
             where b.member_id = s.member_id`,
    },
    {
      // The rankings' rows (migration m20261127-310-rank-tables): the member trigger opens them at 0
      // and the ledger statements keep them; a bulk load writes the final balances here.
      name: 'ranks',
      sql: `with p as (
              insert into points_rank (member_id, merchant_id, cents)
              select b.member_id, b.merchant_id, (b.current * 100)::bigint
                from ${members} join points_balance b on b.member_id = ${memberId()}
              on conflict (member_id) do update set cents = excluded.cents)
            insert into exp_rank (member_id, merchant_id, cents, grade_level)
            select b.member_id, b.merchant_id, (b.current * 100)::bigint, b.grade_level
              from ${members} join exp_balance b on b.member_id = ${memberId()}
            on conflict (member_id) do update set cents = excluded.cents, grade_level = excluded.grade_level`,
    },
    {
      // Foreign keys between these inserts are checked at the end of the statement, when all are in.
      // Every 5th member holds a card: one recharge (amount a, bonus a/10), a spend of part of
      // its capital for two members in three (one in fifteen refunded, the capital back on the
      // card and its recharge), an invoice of a fifth of it for one card in ten.
      name: 'cards',
      sql: `with src as (
              select g, ${memberId()} as member_id, ${orderedId(5, 'g')} as card_id, ${orderedId(6, 'g')} as recharge_id,
                     ${orderedId(7, 'g')} as spend_id,
                     (100 + g * 7919 % 900)::numeric as a, ${registeredAt()} as at, ${storeOf('g')} as store_id
                from ${members} where g % 5 = 0),
            amounts as (
              select *, round(a / 10, 2) as bonus, round(a * (g / 5 % 3) / 4, 2) as spent,
                     case when g % 50 = 0 then round(a / 5, 2) else 0 end as invoiced,
                     g % 25 = 0 and g / 5 % 3 > 0 as refunded from src),
            cards as (
              insert into member_card (id, merchant_id, member_id, card_template_id, card_no, password_hash, open_store_id, capital,
                                       bonus, total_capital_recharged, total_invoiced, created_at, updated_at)
              select card_id, $1::uuid, member_id, $9::uuid, (6000000000000 + g)::text, 'seeded: no PIN', store_id,
                     a - case when refunded then 0 else spent end, bonus, a, invoiced,
                     at + interval '1 day', at + interval '1 day'
                from amounts),
            recharges as (
              insert into card_recharge (id, merchant_id, order_no, member_card_id, member_id, amount, bonus, capital_remaining,
                                         bonus_remaining, channel, store_id, created_at, updated_at)
              select recharge_id, $1::uuid, 'RC' || g, card_id, member_id, a, bonus, a - case when refunded then 0 else spent end, bonus, 1,
                     store_id,
                     at + interval '1 day', at + interval '1 day'
                from amounts),
            spends as (
              insert into card_spend (id, merchant_id, order_no, member_card_id, member_id, amount, capital_part, bonus_part, channel,
                                      store_id, refunded_at, created_at, updated_at)
              select spend_id, $1::uuid, 'SP' || g, card_id, member_id, spent, spent, 0, 1, store_id,
                     case when refunded then at + interval '4 days' end, at + interval '2 days', at + interval '2 days'
                from amounts where spent > 0),
            refunds as (
              insert into card_refund (id, merchant_id, kind, card_spend_id, order_no, member_card_id, member_id, amount, capital, bonus,
                                       store_id, sms_code_id, created_at)
              select ${orderedId(10, 'g')}, $1::uuid, 'SPEND', spend_id, 'SP' || g, card_id, member_id, spent, spent, 0, store_id, $12::uuid,
                     at + interval '4 days'
                from amounts where refunded),
            allocations as (
              insert into card_spend_allocation (merchant_id, card_spend_id, card_recharge_id, capital, bonus)
              select $1::uuid, spend_id, recharge_id, spent, 0 from amounts where spent > 0)
            insert into invoice (id, merchant_id, member_card_id, member_id, amount, store_id, created_at)
            select ${orderedId(8, 'g')}, $1::uuid, card_id, member_id, invoiced, store_id, at + interval '3 days'
              from amounts where invoiced > 0`,
    },
    {
      // Every 2nd member holds a coupon; one in three of them is redeemed.
      name: 'coupons',
      sql: `insert into coupon (id, merchant_id, coupon_template_id, member_id, code, status, source, valid_from, valid_until,
                               redeemed_at, redeemed_store_id, created_at, updated_at)
            select ${orderedId(9, 'g')}, $1::uuid, $10::uuid, ${memberId()}, (7000000000000 + g)::text,
                   case when g % 6 = 0 then 'USED' else 'UNUSED' end, 'GIFT', (${registeredAt()})::date, date '2030-12-31',
                   case when g % 6 = 0 then ${registeredAt()} + interval '10 days' end,
                   case when g % 6 = 0 then ${storeOf('g')} end, ${registeredAt()}, ${registeredAt()}
              from ${members} where g % 2 = 0`,
    },
  ];
}

/** Stores, grades, a card template and a coupon template for the merchant, made once. */
async function prepareMerchant(
  client: pg.Client,
  merchantId: string,
): Promise<{ stores: string[]; cardTemplate: string; couponTemplate: string; smsCode: string }> {
  await client.query(
    `insert into store (id, merchant_id, code, name, area)
     select gen_random_uuid(), $1, 'AS' || lpad(i::text, 2, '0'), 'Analytics store ' || i, 'Area ' || (1 + i % 4)
       from generate_series(1, ${STORES}) i
     on conflict (merchant_id, code) do nothing`,
    [merchantId],
  );
  const stores = await client.query<{ id: string }>(
    `select id from store where merchant_id = $1 and code like 'AS__' order by code`,
    [merchantId],
  );
  const { rows: grades } = await client.query('select 1 from grade where merchant_id = $1 limit 1', [merchantId]);
  if (!grades.length) {
    for (const [level, code, threshold] of DEFAULT_GRADES) {
      await client.query(
        'insert into grade (id, merchant_id, level, code, name, threshold) values (gen_random_uuid(), $1, $2, $3, $4, $5)',
        [merchantId, level, code, code[0] + code.slice(1).toLowerCase(), threshold],
      );
    }
  }
  const template = async (table: string, insert: string, column = 'title'): Promise<string> => {
    const found = await client.query<{ id: string }>(
      `select id from ${table} where merchant_id = $1 and ${column} = 'Analytics seed'`,
      [merchantId],
    );
    if (found.rows[0]) return found.rows[0].id;
    return (await client.query<{ id: string }>(insert, [merchantId])).rows[0]!.id;
  };
  const cardTemplate = await template(
    'card_template',
    `insert into card_template (id, merchant_id, title, type) values (gen_random_uuid(), $1, 'Analytics seed', 1) returning id`,
  );
  const couponTemplate = await template(
    'coupon_template',
    `insert into coupon_template (id, merchant_id, title, type, valid_until)
     values (gen_random_uuid(), $1, 'Analytics seed', 'GOODS', date '2030-12-31') returning id`,
  );
  // The refunds' SMS confirmation (a refund must name one): a single consumed code.
  const smsCode = await template(
    'sms_code',
    `insert into sms_code (id, merchant_id, purpose, phone, code_hash, expires_at, consumed_at)
     values (gen_random_uuid(), $1, 'REFUND', 'Analytics seed', 'seeded', now(), now()) returning id`,
    'phone',
  );
  return { stores: stores.rows.map((s) => s.id), cardTemplate, couponTemplate, smsCode };
}

/**
 * Seeds `members` new members (numbered after the merchant's existing ones, so a second run adds
 * to the first) and `entries` points entries. `databaseUrl` is the owner's connection: it sets the
 * merchant on its session, so row-level security admits exactly this merchant's rows.
 */
export async function seedAnalytics(databaseUrl: string, options: AnalyticsSeedOptions): Promise<AnalyticsSeedResult> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 50_000;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`select set_config('app.merchant_id', $1, false)`, [options.merchantId]);
    // Bulk work: more memory for the per-batch sorts, no waiting for the WAL flush at each commit.
    await client.query(`set work_mem = '128MB'`);
    await client.query(`set synchronous_commit = off`);
    await client.query(`set jit = off`);
    // As pg_restore does: a superuser loads without firing triggers, so without the per-row
    // foreign-key checks (half the time of a ledger insert). The rows are consistent by
    // construction; the member trigger's work is done by the 'balances' statement.
    const [{ rolsuper }] = (
      await client.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user')
    ).rows as [{ rolsuper: boolean }];
    if (rolsuper) await client.query(`set session_replication_role = replica`);
    const { stores, cardTemplate, couponTemplate, smsCode } = await prepareMerchant(client, options.merchantId);
    const { rows } = await client.query<{ n: string }>(
      `select coalesce(max(substr(code, 3)::bigint), 0) as n from member
      where merchant_id = $1 and code ~ '^AN[0-9]+$'`,
      [options.merchantId],
    );
    const first = Number(rows[0]!.n) + 1;
    const perMember = Math.floor(options.entries / Math.max(options.members, 1));
    const extra = options.entries - perMember * options.members;
    const now = new Date();
    const statements = batchStatements();
    const counts = { cards: 0, coupons: 0 };
    for (let lo = first; lo < first + options.members; lo += batchSize) {
      const hi = Math.min(lo + batchSize, first + options.members) - 1;
      const params = [
        options.merchantId,
        now,
        stores,
        lo,
        hi,
        perMember,
        extra,
        first,
        cardTemplate,
        couponTemplate,
        now.getTime(),
        smsCode,
      ];
      await client.query('begin');
      try {
        for (const statement of statements) {
          // Each statement is sent with only the parameters it uses (PostgreSQL refuses unused ones).
          const used = [...new Set([...statement.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
          const text = used.reduce((sql, n, i) => sql.replaceAll(new RegExp(`\\$${n}(?!\\d)`, 'g'), `$${i + 1}`), statement.sql);
          await client.query(
            text,
            used.map((n) => params[n - 1]),
          );
        }
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
      const done = hi - first + 1;
      counts.cards += Math.floor(hi / 5) - Math.floor((lo - 1) / 5);
      counts.coupons += Math.floor(hi / 2) - Math.floor((lo - 1) / 2);
      options.onProgress?.({
        members: done,
        entries: perMember * done + Math.min(extra, done),
        elapsedMs: Date.now() - started,
      });
    }
    for (const table of [
      'member',
      'member_channel',
      'points_entry',
      'points_balance',
      'exp_entry',
      'exp_balance',
      'points_rank',
      'exp_rank',
      'member_card',
      'card_recharge',
      'card_spend',
      'invoice',
      'coupon',
    ]) {
      await client.query(`analyze ${table}`);
    }
    return {
      merchantId: options.merchantId,
      members: options.members,
      pointsEntries: options.entries,
      experienceEntries: options.members,
      ...counts,
      elapsedMs: Date.now() - started,
    };
  } finally {
    await client.end();
  }
}
