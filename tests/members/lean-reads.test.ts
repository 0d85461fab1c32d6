import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeanMemberDocument, OrmMemberDocument } from '../../src/generated/graphql.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/**
 * Members and their channels are read by lean SQL inside a query's transaction
 * (src/request/loaders/lean.ts) and by the ORM outside one (a mutation's payload). Both must
 * answer the same for every field: nulls, dates, microsecond timestamps, JSON, arrays.
 */
let app: TestApp;
let merchant: TestMerchant;
let other: TestMerchant;
let full: string;
let sparse: string;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant();
  other = await app.createMerchant('Other');
  const em = app.emFor(merchant.id);
  const [referrer] = await em.execute<{ id: string }[]>(
    `insert into member (id, merchant_id, code, registered_at) values (gen_random_uuid(), ?, 'REF', '1969-12-31 23:59:59.9995+00') returning id`,
    [merchant.id],
  );
  [{ id: full }] = await em.execute<{ id: string }[]>(
    `insert into member (id, merchant_id, code, mobile, name, nickname, email, sex, birthday, id_card_number, address,
                         delivery_addresses, avatar_url, registered_at, register_store_id, status, since_at, due_at, labels,
                         referrer_id, created_at, updated_at)
     values (gen_random_uuid(), ?, 'FULL', '13900000001', '全 名', 'nick', 'a@example.com', 'FEMALE', '1990-02-28', '110101199002280000',
             '新街口1号', '[{"address": "A路1号", "recipient": "张三", "phone": null}]', 'https://x/a.png',
             '2020-01-02 03:04:05.678901+08', ?, 'SUSPENDED', '2021-06-30 23:59:59.999999+00', '2031-01-01 00:00:00+00',
             array['vip', 'gold'], ?, '2019-05-05 05:05:05.000001+00', '2024-02-29 12:00:00.5+00')
     returning id`,
    [merchant.id, merchant.store.id, referrer!.id],
  );
  [{ id: sparse }] = await em.execute<{ id: string }[]>(
    `insert into member (id, merchant_id, code) values (gen_random_uuid(), ?, 'SPARSE') returning id`,
    [merchant.id],
  );
  await em.execute(
    `insert into member_channel (id, merchant_id, member_id, channel_code, channel_id, openid, union_id, card_code, card_id,
                                 register_type, register_store_id, created_at)
     values (gen_random_uuid(), ?, ?, 'xcx', 'c1', 'o-2', 'u-1', 'card', 'cid', 3, ?, '2022-01-01 00:00:00.123456+00'),
            (gen_random_uuid(), ?, ?, 'wxgzpt', null, 'o-1', null, null, null, null, null, '2021-01-01 00:00:00+00'),
            (gen_random_uuid(), ?, ?, 'dsf', null, 'o-ref', null, null, null, null, null, default)`,
    [merchant.id, full, merchant.store.id, merchant.id, full, merchant.id, referrer!.id],
  );
});
afterAll(() => app?.close());

describe('lean member reads', () => {
  // First: the ORM comparison below adds a label and so changes labels and updatedAt.
  it('reads the full row exactly', async () => {
    const { member } = (await app.gql(merchant.operatorKey, LeanMemberDocument, { id: full })).data!;
    expect(member).toMatchObject({
      birthday: '1990-02-28',
      registeredAt: '2020-01-01T19:04:05.678Z',
      sinceAt: '2021-06-30T23:59:59.999Z',
      createdAt: '2019-05-05T05:05:05.000Z',
      updatedAt: '2024-02-29T12:00:00.500Z',
      labels: ['vip', 'gold'],
      deliveryAddresses: [{ address: 'A路1号', recipient: '张三', phone: null }],
      referrer: { code: 'REF', channels: [{ openid: 'o-ref' }] },
    });
    // Oldest channel first.
    expect(member!.channels.map((c) => c.openid)).toEqual(['o-1', 'o-2']);
    expect(member!.channels[1]).toMatchObject({ registerType: 3, createdAt: '2022-01-01T00:00:00.123Z' });
  });

  it.each([
    ['every field set', () => full],
    ['only the required fields', () => sparse],
  ])('answer like the ORM: %s', async (_, id) => {
    const lean = await app.gql(merchant.operatorKey, LeanMemberDocument, { id: id() });
    expect(lean.errors).toBeUndefined();
    const orm = await app.gql(merchant.operatorKey, OrmMemberDocument, { id: id() });
    expect(orm.errors).toBeUndefined();
    // The mutation may add the label "vip" and so touch updatedAt; everything else is the same row.
    const { labels: _l, updatedAt: _u, ...ormRest } = orm.data!.addMemberLabels.member!;
    const { labels: _l2, updatedAt: _u2, ...leanRest } = lean.data!.member!;
    expect(leanRest).toEqual(ormRest);
  });

  it("still sees only the caller's merchant (row-level security on the query's transaction)", async () => {
    const res = await app.gql(other.operatorKey, LeanMemberDocument, { id: full });
    expect(res.errors).toBeUndefined();
    expect(res.data!.member).toBeNull();
  });
});
