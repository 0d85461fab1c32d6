/** Card types as the card-manage contract numbers them. */
export enum CardType {
  PLATFORM = 1,
  STORED_VALUE = 10,
  /** Every recharge needs a recharge event, and each is tracked for its cashback. */
  ACTIVITY = 11,
}

/** Where money moved: 1 in the member's app, 2 at a store counter (legacy `type`). */
export enum CardChannel {
  APP = 1,
  STORE = 2,
}

/** Progress of an activity recharge: 1 untouched, 2 partly spent, 3 spent (cashback due), 5 cashback paid. */
export enum ActivityStatus {
  UNUSED = 1,
  IN_PROGRESS = 2,
  CASHBACK_DUE = 3,
  CASHBACK_PAID = 5,
}

export enum RefundKind {
  SPEND = 'SPEND',
  RECHARGE = 'RECHARGE',
}

/** What a recharge event gives: 1 bonus money, 2 coupons, 5 both. */
export enum RechargeEventType {
  BONUS = 1,
  COUPONS = 2,
  BONUS_AND_COUPONS = 5,
}

/** 1 usable on any card it applies to, 10 on activity cards only. */
export enum RechargeEventStatus {
  NORMAL = 1,
  ACTIVITY_ONLY = 10,
}

export enum CouponType {
  GOODS = 'GOODS',
  CASH = 'CASH',
  DISCOUNT = 'DISCOUNT',
}

export enum CouponTemplateStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

export enum CouponStatus {
  UNUSED = 'UNUSED',
  USED = 'USED',
  /** Withdrawn, e.g. when the recharge that issued it was refunded. */
  VOID = 'VOID',
}

export enum CouponSource {
  GIFT = 'GIFT',
  RECHARGE = 'RECHARGE',
}

export enum QrKind {
  CARD = 'CARD',
  COUPON = 'COUPON',
}
