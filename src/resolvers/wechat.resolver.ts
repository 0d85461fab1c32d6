import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Permission } from '../domain/access.enums.js';
import type { RequestContext } from '../request/context.js';
import { MemberPayload } from '../schema/member.types.js';
import { PairWechatMemberInput, WechatOAuthPayload } from '../schema/wechat.types.js';
import * as wechat from '../services/wechat/wechat-oauth.service.js';
import { payload } from './payload.js';

@Resolver()
export class WechatResolver {
  @Authorized(Permission.WRITE)
  @Mutation(() => WechatOAuthPayload, {
    description:
      "Exchanges a WeChat OAuth code at the merchant's app; answers the paired member, if any, and keeps its refresh token.",
  })
  wechatOAuthMember(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string) {
    return payload(() => wechat.wechatOAuthMember(ctx, code));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => MemberPayload, {
    description: 'Binds a WeChat openid to a member after checking the phone and the refresh token.',
  })
  pairWechatMember(@Ctx() ctx: RequestContext, @Arg('input', () => PairWechatMemberInput) input: PairWechatMemberInput) {
    return payload(async () => ({ member: await wechat.pairWechatMember(ctx, input) }));
  }
}
