import { z } from 'zod';
import { ErrorCode } from '../../errors/error-code.js';
import { RestPairWechatDocument, RestMerchantDocument, RestWechatOAuthDocument } from '../../generated/graphql.js';
import { unwrapPayload } from '../common/run-operation.js';
import { EdgeFailure, ShimError } from '../common/shim-error.js';
import type { ShimRoute } from '../common/shim-router.js';
import type { RestCaller } from './dialect.js';
import { requireOwnMerchant, restMember, restMemberSchema } from './member-view.js';
import { answerMemberById } from './members.routes.js';

const oauthInput = z
  .object({
    code: z.string({ error: 'code is required' }).trim().min(1, 'code is required').max(512),
    merchantID: z.string({ error: 'merchantID is required' }).trim().min(1, 'merchantID is required'),
  })
  .passthrough();

/**
 * GET /wxoauth?code&merchantID: exchanges the code at WeChat with the merchant's app id and
 * secret and answers the paired member. With no member paired yet: 404, whose body carries the
 * `weixin.openID` and `weixin.refresh_token` that POST /wxoauth pairs (the code is spent: WeChat
 * takes each code once, so the caller could not get them again).
 */
export const wxoauthLookupRoute: ShimRoute<z.output<typeof oauthInput>, RestCaller> = {
  method: 'GET',
  path: '/wxoauth',
  summary: 'The member paired with the WeChat user of an OAuth code; 404 (with openID and refresh_token) when none is.',
  input: oauthInput,
  output: restMemberSchema,
  // WeChat is called over the network: no transaction is held open while it answers.
  transaction: 'operation',
  async handle(call, { code, merchantID }) {
    requireOwnMerchant(merchantID, call.caller.merchantId);
    const result = unwrapPayload((await call.run(RestWechatOAuthDocument, { code })).wechatOAuthMember);
    if (!result.member) {
      return {
        status: 404,
        body: {
          code: ErrorCode.MEMBER_NOT_FOUND,
          message: 'No member is paired with this WeChat user; pair one with POST /wxoauth.',
          weixin: { openID: result.openid, refresh_token: result.refreshToken },
        },
      };
    }
    const { merchant } = await call.run(RestMerchantDocument, {});
    return { status: 200, body: restMember(result.member, merchant) };
  },
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const present = (v: unknown) => v !== undefined && v !== null && v !== '';
const textOf = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : null);

/** The document's 400 messages, checked in its order. */
function pairRequest(body: Record<string, unknown>) {
  const fail = (message: string) => {
    throw new ShimError(EdgeFailure.BAD_PARAMETERS, message);
  };
  if (!present(body.action)) fail('should have action');
  if (!isObject(body.member)) fail('should have member');
  const member = body.member as Record<string, unknown>;
  if (!present(member.id)) fail('should have member id');
  if (!isObject(member.weixin)) fail('should have member with weixin');
  const weixin = member.weixin as Record<string, unknown>;
  if (!present(weixin.refresh_token)) fail('should have member with weixin refresh token');
  if (!isObject(member.merchant)) fail('should have merchant');
  const merchant = member.merchant as Record<string, unknown>;
  if (!present(merchant.merchantID)) fail('should have merchant id');
  if (!isObject(body.options)) fail('should have options');
  const options = body.options as Record<string, unknown>;
  if (!present(options.phone)) fail('should have phone number');
  if (body.action !== 'pair') fail(`unknown action ${String(body.action).slice(0, 32)}; the action is pair`);
  if (!present(weixin.openID)) fail('should have member with weixin openID');
  const [id, refreshToken, merchantID, phone, openid] = [
    member.id,
    weixin.refresh_token,
    merchant.merchantID,
    options.phone,
    weixin.openID,
  ].map(textOf);
  if ([id, refreshToken, merchantID, phone, openid].some((v) => !v))
    fail('member id, openID, refresh token, merchant id and phone are text');
  return { id: id!, refreshToken: refreshToken!, merchantID: merchantID!, phone: phone!, openid: openid! };
}

const pairInput = z.object({ body: z.record(z.string(), z.unknown()) }).passthrough();

/** POST /wxoauth `action: pair`: binds the WeChat identity to the member after checking the phone. */
export const wxoauthPairRoute: ShimRoute<z.output<typeof pairInput>, RestCaller> = {
  method: 'POST',
  path: '/wxoauth',
  summary: 'Pair a WeChat user (openID + refresh_token) with an existing member, checked by the member’s phone.',
  input: pairInput,
  output: restMemberSchema,
  transaction: 'operation',
  async handle(call, { body }) {
    const pair = pairRequest(body);
    requireOwnMerchant(pair.merchantID, call.caller.merchantId);
    const paired = unwrapPayload(
      (
        await call.run(RestPairWechatDocument, {
          input: { memberId: pair.id, openid: pair.openid, refreshToken: pair.refreshToken, phone: pair.phone },
        })
      ).pairWechatMember,
    );
    return answerMemberById(call, paired.member!.id);
  },
};
