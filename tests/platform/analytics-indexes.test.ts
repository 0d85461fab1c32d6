import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm, type Orm } from '../../src/db/orm.js';
import { APP_DB_ROLE } from '../../src/db/roles.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { operatorContext, type RequestContext } from '../../src/request/context.js';
import { seedAnalytics } from '../../src/services/analytics-seed.service.js';
import { MemberDimension } from '../../src/domain/analytics.enums.js';
import { memberCounts } from '../../src/services/analytics/member-counts.js';
import { listDeliveries } from '../../src/services/event-subscription.service.js';
import { listGradeChanges } from '../../src/services/grades.service.js';
import { listOrders } from '../../src/services/orders.service.js';
import type { ListResult, PageQuery } from '../../src/services/paging.js';
import { listMembers, listMembersByLoyalty, type MemberListQuery } from '../../src/services/member-list.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The lists' main filters and orderings are read through an index (issue 12, "Scale"): a table of
 * 25,000 members (with a second, small merchant beside it), ANALYZEd, and the plans of the SQL the
 * list services really send (captured at the connection, with their parameters) are EXPLAINed.
 */

const MEMBERS = 25_000;
let app: TestApp;
let orm: Orm;
let ctx: RequestContext;
let merchantId: string;
let admin: pg.Client;
const sent: { sql: string; values: readonly unknown[] }[] = [];

