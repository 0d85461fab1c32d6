import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm, type Orm } from '../../src/db/orm.js';
import { APP_DB_ROLE } from '../../src/db/roles.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { operatorContext, type RequestContext } from '../../src/request/context.js';
import { seedAnalytics } from '../../src/services/analytics-seed.service.js';
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
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

/** The plan of every statement reading `table` that `run` sends, EXPLAINed as the app role with the merchant set. */
async function plansOf(run: () => Promise<unknown>, table = 'member'): Promise<PlanNode[][]> {
  sent.length = 0;
  await run();
  const reads = sent.filter(
    (s) => /^\s*select/i.test(s.sql) && new RegExp(`\\b${table}\\b`).test(s.sql) && !/set_config/.test(s.sql),
  );
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
      ['member_registered'],
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

  it('membersByLoyalty ranks with one sort, not with an index on a live balance', async () => {
    // No index holds a live balance (m20261127-280): it would make every points change a non-HOT
    // update (issue 9). The price is here: a ranking sorts the merchant's members with both
    // balances in one statement (docs/performance.md, "Analytics at scale", has its time at 1M).
    for (const field of ['POINTS', 'EXPERIENCE', 'GRADE'] as const) {
      const plans = await plansOf(() =>
        listMembersByLoyalty(ctx, { offset: 0, limit: 20, countTotal: false, order: { field, direction: 'DESC' } }),
      );
      expect(plans).toHaveLength(1);
      const [page] = plans;
      expect(page!.some((n) => n['Node Type'] === 'Sort')).toBe(true);
      expect(page!.filter((n) => /rank/.test(n['Index Name'] ?? ''))).toEqual([]);
    }
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
