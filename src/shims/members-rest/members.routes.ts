import { z } from 'zod';
import { ErrorCode } from '../../errors/error-code.js';
import {
  RestCreateMemberDocument,
  RestMemberByIdDocument,
  RestMemberIdsByRefreshTokenDocument,
  RestMembersDocument,
  RestReferrerExistsDocument,
  RestSetMemberStatusDocument,
  RestUpdateMemberDocument,
  type MemberFilter,
  type Sex,
} from '../../generated/graphql.js';
import { unwrapPayload } from '../common/run-operation.js';
import { EdgeFailure, ShimError } from '../common/shim-error.js';
import type { ShimCall, ShimRoute } from '../common/shim-router.js';
import type { RestAnswer, RestCaller } from './dialect.js';
import { DEFAULT_LEVEL, epoch, requireOwnMerchant, restMember, restMemberSchema, STATUS_FROM_REST } from './member-view.js';
import { memberQuery, type MemberQuery } from './member-query.js';

type Call = ShimCall<RestCaller>;
const bad = (message: string) => new ShimError(EdgeFailure.BAD_PARAMETERS, message);

const text = (max: number) => z.string().trim().max(max, `has at most ${max} characters`);
const status = z.enum(Object.keys(STATUS_FROM_REST) as [keyof typeof STATUS_FROM_REST], {
  error: 'must be active, suspend, expired or removed',
});
const deliveryAddress = z
  .array(z.object({ address: text(500).min(1, 'must not be empty'), recipient: text(100).nullish(), phone: text(20).nullish() }))
  .max(20);
const sexOf = (male: boolean | null | undefined): Sex | null | undefined =>
  male === undefined ? undefined : male === null ? 'UNKNOWN' : male ? 'MALE' : 'FEMALE';

/** Fields a member's profile shares between POST and PUT, as the document names them. */
const profileFields = {
  name: text(200).min(1, 'must not be empty'),
  male: z.boolean().nullish(),
  phone: text(20).nullish(),
  email: text(254).nullish(),
  idcard: text(32).nullish(),
  deliveryAddress: deliveryAddress.nullish(),
  sinceAt: epoch,
  dueAt: epoch,
};

const profileInput = (p: {
  name?: string;
  male?: boolean | null;
  phone?: string | null;
  email?: string | null;
  idcard?: string | null;
  deliveryAddress?: z.output<typeof deliveryAddress> | null;
  sinceAt?: Date;
  dueAt?: Date;
}) => ({
  name: p.name,
  sex: sexOf(p.male),
  mobile: p.phone === '' ? null : p.phone,
  email: p.email === '' ? null : p.email,
  idCardNumber: p.idcard === '' ? null : p.idcard,
  deliveryAddresses: p.deliveryAddress,
  sinceAt: p.sinceAt,
  dueAt: p.dueAt,
});

export async function answerMemberById(call: Call, id: string, status = 200): Promise<RestAnswer> {
  const found = await call.run(RestMemberByIdDocument, { id });
  if (!found.member) throw new ShimError(ErrorCode.MEMBER_NOT_FOUND, `No member with id ${id}.`);
  return { status, body: restMember(found.member, found.merchant) };
}

const createBody = z.object({
  code: text(64).min(1, 'must not be empty'),
  ...profileFields,
  userID: z.unknown().optional(),
  shop: z
    .object({ shopID: text(64) })
    .partial()
    .nullish(),
  merchant: z.object({ merchantID: z.string({ error: 'is required' }) }, { error: 'is required' }),
  status: status.optional(),
  createdAt: epoch,
});

const createInput = z.object({
  body: createBody,
  query: z.object({ referrer: text(64).optional(), referre: text(64).optional() }).passthrough(),
});

/** POST /members: create-only; `?referrer=` (or the document's `?referre=`) pays the referral bonus. */
export const createMemberRoute: ShimRoute<z.output<typeof createInput>, RestCaller> = {
  method: 'POST',
  path: '/members',
  summary: 'Create a member (create-only: an existing code or phone is a conflict, answered 400).',
  input: createInput,
  output: restMemberSchema,
  async handle(call, { body, query }) {
    requireOwnMerchant(body.merchant.merchantID, call.caller.merchantId);
    const referrerId = query.referrer ?? query.referre;
    // An unknown referrer is a bad parameter of this call, not a missing member.
    if (referrerId && !(await call.run(RestReferrerExistsDocument, { id: referrerId })).member) {
      throw bad(`referrer: no member with id ${referrerId}.`);
    }
    const created = unwrapPayload(
      (
        await call.run(RestCreateMemberDocument, {
          input: {
            code: body.code,
            ...profileInput(body),
            registeredAt: body.createdAt,
            registerStoreId: body.shop?.shopID || undefined,
            referrerId,
          },
        })
      ).createMember,
    ).member!;
    if (body.status && STATUS_FROM_REST[body.status] !== created.status) {
      unwrapPayload(
        (await call.run(RestSetMemberStatusDocument, { id: created.id, status: STATUS_FROM_REST[body.status] })).setMemberStatus,
      );
    }
    return answerMemberById(call, created.id);
  },
};

