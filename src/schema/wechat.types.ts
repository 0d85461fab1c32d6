import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from './generic.types.js';
import { Member } from './member.types.js';

@ObjectType({ description: 'A WeChat OAuth code exchanged at the merchant’s app.' })
export class WechatOAuthPayload extends MutationPayload {
  @Field(() => String, { nullable: true })
  openid?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'To pair the openid with a member (pairWechatMember) when none is paired yet. Keep it out of logs.',
  })
  refreshToken?: string | null;

  @Field(() => Member, { nullable: true, description: 'The member paired with the openid; null when there is none.' })
  member?: Member | null;
}

@InputType()
export class PairWechatMemberInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  openid!: string;

  @Field(() => String, { description: 'WeChat confirms it belongs to the openid before anything is bound.' })
  refreshToken!: string;

  @Field(() => String, { description: "The member's own mobile, as proof of who they are." })
  phone!: string;
}