interface PlanNode {
  'Node Type': string;
  'Index Cond'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

const TRANSACTION_CONTROL_AHEAD =
  /^(?:(?:rollback|commit|begin|start transaction[a-z ]*|select set_config\('[a-z_.]+', (?:'[^']*'|\$1), true\));\s*)+/i;

/** The plan of every statement reading `table` that `run` sends, EXPLAINed as the app role with the merchant set. */
async function plansOf(run: () => Promise<unknown>, table = 'member'): Promise<PlanNode[][]> {
  sent.length = 0;
  await run();
  // A message may carry a transaction's end and start ahead of its statement (db/deferred-begin.ts).
  const reads = sent
    .map((s) => ({ ...s, sql: s.sql.replace(TRANSACTION_CONTROL_AHEAD, '') }))
    .filter((s) => /^\s*select/i.test(s.sql) && new RegExp(`\\b${table}\\b`).test(s.sql) && !/set_config/.test(s.sql));
  expect(reads.length).toBeGreaterThan(0);
  const plans: PlanNode[][] = [];
  await admin.query('begin');
  try {
    await admin.query(`set local role ${APP_DB_ROLE}`);
    await admin.query(`select set_config('app.merchant_id', $1, true)`, [merchantId]);
    for (const read of reads) {
      const { rows } = await admin.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`explain (format json) ${read.sql}`, [
        ...read.values,
      ]);
      plans.push(nodesOf(rows[0]!['QUERY PLAN'][0].Plan));
    }
  } finally {
    await admin.query('rollback');
  }
  return plans;
}

/** The page statement (the first read) reads `index` and never scans the table (member) whole. */
async function expectIndexUse(query: () => Promise<unknown>, indexes: string[], table = 'member'): Promise<void> {
  const [page] = await plansOf(query, table);
  const used = page!.filter((n) => n['Index Name']).map((n) => n['Index Name']!);
  // A name or a prefix of one (the filter work renames the registration-order index).
  const matches = (name: string) => indexes.some((index) => name.startsWith(index));
  expect(used.some(matches), `plan used ${used.join(', ') || 'no index'}`).toBe(true);
  expect(page!.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === table)).toEqual([]);
}

const page = (extra: Partial<MemberListQuery> = {}): MemberListQuery => ({ offset: 0, limit: 20, countTotal: false, ...extra });

beforeAll(async () => {
  app = await startTestApp();
  merchantId = (await app.createMerchant('Explain')).id;
  const other = await app.createMerchant('Other');
  await seedAnalytics(app.databaseUrl, { merchantId, members: MEMBERS, entries: MEMBERS * 2, batchSize: 25_000 });
  await seedAnalytics(app.databaseUrl, { merchantId: other.id, members: 500, entries: 500 });
  admin = new pg.Client({ connectionString: app.databaseUrl });
  await admin.connect();
  await admin.query('analyze');
  orm = await createOrm({
    url: app.databaseUrl,
    asAppRole: true,
    poolMax: 2,
    onQuery: (sql, values) => sent.push({ sql, values: values ?? [] }),
  });
  ctx = operatorContext({ orm, config: app.config, log: pino({ level: 'silent' }), metrics: createMetrics() }, merchantId);
}, 300_000);
afterAll(async () => {
  await admin?.end();
  await orm?.close();
  await app?.close();
});

describe('member lists use indexes', () => {
  it('newest first (the default), and by name, mobile and code', async () => {
    await expectIndexUse(() => listMembers(ctx, page()), ['member_registered']);
    for (const [field, index] of [
      ['NAME', 'member_name_order_idx'],
      ['MOBILE', 'member_mobile_order_idx'],
      ['CODE', 'member_code_order_idx'],
    ] as const) {
      await expectIndexUse(() => listMembers(ctx, page({ order: { field, direction: 'ASC' } })), [index]);
    }
  });

  it('a deep cursor page (after the 20,000th member) is a range read of the ordering index', async () => {
    const deep = await listMembers(ctx, page({ offset: 20_000, limit: 1 }));
    expect(deep.pageInfo.endCursor).toBeTruthy();
    await expectIndexUse(() => listMembers(ctx, page({ after: deep.pageInfo.endCursor })), ['member_registered']);
    const byCode = await listMembers(ctx, page({ offset: 20_000, limit: 1, order: { field: 'CODE', direction: 'ASC' } }));
    await expectIndexUse(
      () => listMembers(ctx, page({ after: byCode.pageInfo.endCursor, order: { field: 'CODE', direction: 'ASC' } })),
      ['member_code_order_idx'],
    );
  });

  it('equality on mobile and code, registration ranges, a rare status among recent registrations', async () => {
    await expectIndexUse(
      () => listMembers(ctx, page({ where: { mobile: { eq: '13000012345' } } })),
      ['member_mobile_unique', 'member_mobile_order_idx'],
    );
    await expectIndexUse(
      () => listMembers(ctx, page({ where: { code: { in: ['AN17', 'AN18'] } } })),
      ['member_merchant_id_code_key', 'member_code_order_idx'],
    );
    const from = new Date(Date.now() - 30 * 86_400_000);
    await expectIndexUse(
      () => listMembers(ctx, page({ where: { registeredAt: { between: { from, to: new Date() } } } })),
      ['member_registered'],
    );
    await expectIndexUse(
      () => listMembers(ctx, page({ where: { and: [{ status: { eq: 'SUSPENDED' } }, { registeredAt: { gte: from } }] } })),
      ['member_registered', 'member_status_idx'],
    );
  });

  it('register store, e-mail and membership end (m20261127-261)', async () => {
    const [store] = await app.ownerOrm.em
      .fork()
      .execute<{ id: string }[]>(`select id from store where merchant_id = ? and code = 'AS07'`, [merchantId]);
    await expectIndexUse(
      () => listMembers(ctx, page({ where: { registerStoreId: { eq: store!.id } } })),
      ['member_store_registered_idx'],
    );
    await expectIndexUse(() => listMembers(ctx, page({ where: { email: { eq: 'someone@example.com' } } })), ['member_email_idx']);
    const nextWeek = { from: new Date(), to: new Date(Date.now() + 7 * 86_400_000) };
    await expectIndexUse(() => listMembers(ctx, page({ where: { dueAt: { between: nextWeek } } })), ['member_due_idx']);
  });

  it('contains on name, mobile, code, nickname and e-mail reads a trigram index under row-level security (m20261127-310)', async () => {
    // ILIKE is not leakproof, so under the tenant policy it could only filter the merchant's
    // rows; `contains` compiles to ~~~* (the same function, leakproof), which the index serves.
    // VACUUM moves the seed's rows from the GIN pending lists into the indexes, as autovacuum
    // does after a bulk insert (a long pending list makes any GIN search look dear to the planner).
    await admin.query('vacuum member');
    for (const [field, text, ...index] of [
      ['name', 'ber 1234', 'member_name_trgm_idx'],
      ['mobile', '0012345', 'member_mobile_trgm_idx'],
      ['code', 'N24681', 'member_code_trgm_idx'],
      ['nickname', 'Nick', 'member_nickname_trgm_idx'],
      // No seeded member has an e-mail: either partial index (both empty) answers.
      ['email', 'example.com', 'member_email_trgm_idx', 'member_email_idx'],
    ] as const) {
      await expectIndexUse(() => listMembers(ctx, page({ where: { [field]: { contains: text } } })), [...index]);
    }
    // The legacy nameContains (name or nickname) reads both.
    const [legacy] = await plansOf(() => listMembers(ctx, page({ filter: { nameContains: 'ber 1234' } })));
    const used = legacy!.map((n) => n['Index Name']);
    expect(used).toContain('member_name_trgm_idx');
    expect(used).toContain('member_nickname_trgm_idx');
    // The index finds what a scan finds: escaped metacharacters still match literally.
    const expected = await app.ownerOrm.em
      .fork()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from member where merchant_id = ? and strpos(lower(name), '1234') > 0`,
        [merchantId],
      );
    const found = await listMembers(ctx, page({ limit: 100, countTotal: true, where: { name: { contains: '1234' } } }));
    expect(found.totalItems).toBe(expected[0]!.n);
    expect(found.items.every((m) => m.name!.includes('1234'))).toBe(true);
    expect((await listMembers(ctx, page({ countTotal: true, where: { name: { contains: '12%4' } } }))).totalItems).toBe(0);
  });

  it('labels contains reads the labels trigram index for a rare label, and answers exactly (m20261127-341)', async () => {
    // A label three members have, one a label of their own besides it and one a longer label
    // that contains it (which must not match).
    await admin.query(
      `update member set labels = case code when 'AN77' then array['vip', 'rare-42'] when 'AN78' then array['rare-42']
         when 'AN79' then array['rare-42x'] else labels end where merchant_id = $1 and code in ('AN77', 'AN78', 'AN79')`,
      [merchantId],
    );
    await admin.query('vacuum analyze member');
    await expectIndexUse(
      () => listMembers(ctx, page({ where: { labels: { contains: ['rare-42'] } } })),
      ['member_labels_trgm_idx'],
    );
    const found = await listMembers(ctx, page({ countTotal: true, where: { labels: { contains: ['rare-42'] } } }));
    expect(found.items.map((m) => m.code).sort()).toEqual(['AN77', 'AN78']);
    const both = await listMembers(ctx, page({ countTotal: true, where: { labels: { contains: ['rare-42', 'vip'] } } }));
    expect(both.items.map((m) => m.code)).toEqual(['AN77']);
    // A common label still reads the list's order (the estimator knows it is common).
    const [common] = await plansOf(() => listMembers(ctx, page({ where: { labels: { contains: ['vip'] } } })));
    expect(common!.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'member')).toEqual([]);
  });

  it('totalItems filtered by status counts from the status index alone (m20261127-310)', async () => {
    await admin.query('vacuum member');
    const [, count] = await plansOf(() => listMembers(ctx, page({ countTotal: true, where: { status: { eq: 'SUSPENDED' } } })));
    const scans = count!.filter((n) => /Scan/.test(n['Node Type']));
    expect(scans.map((n) => [n['Node Type'], n['Index Name']])).toEqual([['Index Only Scan', 'member_status_idx']]);
  });

  it('membersByLoyalty reads its rank index in order, on the first page and after a deep cursor, without a sort', async () => {
    // No index holds a live balance (m20261127-280, issue 9: every points change stays a HOT
    // update); the rank rows (m20261127-310-rank-tables) are the ranking's index.
    for (const [field, index] of [
      ['POINTS', 'points_rank_idx'],
      ['EXPERIENCE', 'exp_rank_idx'],
      ['GRADE', 'exp_rank_grade_idx'],
    ] as const) {
      for (const direction of ['DESC', 'ASC'] as const) {
        const order = { field, direction };
        const deep = await listMembersByLoyalty(ctx, { offset: 20_000, limit: 1, countTotal: false, order });
        expect(deep.pageInfo.endCursor).toBeTruthy();
        for (const after of [undefined, deep.pageInfo.endCursor!]) {
          const plans = await plansOf(() => listMembersByLoyalty(ctx, { offset: 0, limit: 20, countTotal: false, order, after }));
          expect(plans).toHaveLength(1);
          const [plan] = plans;
          expect(plan!.filter((n) => /Sort/.test(n['Node Type']))).toEqual([]);
          expect(plan!.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
          const rankScan = plan!.find((n) => n['Index Name'] === index);
          expect(rankScan, `${field} ${direction}${after ? ' after a cursor' : ''}`).toBeTruthy();
          // After a cursor, the cursor is a range of the index (an index condition), not a filter.
          if (after) expect(rankScan!['Index Cond']).toMatch(/ROW\(/);
        }
      }
    }
  });
});

describe('memberCounts reads the joined side from its covering index (m20261127-330)', () => {
  // At this size the planner may read the 25,000 members by any index or a scan, and hash or merge
  // (at 1M: merge joins of index-only scans, docs/analytics.md "Index use"); what is stable is that
  // the grades and channels, asked for in member order, come index-only from their indexes.
  it.each([
    [['GRADE', 'STATUS'], 'exp_balance', 'exp_balance_member_grade_idx'],
    [['CHANNEL'], 'member_channel', 'member_channel_member_code_idx'],
  ] as const)('by %j: %s index-only from %s', async (groupBy, table, index) => {
    // Index-only scans need the visibility map set (autovacuum's work in production).
    await admin.query('vacuum analyze member, exp_balance, member_channel');
    const plans = await plansOf(() => memberCounts(ctx, { groupBy: groupBy.map((d) => MemberDimension[d]) }));
    const main = plans.find((plan) => plan.some((n) => n['Index Name'] === index));
    expect(main, `no statement read ${index}`).toBeDefined();
    expect(main!.filter((n) => n['Index Name'] === index).map((n) => n['Node Type'])).toEqual(['Index Only Scan']);
    expect(main!.filter((n) => n['Relation Name'] === table && n['Node Type'] !== 'Index Only Scan')).toEqual([]);
  });
});

describe('grade changes, points orders and deliveries use their ordering indexes (m20261127-320)', () => {
  const ROWS = 20_000;

  beforeAll(async () => {
    // One row per member of the big merchant in each list, written in SQL (the services would
    // take minutes); the ordering keys spread over a year.
    await admin.query(
      `insert into grade_change (id, merchant_id, member_id, from_level, to_level, experience, reason, created_at)
        select gen_random_uuid(), merchant_id, id, 0, 1, 10, 'EXPERIENCE', now() - random() * interval '365 days'
        from member where merchant_id = $1 limit ${ROWS}`,
      [merchantId],
    );
    await admin.query(
      `insert into points_order (id, merchant_id, member_id, order_no, spent, created_at)
        select gen_random_uuid(), merchant_id, id, 'O' || code, 10, now() - random() * interval '365 days'
        from member where merchant_id = $1 limit ${ROWS}`,
      [merchantId],
    );
    const subscription = randomUUID();
    await admin.query(
      `insert into event_subscription (id, merchant_id, name, url, format, event_types)
        values ($1, $2, 'hook', 'https://example.com/hook', 'STANDARD_WEBHOOKS', '{}')`,
      [subscription, merchantId],
    );
    await admin.query(
      `with events as (
         insert into outbox_event (id, merchant_id, type, member_id, payload)
         select gen_random_uuid(), merchant_id, 'points.changed', id, '{}' from member where merchant_id = $1 limit ${ROWS}
         returning id, merchant_id, member_id, seq)
       insert into event_delivery (id, merchant_id, subscription_id, event_id, member_id, seq, status)
       select gen_random_uuid(), merchant_id, $2, id, member_id, seq, 'DELIVERED' from events`,
      [merchantId, subscription],
    );
    await admin.query('analyze grade_change, points_order, outbox_event, event_delivery');
  }, 120_000);

  const lists = [
    ['grade_change', 'grade_change_merchant_seq_idx', listGradeChanges],
    ['points_order', 'points_order_created_order_idx', listOrders],
    ['event_delivery', 'event_delivery_seq_order_idx', listDeliveries],
  ] as const;

  it.each(lists)('%s: newest first, oldest first, and a deep cursor page read %s', async (table, index, list) => {
    type Query = PageQuery & { direction: 'ASC' | 'DESC' };
    const read = list as (ctx: RequestContext, query: Query) => Promise<ListResult<unknown>>;
    for (const direction of ['DESC', 'ASC'] as const) {
      const query = (extra: Partial<Query> = {}): Query => ({ offset: 0, limit: 20, countTotal: false, direction, ...extra });
      await expectIndexUse(() => read(ctx, query()), [index], table);
      const deep = await read(ctx, query({ offset: 15_000, limit: 1 }));
      expect(deep.pageInfo.endCursor).toBeTruthy();
      await expectIndexUse(() => read(ctx, query({ after: deep.pageInfo.endCursor })), [index], table);
    }
  });
});
