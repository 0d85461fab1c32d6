import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberPageDocument } from '../../src/generated/graphql.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant();
  // 120 members, each with two channels, labels and a register store, written directly for speed.
  await app.emFor(merchant.id).execute(
    `insert into member (id, merchant_id, code, mobile, name, labels, register_store_id, registered_at)
     select gen_random_uuid(), ?, 'C' || i, '139' || lpad(i::text, 8, '0'), 'Member ' || i, array['vip', 'l' || (i % 3)], ?,
            now() - i * interval '1 minute'
     from generate_series(1, 120) as i`,
    [merchant.id, merchant.store.id],
  );
  await app.emFor(merchant.id).execute(
    `insert into member_channel (id, merchant_id, member_id, channel_code, openid)
     select gen_random_uuid(), m.merchant_id, m.id, c.code, c.code || '_' || m.code
     from member m cross join (values ('wxgzpt'), ('xcx')) as c(code) where m.merchant_id = ?`,
    [merchant.id],
  );
});
afterAll(() => app?.close());

async function statementsForPage(limit: number): Promise<string[]> {
  return app.statementsOf(async () => {
    const res = await app.gql(merchant.readonlyKey, MemberPageDocument, { page: { limit } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.members.items).toHaveLength(limit);
    expect(res.data!.members.items.every((m) => m.channels.length === 2 && m.registerStore?.code === 'S001')).toBe(true);
  });
}

describe('SQL statements per page', () => {
  it('costs the same number of statements for 10 members as for 100, channels and stores included', async () => {
    const ten = await statementsForPage(10);
    const hundred = await statementsForPage(100);
    expect(hundred).toHaveLength(ten.length);
    // Everything sent to PostgreSQL, counted at the connection: the API key lookup (1, outside
    // any transaction), then count, page, channels batch and stores batch, each in its own
    // transaction of 4 statements (begin, set_config of the merchant, the select, commit).
    expect(hundred).toHaveLength(1 + 4 * 4);
    expect(hundred.filter((sql) => sql === 'begin')).toHaveLength(4);
    expect(hundred.filter((sql) => sql === 'commit')).toHaveLength(4);
  });
});
