import { ApiKey } from './api-key.entity.js';
import { MemberChannel } from './member-channel.entity.js';
import { Member } from './member.entity.js';
import { Merchant } from './merchant.entity.js';
import { Store } from './store.entity.js';
import { CardTemplate } from './card-template.entity.js';
import { CardRecharge, CardRefund, CardSpend } from './card-transaction.entity.js';
import { Invoice } from './invoice.entity.js';
import { Coupon, CouponTemplate } from './coupon.entity.js';
import { MemberCard } from './member-card.entity.js';
import { RechargeEvent } from './recharge-event.entity.js';
import { StaffRole, StaffUser } from './staff.entity.js';

/** Every entity the ORM knows; listed explicitly so discovery never depends on file globs. */
export const entities = [
  Merchant,
  Store,
  ApiKey,
  Member,
  MemberChannel,
  StaffRole,
  StaffUser,
  CardTemplate,
  MemberCard,
  RechargeEvent,
  CardRecharge,
  CardSpend,
  CardRefund,
  Invoice,
  CouponTemplate,
  Coupon,
];
