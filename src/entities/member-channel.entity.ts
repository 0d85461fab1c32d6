import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { MerchantOwned } from './base.js';

/** Channel codes the legacy contracts use; the column accepts any short lowercase code. */
export const KNOWN_CHANNEL_CODES = ['wxgzpt', 'xcx', 'dcxcx', 'ptxcx', 'dsf'] as const;

/** One identity of a member in one channel (WeChat official account, a mini-program, a partner). */
@Entity({ tableName: 'member_channel' })
export class MemberChannel extends MerchantOwned {
  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'text' })
  channelCode!: string;

  @Property({ type: 'text', nullable: true })
  channelId: string | null = null;

  @Property({ type: 'text' })
  openid!: string;

  @Property({ type: 'text', nullable: true })
  unionId: string | null = null;

  @Property({ type: 'text', nullable: true })
  cardCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  cardId: string | null = null;

  /** 1 store, 2 page, 3 card claim, 4 QR scan, 5 pay-to-join, 6 offline import (partner-openapi). */
  @Property({ type: 'smallint', nullable: true })
  registerType: number | null = null;

  @Property({ type: 'uuid', nullable: true })
  registerStoreId: string | null = null;

  /** SHA-256 (hex) of the WeChat OAuth refresh token: members-rest finds the member by it. */
  @Property({ type: 'text', nullable: true, hidden: true })
  refreshTokenHash: string | null = null;

  /** The refresh token itself, sealed (secret-box.ts); never logged, never answered. */
  @Property({ type: 'text', nullable: true, hidden: true })
  refreshTokenSealed: string | null = null;
}
