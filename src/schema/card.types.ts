import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CardType, ActivityStatus, CardChannel, RechargeEventStatus, RechargeEventType } from '../domain/card.enums.js';
import { DecimalScalar } from './decimal.scalar.js';
import { DateTime, SafeInt } from './scalars.js';
import { MutationPayload } from './generic.types.js';

registerEnumType(CardType, { name: 'CardType', description: 'Legacy 1 platform card, 10 stored-value card, 11 activity card.' });
registerEnumType(CardChannel, { name: 'CardChannel', description: 'Legacy 1 app, 2 store.' });
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'Legacy 1 untouched, 2 partly spent, 3 all spent (cashback due), 5 cashback paid.',
});
registerEnumType(RechargeEventType, { name: 'RechargeEventType', description: 'Legacy 1 bonus money, 2 coupons, 5 both.' });
registerEnumType(RechargeEventStatus, { name: 'RechargeEventStatus', description: 'Legacy 1 normal, 10 activity cards only.' });

@ObjectType({ description: 'A kind of card the merchant offers (legacy membership card, 3.2).' })
export class CardTemplate {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  colour!: string | null;

  @Field(() => String, { nullable: true })
  logoUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Rich text (HTML).' })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: 'Rich text (HTML).' })
  detail!: string | null;

  @Field(() => CardType)
  type!: CardType;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => DateTime)
  createdAt!: Date;
}

@InputType()
export class CardTemplateInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' })
  id?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: '#RRGGBB' })
  colour?: string | null;

  @Field(() => String, { nullable: true })
  logoUrl?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  detail?: string | null;

  @Field(() => CardType)
  type!: CardType;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Stores where the card is valid; empty: all. Omit to keep.' })
  storeIds?: string[] | null;
}

@ObjectType()
export class CardTemplatePayload extends MutationPayload {
  @Field(() => CardTemplate, { nullable: true })
  cardTemplate?: CardTemplate | null;
}

@ObjectType({ description: 'A recharge promotion (legacy event, 3.4 and 3.10).' })
export class RechargeEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => DecimalScalar)
  rechargeAmount!: string;

  @Field(() => DecimalScalar)
  bonusAmount!: string;

  @Field(() => ID, { nullable: true })
  couponTemplateId!: string | null;

  @Field(() => Int)
  couponQuantity!: number;

  @Field(() => RechargeEventType)
  type!: RechargeEventType;

  @Field(() => RechargeEventStatus)
  status!: RechargeEventStatus;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

@InputType()
export class RechargeEventInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' })
  id?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => DecimalScalar)
  rechargeAmount!: string;

  @Field(() => DecimalScalar, { nullable: true })
  bonusAmount?: string | null;

  @Field(() => ID, { nullable: true })
  couponTemplateId?: string | null;

  @Field(() => Int, { nullable: true })
  couponQuantity?: number | null;

  @Field(() => RechargeEventType)
  type!: RechargeEventType;

  @Field(() => RechargeEventStatus, { nullable: true })
  status?: RechargeEventStatus | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => [ID], { description: 'Card templates the event applies to.' })
  cardTemplateIds!: string[];
}

@ObjectType()
export class RechargeEventPayload extends MutationPayload {
  @Field(() => RechargeEvent, { nullable: true })
  rechargeEvent?: RechargeEvent | null;
}

@ObjectType({ description: "A member's card. balance = capital + bonus." })
export class MemberCard {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => String)
  cardNo!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => ID)
  cardTemplateId!: string;

  @Field(() => DecimalScalar, { description: 'What remains of recharged money.' })
  capital!: string;

  @Field(() => DecimalScalar, { description: 'What remains of bonus money.' })
  bonus!: string;

  @Field(() => DecimalScalar)
  totalCapitalRecharged!: string;

  @Field(() => DecimalScalar)
  totalCapitalRefunded!: string;

  @Field(() => DecimalScalar)
  totalInvoiced!: string;

  @Field(() => ID, { nullable: true })
  openStoreId!: string | null;

  @Field(() => DateTime, { description: 'When the card was opened.' })
  createdAt!: Date;
}

@InputType({ description: 'Names a card: cardId, cardNo, or cardTemplateId with memberId or phone.' })
export class CardRefFields {
  @Field(() => ID, { nullable: true })
  cardId?: string | null;

  @Field(() => String, { nullable: true })
  cardNo?: string | null;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  cardTemplateId?: string | null;
}

@InputType()
export class OpenMemberCardInput {
  @Field(() => String, { description: 'The member is registered with this mobile if there is none.' })
  phone!: string;

  @Field(() => ID)
  cardTemplateId!: string;

  @Field(() => String, { nullable: true, description: 'PIN or its MD5 hex; default the last 6 digits of the phone.' })
  password?: string | null;

  @Field(() => ID, { nullable: true, description: 'Opening store; default the staff user’s only store.' })
  storeId?: string | null;
}

@InputType()
export class SetCardPasswordInput {
  @Field(() => ID)
  cardId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The PIN (or its MD5 hex) the card has now; not needed for a card imported without one.',
  })
  currentPassword?: string | null;

  @Field(() => String, { description: 'The new PIN or its MD5 hex.' })
  newPassword!: string;
}

@ObjectType()
export class MemberCardPayload extends MutationPayload {
  @Field(() => MemberCard, { nullable: true })
  card?: MemberCard | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the member was registered by this call.' })
  memberCreated?: boolean | null;
}

@ObjectType()
export class CardSettings {
  @Field(() => String, { nullable: true, description: 'The merchant phone that refund SMS codes go to.' })
  smsPhone!: string | null;
}

@InputType()
export class CardSettingsInput {
  @Field(() => String, { nullable: true })
  smsPhone?: string | null;
}

@ObjectType()
export class CardSettingsPayload extends MutationPayload {
  @Field(() => CardSettings, { nullable: true })
  settings?: CardSettings | null;
}

@ObjectType()
export class SmsCodePayload extends MutationPayload {
  @Field(() => String, { nullable: true, description: 'The phone, masked.' })
  sentTo?: string | null;

  @Field(() => DateTime, { nullable: true })
  expiresAt?: Date | null;
}
