import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeExperienceDocument } from '../../src/generated/graphql.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { addPoints, createMembers } from './fixtures.js';

/**
 * Balance rows stay HOT-updatable (migration m20261127-280-perf-hot-balances): a points or
 * experience change rewrites its member's balance row on its own page without touching an index.
 */
let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant();
});
afterAll(() => app?.close());

const BALANCES = ['points_balance', 'exp_balance'] as const;
/** What every ledger change writes on its balance row (services/ledger-statement.ts). */
const CHANGED_BY_EVERY_CHANGE = ['current', 'total_earned', 'used', 'updated_at'];

interface Counters {
  updates: number;
  hot: number;
}

async function counters(table: string): Promise<Counters> {
  const em = app.ownerOrm.em.fork();
  const [row] = await em.execute<{ updates: string; hot: string }[]>(
    `select pg_stat_clear_snapshot(), n_tup_upd as updates, n_tup_hot_upd as hot from pg_stat_user_tables where relname = ?`,
    [table],
  );
  return { updates: Number(row!.updates), hot: Number(row!.hot) };
}

describe('balance rows', () => {
  it('have no index on a column that every ledger change writes', async () => {
    for (const table of BALANCES) {
      const indexed = await app.ownerOrm.em.fork().execute<{ index: string; column: string }[]>(
        `select i.indexrelid::regclass::text as index, a.attname as column
           from pg_index i
           join pg_attribute a on a.attrelid = i.indrelid
          where i.indrelid = ?::regclass
            and (a.attnum = any(i.indkey)
                 or pg_get_expr(i.indexprs, i.indrelid) ~ ('\\m' || a.attname || '\\M')
                 or pg_get_expr(i.indpred, i.indrelid) ~ ('\\m' || a.attname || '\\M'))
            and a.attname = any(?::text[])`,
        [table, `{${CHANGED_BY_EVERY_CHANGE.join(',')}}`],
      );
      expect(indexed, `${table}: an index on a column every change writes makes every change a non-HOT update`).toEqual([]);
      const [options] = await app.ownerOrm.em
        .fork()
        .execute<{ reloptions: string[] | null }[]>('select reloptions from pg_class where oid = ?::regclass', [table]);
      expect(options!.reloptions).toContain('fillfactor=80');
    }
  });

  it('are updated in place (HOT) by points and experience changes, the ledger still equal to the balance', async () => {
    const [member] = await createMembers(app, merchant, 1);
    const before = { points: await counters('points_balance'), experience: await counters('exp_balance') };
    const changes = 40;
    for (let i = 0; i < changes; i++) {
      await addPoints(app, merchant.operatorKey, member!, '1.5');
      const res = await app.gql(merchant.operatorKey, ChangeExperienceDocument, {
        input: { memberId: member!, direction: 'ADD', amount: '2' },
      });
      expect(res.data?.changeExperience.errors).toEqual([]);
    }
    await expectLedgersBalanced(app);
    // A grade move writes grade_level, which is indexed (it changes rarely): those may not be HOT.
    const [{ moves }] = await app.ownerOrm.em
      .fork()
      .execute<{ moves: number }[]>('select count(*)::int as moves from grade_change where member_id = ?', [member]);
    // Each backend reports its counters when it goes idle (at most once a second): wait for all.
    for (const [table, start, indexedWrites] of [
      ['points_balance', before.points, 0],
      ['exp_balance', before.experience, moves],
    ] as const) {
      await expect
        .poll(async () => (await counters(table)).updates - start.updates, { timeout: 15_000, interval: 250 })
        .toBeGreaterThanOrEqual(changes);
      const after = await counters(table);
      // All of them, but for those that moved a grade and one whose page had no room left.
      expect(after.hot - start.hot, `${table}: HOT updates of ${after.updates - start.updates}`).toBeGreaterThanOrEqual(
        after.updates - start.updates - indexedWrites - 1,
      );
    }
  });
});
