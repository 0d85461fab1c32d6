import { ApiKey } from './api-key.entity.js';
import { MemberChannel } from './member-channel.entity.js';
import { MemberDynamicCode } from './member-dynamic-code.entity.js';
import { Member } from './member.entity.js';
import { Merchant, MerchantWechat } from './merchant.entity.js';
import { MerchantSigningKey, ShimApp } from './shim-app.entity.js';
import { Store } from './store.entity.js';
import { ExperienceBalance, ExperienceEntry } from './experience.entity.js';
import { Grade, GradeChange } from './grade.entity.js';
import { LoyaltySettings } from './loyalty-settings.entity.js';
import { PointsOrder } from './points-order.entity.js';
import { PointsBalance, PointsEntry } from './points.entity.js';
import { TaskCompletion, TaskConfig, TaskOp } from './task.entity.js';
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
  MerchantWechat,
  Store,
  ApiKey,
  Member,
  MemberChannel,
  MemberDynamicCode,
  ShimApp,
  MerchantSigningKey,
  LoyaltySettings,
  PointsBalance,
  PointsEntry,
  ExperienceBalance,
  ExperienceEntry,
  Grade,
  GradeChange,
  PointsOrder,
  TaskConfig,
  TaskOp,
  TaskCompletion,
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
