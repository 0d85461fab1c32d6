import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { RegisterMemberProfileDocument } from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant();
});
afterAll(() => app?.close());

describe('registerMember', () => {
  it('creates a member with a channel, then finds the same member on retry', async () => {
    const input = {
      mobile: '13800138000',
      name: '张三',
      sex: 'MALE' as const,
      birthday: '1990-02-28',
      registerStoreId: merchant.store.id,
      labels: ['vip', 'vip', 'new'],
      channel: { channelCode: 'wxgzpt', openid: 'o_abc', unionId: 'u_1', registerType: 2 },
    };
    const first = await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, { input });
    expect(first.data?.registerMember.errors).toEqual([]);
    expect(first.data?.registerMember.created).toBe(true);
    const member = first.data?.registerMember.member;
    expect(member).toMatchObject({
      mobile: '13800138000',
      name: '张三',
      sex: 'MALE',
      birthday: '1990-02-28',
      status: 'ACTIVE',
      labels: ['new', 'vip'].sort((a, b) => input.labels.indexOf(a) - input.labels.indexOf(b)),
      registerStore: { code: 'S001' },
      channels: [{ channelCode: 'wxgzpt', openid: 'o_abc', unionId: 'u_1', registerType: 2 }],
    });
    expect(member!.code).toMatch(/^[1-9]\d{11}$/);

    const retry = await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, { input });
    expect(retry.data?.registerMember.created).toBe(false);
    expect(retry.data?.registerMember.member!.id).toBe(member!.id);
    const count = await app.ownerOrm.em.fork().execute('select count(*)::int as n from member where mobile = ?', ['13800138000']);
    expect(count[0].n).toBe(1);
  });

  it('finds a member by channel openid when no mobile is given', async () => {
    const channel = { channelCode: 'xcx', openid: 'o_only_channel' };
    const first = await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, { input: { channel } });
    const second = await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, {
      input: { channel, nickname: 'ignored on retry' },
    });
    expect(first.data?.registerMember.created).toBe(true);
    expect(second.data?.registerMember.created).toBe(false);
    expect(second.data?.registerMember.member!.id).toBe(first.data?.registerMember.member!.id);
  });

  it('registers one member when the same mobile arrives many times at once', async () => {
    const input = { mobile: '13900000077', name: 'Parallel' };
    const results = await Promise.all(
      Array.from({ length: 12 }, () => app.gql(merchant.operatorKey, RegisterMemberProfileDocument, { input })),
    );
    const ids = new Set(results.map((r) => r.data?.registerMember.member?.id));
    expect(results.every((r) => r.data?.registerMember.errors.length === 0)).toBe(true);
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.data?.registerMember.created).length).toBe(1);
  });

  it('answers every invalid field with INVALID_INPUT and writes nothing', async () => {
    const before = await app.ownerOrm.em.fork().execute('select count(*)::int as n from member');
    const res = await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, {
      input: {
        mobile: 'not-a-phone',
        email: 'nope',
        birthday: '1990-01-01',
        avatarUrl: 'x',
        channel: { channelCode: 'WX!', openid: '' },
      },
    });
    const errors = res.data?.registerMember.errors as { code: string; field: string }[];
    expect(errors.every((e) => e.code === 'INVALID_INPUT')).toBe(true);
    expect(errors.map((e) => e.field).sort()).toEqual(['avatarUrl', 'channel.channelCode', 'channel.openid', 'email', 'mobile']);
    const after = await app.ownerOrm.em.fork().execute('select count(*)::int as n from member');
    expect(after[0].n).toBe(before[0].n);
  });

  it('requires a mobile or a channel', async () => {
    const res = await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, { input: { name: 'Nobody' } });
    expect(res.data?.registerMember.errors).toEqual([
      { code: 'INVALID_INPUT', message: 'Give a mobile, a channel, or both.', field: 'mobile' },
    ]);
  });

  it('refuses a channel identity that belongs to another member', async () => {
    await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, {
      input: { mobile: '13700000001', channel: { channelCode: 'dsf', openid: 'taken' } },
    });
    const res = await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, {
      input: { mobile: '13700000002', channel: { channelCode: 'dsf', openid: 'taken' } },
    });
    expect(res.data?.registerMember.errors[0].code).toBe('CHANNEL_ALREADY_BOUND');
    const orphan = await app.ownerOrm.em.fork().execute("select count(*)::int as n from member where mobile = '13700000002'");
    expect(orphan[0].n).toBe(0);
  });

  it('refuses an unknown register store and a taken member code', async () => {
    const store = await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, {
      input: { mobile: '13600000001', registerStoreId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(store.data?.registerMember.errors[0]).toMatchObject({ code: 'STORE_NOT_FOUND', field: 'registerStoreId' });
    await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, { input: { mobile: '13600000002', code: 'CARD-1' } });
    const dup = await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, {
      input: { mobile: '13600000003', code: 'CARD-1' },
    });
    expect(dup.data?.registerMember.errors[0]).toMatchObject({ code: 'DUPLICATE_CODE', field: 'code' });
  });

  it('does not let a read-only key register members', async () => {
    const res = await app.gql(merchant.readonlyKey, RegisterMemberProfileDocument, { input: { mobile: '13500000001' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.registerMember ?? null).toBeNull();
  });
});

describe('registerMember across channel and mobile', () => {
  it('adds a mobile to a member who joined through a channel only', async () => {
    const channel = { channelCode: 'wxgzpt', openid: 'o_wechat_first' };
    const first = await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, { input: { channel } });
    const second = await app.gql(merchant.operatorKey, RegisterMemberProfileDocument, {
      input: { channel, mobile: '13100000009' },
    });
    expect(second.data?.registerMember).toMatchObject({
      created: false,
      errors: [],
      member: { id: first.data?.registerMember.member!.id, mobile: '13100000009' },
    });
  });
});
