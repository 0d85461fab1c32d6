import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from '../../src/graphql/build-schema.js';
import { CALLED_DIRECTLY } from '../../src/graphql/direct-resolvers.js';
import type { RequestContext } from '../../src/request/context.js';

const fieldOf = async (type: string, field: string) => {
  const object = (await getSchema()).getType(type);
  if (!isObjectType(object)) throw new Error(type);
  return object.getFields()[field]!;
};

describe('resolvers called without type-graphql’s wrapper', () => {
  it('calls a root-and-context resolver with the root as given, not a copy made into the class', async () => {
    const channels = await fieldOf('Member', 'channels');
    expect(channels.extensions[CALLED_DIRECTLY]).toBe(true);
    const root = { id: 'member-1' };
    const seen: unknown[] = [];
    const ctx = { loaders: { channelsByMemberId: { load: (id: string) => (seen.push(id), Promise.resolve(['c'])) } } };
    await expect(channels.resolve!(root, {}, ctx as unknown as RequestContext, undefined as never)).resolves.toEqual(['c']);
    expect(seen).toEqual(['member-1']);
    const referrer = await fieldOf('Member', 'referrer');
    expect(referrer.resolve!({ referrerId: null }, {}, ctx as unknown as RequestContext, undefined as never)).toBeNull();
  });

  it('passes scalar and enum arguments as given, and leaves the wrapper where input objects are converted', async () => {
    const coupons = await fieldOf('Member', 'coupons');
    expect(coupons.extensions[CALLED_DIRECTLY]).toBe(true);
    const all = [{ status: 'USED' }, { status: 'UNUSED' }];
    const ctx = { loaders: { cards: { couponsByMember: { load: () => Promise.resolve(all) } } } };
    await expect(
      coupons.resolve!({ id: 'm' }, { status: 'UNUSED' }, ctx as unknown as RequestContext, undefined as never),
    ).resolves.toEqual([{ status: 'UNUSED' }]);
    expect((await fieldOf('Query', 'member')).extensions[CALLED_DIRECTLY]).toBe(true);
    // `members(filter: MemberFilter, page: PageInput…)`: type-graphql makes class instances of its inputs.
    expect((await fieldOf('Query', 'members')).extensions[CALLED_DIRECTLY]).toBeUndefined();
  });

  it('calls most of the schema’s field resolvers directly (every one with only @Root and @Ctx)', async () => {
    const schema = await getSchema();
    let direct = 0;
    for (const type of Object.values(schema.getTypeMap()))
      if (isObjectType(type))
        for (const field of Object.values(type.getFields())) if (field.extensions[CALLED_DIRECTLY]) direct++;
    expect(direct).toBeGreaterThan(40);
  });
});
