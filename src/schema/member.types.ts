import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MemberStatus, Sex } from '../domain/member.enums.js';
import { SortDirection } from './enums.js';
import { DateTimeComparison, DecimalComparison, IntComparison } from './comparison.types.js';
import { DecimalScalar } from './decimal.scalar.js';
import { DateTime, LocalDate, SafeInt } from './scalars.js';
import { MutationPayload, PaginatedList } from './generic.types.js';

@ObjectType()
export class DeliveryAddress {
  @Field(() => String)
  address!: string;

  @Field(() => String, { nullable: true })
  recipient!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@ObjectType({ description: "A member's identity in one channel (WeChat, a mini-program, a partner)." })
export class MemberChannel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => String, { description: 'wxgzpt, xcx, dcxcx, ptxcx, dsf, or another short lowercase code.' })
  channelCode!: string;

  @Field(() => String, { nullable: true })
  channelId!: string | null;

  @Field(() => String, { description: 'The openid (thirdPartyCode) of the member in that channel.' })
  openid!: string;

  @Field(() => String, { nullable: true })
  unionId!: string | null;

  @Field(() => String, { nullable: true })
  cardCode!: string | null;

  @Field(() => String, { nullable: true })
  cardId!: string | null;

  @Field(() => Int, { nullable: true, description: '1 store, 2 page, 3 card claim, 4 QR scan, 5 pay-to-join, 6 import.' })
  registerType!: number | null;

  @Field(() => ID, { nullable: true })
  registerStoreId!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

@ObjectType()
export class Member {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => String, { description: 'Member code / card number, unique per merchant.' })
  code!: string;

  @Field(() => String, { nullable: true })
  mobile!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  nickname!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => LocalDate, { nullable: true })
  birthday!: string | null;

  @Field(() => String, { nullable: true })
  idCardNumber!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => [DeliveryAddress])
  deliveryAddresses!: DeliveryAddress[];

  @Field(() => String, { nullable: true })
  avatarUrl!: string | null;

  @Field(() => DateTime)
  registeredAt!: Date;

  @Field(() => ID, { nullable: true })
  registerStoreId!: string | null;

  @Field(() => MemberStatus)
  status!: MemberStatus;

  @Field(() => DateTime, { nullable: true, description: 'Membership valid since.' })
  sinceAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Membership due (expiry) date.' })
  dueAt!: Date | null;

  @Field(() => [String])
  labels!: string[];

  @Field(() => ID, { nullable: true })
  referrerId!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

@ObjectType()
export class MemberList extends PaginatedList(() => Member) {}

@InputType()
export class DeliveryAddressInput {
  @Field(() => String)
  address!: string;

  @Field(() => String, { nullable: true })
  recipient?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: 'A channel identity to attach to a member.' })
export class ChannelInput {
  @Field(() => String)
  channelCode!: string;

  @Field(() => String)
  openid!: string;

  @Field(() => String, { nullable: true })
  channelId?: string | null;

  @Field(() => String, { nullable: true })
  unionId?: string | null;

  @Field(() => String, { nullable: true })
  cardCode?: string | null;

  @Field(() => String, { nullable: true })
  cardId?: string | null;

  @Field(() => Int, { nullable: true })
  registerType?: number | null;

  @Field(() => ID, { nullable: true })
  registerStoreId?: string | null;
}

/** Profile fields a caller may set. Points, balances, grade and status are never among them. */
@InputType()
export class MemberProfileInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  nickname?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;

  @Field(() => LocalDate, { nullable: true })
  birthday?: string | null;

  @Field(() => String, { nullable: true })
  idCardNumber?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => [DeliveryAddressInput], { nullable: true })
  deliveryAddresses?: DeliveryAddressInput[] | null;

  @Field(() => String, { nullable: true })
  avatarUrl?: string | null;

  @Field(() => DateTime, { nullable: true })
  sinceAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  dueAt?: Date | null;
}

