export enum ApiKeyRole {
  /** Everything, including API keys and stores. */
  ADMIN = 'ADMIN',
  /** Reads and member / loyalty writes. */
  OPERATOR = 'OPERATOR',
  /** Reads only: analysts and dashboards. */
  READONLY = 'READONLY',
}

/** The legacy contracts a shim speaks; each app belongs to exactly one. */
export enum ShimContract {
  PARTNER_OPENAPI = 'partner-openapi',
  ERP_MEMBER_POINTS = 'erp-member-points',
  CPOINT_INNER = 'cpoint-inner',
  MEMBERS_REST = 'members-rest',
  CARD_MANAGE = 'card-manage',
}

export enum ShimAppStatus {
  OPEN = 'OPEN',
  /** Temporarily closed: cpoint-inner answers 10100, the others their "closed" code. */
  CLOSED = 'CLOSED',
}

/**
 * Permissions a resolver can ask for with `@Authorized(Permission.X)`. API keys get them from their
 * role; staff users from their staff role. Reads need only an authenticated caller.
 */
export enum Permission {
  /** Change members. */
  WRITE = 'WRITE',
  /** Manage the merchant itself: stores, API keys, card settings. */
  ADMIN = 'ADMIN',
  /** Staff users and their roles. */
  STAFF_MANAGE = 'STAFF_MANAGE',
  /** Card templates, recharge events, coupon templates. */
  CARD_CONFIG = 'CARD_CONFIG',
  /** Open cards, recharge, spend, cashback, invoices, SMS codes, images. */
  CARD_OPERATE = 'CARD_OPERATE',
  /** Refund spends and recharges (each still needs an SMS code). */
  CARD_REFUND = 'CARD_REFUND',
  /** Gift coupons and redeem them. */
  COUPON_OPERATE = 'COUPON_OPERATE',
}
