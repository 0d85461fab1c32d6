import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddLabelsDocument,
  BindChannelDocument,
  MemberLookupsDocument,
  RegisterMemberDocument,
  RemoveLabelsDocument,
  SetStatusDocument,
  UnbindChannelDocument,
  UpdateMemberDocument,
} from '../../src/generated/graphql.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

let app: TestApp;
let merchant: TestMerchant;

async function register(mobile: string, extra: Record<string, unknown> = {}) {
  const res = await app.gql(merchant.operatorKey, RegisterMemberDocument, { input: { mobile, ...extra } });
  return res.data!.registerMember.member!;
}

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant();
});
afterAll(() => app?.close());

describe('updateMember', () => {
  it('changes the given profile fields and leaves the others alone', async () => {
    const member = await register('13811110001', { name: 'Before', nickname: 'nick' });
    const res = await app.gql(merchant.operatorKey, UpdateMemberDocument, {
      input: {
        id: member.id,
        name: 'After',
        email: 'after@example.com',
        sex: 'FEMALE',
        birthday: '2000-01-31',
        deliveryAddresses: [{ address: '新街口2号', recipient: '李四', phone: '18912345678' }],
      },
    });
    expect(res.data?.updateMember.errors).toEqual([]);
    expect(res.data?.updateMember.member).toMatchObject({
      name: 'After',
      nickname: 'nick',
      email: 'after@example.com',
      sex: 'FEMALE',
      birthday: '2000-01-31',
      deliveryAddresses: [{ address: '新街口2号', recipient: '李四', phone: '18912345678' }],
    });
  });

  it('clears a field set to null', async () => {
    const member = await register('13811110002', { email: 'x@example.com' });
    const res = await app.gql(merchant.operatorKey, UpdateMemberDocument, { input: { id: member.id, email: null } });
    expect(res.data?.updateMember.member?.email).toBeNull();
  });

  it('refuses a mobile that another member has', async () => {
    await register('13811110003');
    const member = await register('13811110004');
    const res = await app.gql(merchant.operatorKey, UpdateMemberDocument, { input: { id: member.id, mobile: '13811110003' } });
    expect(res.data?.updateMember.errors).toEqual([{ code: 'DUPLICATE_MOBILE', field: 'mobile', message: expect.any(String) }]);
  });

  it('has no way to set system fields such as status or code', async () => {
    const member = await register('13811110005');
    // A string on purpose: the document is invalid (UpdateMemberInput has no status), so codegen would refuse it.
    const res = await app.gql(
      merchant.operatorKey,
      `mutation { updateMember(input: { id: "${member.id}", status: REMOVED }) { errors { code } } }`,
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers MEMBER_NOT_FOUND for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await app.gql(merchant.operatorKey, UpdateMemberDocument, { input: { id, name: 'x' } });
      expect(res.data?.updateMember.errors[0]?.code).toBe('MEMBER_NOT_FOUND');
    }
  });
});

