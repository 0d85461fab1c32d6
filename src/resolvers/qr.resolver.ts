import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../request/context.js';
import { QrScanPayload } from '../schema/qr.types.js';
import { scanQr } from '../services/qr.service.js';
import { payload } from './payload.js';

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
