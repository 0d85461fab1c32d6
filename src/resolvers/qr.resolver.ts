import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../request/context.js';
import { MemberCard } from '../schema/card.types.js';
import { UserError } from '../schema/common.types.js';
import { Coupon } from '../schema/coupon.types.js';
import { QrKind } from '../domain/card.enums.js';
import { scanQr } from '../services/qr.service.js';
import { payload } from './payload.js';

@ObjectType({ description: 'What a scanned QR code names (legacy 6.1: qrcodeType 1 card, 2 coupon).' })
class QrScanPayload {
  @Field(() => QrKind, { nullable: true })
  kind?: QrKind | null;

  @Field(() => MemberCard, { nullable: true })
  card?: MemberCard | null;

  @Field(() => Coupon, { nullable: true })
  coupon?: Coupon | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

/** Reads the signed QR contents that cards and coupons expose as `qrContent`. */
@Resolver()
export class QrResolver {
  @Query(() => QrScanPayload, {
    description: 'Reads a signed QR content; forged or altered ones answer QR_INVALID (legacy 6.1).',
  })
  scanQrCode(@Ctx() ctx: RequestContext, @Arg('content', () => String) content: string) {
    return payload(() => scanQr(ctx, content));
  }
}