/** The GraphQL members filter of a members-rest query. */
function filterOf(q: MemberQuery): MemberFilter {
  return {
    name: q.name,
    code: q.code,
    email: q.email,
    mobile: q.phone,
    status: q.status ? STATUS_FROM_REST[q.status] : undefined,
    points: q.point,
    gradeLevel: q.level,
    sinceAt: q.sinceAt,
    dueAt: q.dueAt,
    wechatRefreshToken: q['weixin.refresh_token'],
  };
}

/** GET /members: an array; with `?id=` one member or 404. */
export const listMembersRoute: ShimRoute<MemberQuery, RestCaller> = {
  method: 'GET',
  path: '/members',
  transaction: 'read',
  summary: 'Members matching the query (a URL-encoded JSON object or name=value pairs); skip 0 and limit 10 by default.',
  input: memberQuery,
  output: z.array(restMemberSchema),
  async handle(call, q) {
    if (q.id !== undefined) return answerMemberById(call, q.id);
    const page = await call.run(RestMembersDocument, { filter: filterOf(q), page: { offset: q.skip, limit: q.limit } });
    return { status: 200, body: page.members.items.map((m) => restMember(m, page.merchant)) };
  },
};

const idInput = z.object({ id: text(64).min(1) });

/** GET /members/:id: one member or 404. */
export const getMemberRoute: ShimRoute<z.output<typeof idInput>, RestCaller> = {
  method: 'GET',
  path: '/members/:id',
  transaction: 'read',
  summary: 'One member by id; 404 when there is none.',
  input: idInput.passthrough(),
  output: restMemberSchema,
  handle: (call, { id }) => answerMemberById(call, id),
};

const updateInput = z.object({
  id: text(64).min(1),
  body: z.object({
    ...profileFields,
    name: profileFields.name.optional(),
    sinceAt: epoch.optional(),
    dueAt: epoch.optional(),
    level: text(100).optional(),
    status: status.optional(),
  }),
  query: z.object({ 'weixin.refresh_token': text(512).optional() }).passthrough(),
});

/**
 * PUT /members/:id: the profile fields, status. `postPoint` / `postTotalPoint` are never set from
 * outside (ignored, as every field the body carries that is not the profile's: a client may PUT
 * back what it read). `level` follows the member's grade: a different level is refused.
 */
export const updateMemberRoute: ShimRoute<z.output<typeof updateInput>, RestCaller> = {
  method: 'PUT',
  path: '/members/:id',
  summary: 'Update a member’s profile and status; points are never set here.',
  input: updateInput,
  output: restMemberSchema,
  async handle(call, { id, body, query }) {
    const current = (await call.run(RestMemberByIdDocument, { id })).member;
    if (!current) throw new ShimError(ErrorCode.MEMBER_NOT_FOUND, `No member with id ${id}.`);
    const token = query['weixin.refresh_token'];
    if (token !== undefined) {
      const holders = (await call.run(RestMemberIdsByRefreshTokenDocument, { token })).members.items;
      if (!holders.some((m) => m.id === id)) {
        throw new ShimError(EdgeFailure.FORBIDDEN, 'weixin.refresh_token is not the WeChat token of this member.');
      }
    }
    const level = current.grade?.name ?? DEFAULT_LEVEL;
    if (body.level !== undefined && body.level !== level) {
      throw bad(`level: follows the member's grade (${level}); it cannot be set.`);
    }
    const status = body.status && STATUS_FROM_REST[body.status] !== current.status ? STATUS_FROM_REST[body.status] : null;
    const setStatus = async () =>
      status && unwrapPayload((await call.run(RestSetMemberStatusDocument, { id, status })).setMemberStatus);
    // A member coming back is reactivated before their record changes; one leaving, after.
    if (status === 'ACTIVE') await setStatus();
    unwrapPayload((await call.run(RestUpdateMemberDocument, { input: { id, ...profileInput(body) } })).updateMember);
    if (status !== 'ACTIVE') await setStatus();
    return answerMemberById(call, id);
  },
};
