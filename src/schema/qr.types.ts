import { Field, ObjectType } from 'type-graphql';
import { QrKind } from '../domain/card.enums.js';
import { MemberCard } from './card.types.js';
import { Coupon } from './coupon.types.js';
import { MutationPayload } from './generic.types.js';

@ObjectType({ description: 'What a scanned QR code names (legacy 6.1: qrcodeType 1 card, 2 coupon).' })
export class QrScanPayload extends MutationPayload {
  @Field(() => QrKind, { nullable: true })
  kind?: QrKind | null;

  @Field(() => MemberCard, { nullable: true })
  card?: MemberCard | null;

  @Field(() => Coupon, { nullable: true })
  coupon?: Coupon | null;
}