@InputType({
  description:
    'Find-or-create: an existing member with this mobile (or, without a mobile, this channel openid) is returned, not duplicated.',
})
export class RegisterMemberInput extends MemberProfileInput {
  @Field(() => String, { nullable: true })
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: 'Generated when omitted.' })
  code?: string | null;

  @Field(() => ID, { nullable: true })
  registerStoreId?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Defaults to now; set it when importing members.' })
  registeredAt?: Date | null;

  @Field(() => ID, { nullable: true })
  referrerId?: string | null;

  @Field(() => [String], { nullable: true })
  labels?: string[] | null;

  @Field(() => ChannelInput, { nullable: true })
  channel?: ChannelInput | null;
}

@InputType()
export class UpdateMemberInput extends MemberProfileInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new mobile; must stay unique within the merchant.' })
  mobile?: string | null;

  @Field(() => ID, { nullable: true, description: 'Where the member registered; null clears it.' })
  registerStoreId?: string | null;
}

@InputType({
  description:
    'Create-only: an existing mobile, code or channel identity is a conflict. Neither a mobile nor a channel is required.',
})
export class CreateMemberInput extends RegisterMemberInput {}

@InputType()
export class MemberFilter {
  @Field(() => String, { nullable: true, description: 'Name or nickname contains (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => String, { nullable: true })
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile contains (card-manage 4.4).' })
  mobileContains?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => MemberStatus, { nullable: true })
  status?: MemberStatus | null;

  @Field(() => String, { nullable: true, description: 'Members carrying this label.' })
  label?: string | null;

  @Field(() => ID, { nullable: true })
  registerStoreId?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Registered at or after (inclusive).' })
  registeredFrom?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Registered before (exclusive).' })
  registeredTo?: Date | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Available points at least.' })
  pointsMin?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Available points at most.' })
  pointsMax?: string | null;

  @Field(() => String, { nullable: true, description: 'Members currently in the grade with this code.' })
  gradeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Name exactly (members-rest `name`).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Email exactly, ignoring case.' })
  email?: string | null;

  @Field(() => [MemberStatus], { nullable: true, description: 'Any of these statuses.' })
  statusIn?: MemberStatus[] | null;

  @Field(() => DecimalComparison, { nullable: true, description: 'Available points (0 for a member who never had any).' })
  points?: DecimalComparison | null;

  @Field(() => IntComparison, { nullable: true, description: 'Grade level (0: below every grade).' })
  gradeLevel?: IntComparison | null;

  @Field(() => DateTimeComparison, { nullable: true, description: 'Membership valid since.' })
  sinceAt?: DateTimeComparison | null;

  @Field(() => DateTimeComparison, { nullable: true, description: 'Membership due date.' })
  dueAt?: DateTimeComparison | null;

  @Field(() => String, {
    nullable: true,
    description: 'The member whose WeChat identity holds this OAuth refresh token (members-rest `weixin.refresh_token`).',
  })
  wechatRefreshToken?: string | null;
}

export enum MemberOrderField {
  REGISTERED_AT = 'REGISTERED_AT',
  NAME = 'NAME',
  MOBILE = 'MOBILE',
  CODE = 'CODE',
}
registerEnumType(MemberOrderField, { name: 'MemberOrderField' });

@InputType()
export class MemberOrder {
  @Field(() => MemberOrderField)
  field!: MemberOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@ObjectType()
export class MemberPayload extends MutationPayload {
  @Field(() => Member, { nullable: true })
  member?: Member | null;
}

@ObjectType()
export class RegisterMemberPayload extends MemberPayload {
  @Field(() => Boolean, { nullable: true, description: 'false when an existing member was found and returned; null on error.' })
  created?: boolean | null;
}

@ObjectType({ description: 'What a member spent from their stored-value cards (refunded spends left out).' })
export class MemberSpending {
  @Field(() => Int)
  count!: number;

  @Field(() => DecimalScalar)
  amount!: string;
}

@ObjectType()
export class DynamicCodePayload extends MutationPayload {
  @Field(() => String, { nullable: true, description: '18 digits, to show as a QR code or barcode.' })
  code?: string | null;

  @Field(() => DateTime, { nullable: true })
  expiresAt?: Date | null;
}