describe('channels', () => {
  it('binds, rebinds idempotently, and unbinds a channel', async () => {
    const member = await register('13822220001');
    const channel = { channelCode: 'ptxcx', openid: 'o_pt', cardCode: 'C1' };
    const first = await app.gql(merchant.operatorKey, BindChannelDocument, { memberId: member.id, channel });
    const again = await app.gql(merchant.operatorKey, BindChannelDocument, {
      memberId: member.id,
      channel: { ...channel, cardCode: 'C2' },
    });
    expect(first.data?.bindMemberChannel.member?.channels).toEqual([{ channelCode: 'ptxcx', openid: 'o_pt', cardCode: 'C1' }]);
    expect(again.data?.bindMemberChannel.member?.channels).toEqual([{ channelCode: 'ptxcx', openid: 'o_pt', cardCode: 'C2' }]);

    const gone = await app.gql(merchant.operatorKey, UnbindChannelDocument, {
      memberId: member.id,
      channelCode: 'ptxcx',
      openid: 'o_pt',
    });
    expect(gone.data?.unbindMemberChannel.member?.channels).toEqual([]);
    const twice = await app.gql(merchant.operatorKey, UnbindChannelDocument, {
      memberId: member.id,
      channelCode: 'ptxcx',
      openid: 'o_pt',
    });
    expect(twice.data?.unbindMemberChannel.errors[0]?.code).toBe('CHANNEL_NOT_FOUND');
  });

  it("refuses to bind another member's identity", async () => {
    const owner = await register('13822220002');
    const other = await register('13822220003');
    await app.gql(merchant.operatorKey, BindChannelDocument, {
      memberId: owner.id,
      channel: { channelCode: 'xcx', openid: 'o_owned' },
    });
    const res = await app.gql(merchant.operatorKey, BindChannelDocument, {
      memberId: other.id,
      channel: { channelCode: 'xcx', openid: 'o_owned' },
    });
    expect(res.data?.bindMemberChannel.errors[0]?.code).toBe('CHANNEL_ALREADY_BOUND');
  });
});

describe('status and labels', () => {
  it('sets the status', async () => {
    const member = await register('13833330001');
    const res = await app.gql(merchant.operatorKey, SetStatusDocument, { memberId: member.id, status: 'SUSPENDED' });
    expect(res.data?.setMemberStatus.member?.status).toBe('SUSPENDED');
  });

  it('adds and removes labels without losing concurrent changes', async () => {
    const member = await register('13833330002');
    const labels = Array.from({ length: 10 }, (_, i) => `tag${i}`);
    await Promise.all(
      labels.map((label) => app.gql(merchant.operatorKey, AddLabelsDocument, { memberId: member.id, labels: [label] })),
    );
    const added = await app.gql(merchant.operatorKey, AddLabelsDocument, { memberId: member.id, labels: ['tag0'] });
    expect(added.data?.addMemberLabels.member?.labels).toEqual([...labels].sort());
    const removed = await app.gql(merchant.operatorKey, RemoveLabelsDocument, {
      memberId: member.id,
      labels: ['tag0', 'tag1', 'absent'],
    });
    expect(removed.data?.removeMemberLabels.member?.labels).toEqual(labels.slice(2).sort());
  });

  it('refuses empty and over-long labels', async () => {
    const member = await register('13833330003');
    const res = await app.gql(merchant.operatorKey, AddLabelsDocument, { memberId: member.id, labels: ['', 'x'.repeat(33)] });
    expect(res.data?.addMemberLabels.errors.map((e) => e.code)).toEqual(['INVALID_INPUT', 'INVALID_INPUT']);
  });
});

describe('lookups', () => {
  it('finds a member by id, mobile, code and channel, with its referrer', async () => {
    const referrer = await register('13844440001');
    const res0 = await app.gql(merchant.operatorKey, RegisterMemberDocument, {
      input: {
        mobile: '13844440002',
        code: 'LOOK-1',
        referrerId: referrer.id,
        channel: { channelCode: 'dcxcx', openid: 'o_look' },
      },
    });
    const member = res0.data!.registerMember.member!;
    const res = await app.gql(merchant.readonlyKey, MemberLookupsDocument, {
      id: member.id,
      mobile: '13844440002',
      code: 'LOOK-1',
      channelCode: 'dcxcx',
      openid: 'o_look',
    });
    expect(res.data).toEqual({
      byId: { id: member.id },
      byMobile: { id: member.id },
      byCode: { id: member.id },
      byChannel: { id: member.id, referrer: { id: referrer.id } },
    });
  });

  it('answers null, not an error, when nothing matches', async () => {
    const res = await app.gql(merchant.readonlyKey, MemberLookupsDocument, {
      id: 'nope',
      mobile: '0000000',
      code: 'none',
      channelCode: 'xcx',
      openid: 'none',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ byId: null, byMobile: null, byCode: null, byChannel: null });
  });
});
