import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { MerchantOwned } from './base.js';
import { ShimAppStatus, ShimContract } from '../domain/access.enums.js';

/** A legacy caller's credentials for one contract of one merchant. */
@Entity({ tableName: 'shim_app' })
export class ShimApp extends MerchantOwned {
  @Property({ type: 'text' })
  contract!: ShimContract;

  /** What the caller sends to name itself: partner-openapi appId, cpoint-inner appName, ERP X-App-Id. */
  @Property({ type: 'text' })
  appKey!: string;

  @Property({ type: 'text' })
  name!: string;

  /** partner-openapi's partnerId: requests must carry this value. */
  @Property({ type: 'text', nullable: true })
  partnerId: string | null = null;

  /** HMAC secret (cpoint-inner, erp-member-points). */
  @Property({ type: 'text', nullable: true, hidden: true })
  secret: string | null = null;

  /** The partner's RSA public key (partner-openapi). */
  @Property({ type: 'text', nullable: true })
  publicKeyPem: string | null = null;

  @Property({ type: 'text' })
  status: Opt<ShimAppStatus> = ShimAppStatus.OPEN;

  /** Accepts `sign: skip` / a missing signature. For development only. */
  @Property({ type: 'boolean' })
  allowUnsigned: Opt<boolean> = false;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}

/** The merchant's RSA key pair that signs partner-openapi responses. */
@Entity({ tableName: 'merchant_signing_key' })
export class MerchantSigningKey {
  @PrimaryKey({ type: 'uuid' })
  merchantId!: string;

  @Property({ type: 'text', hidden: true })
  privateKeyPem!: string;

  @Property({ type: 'text' })
  publicKeyPem!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
