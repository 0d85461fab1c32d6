/** The calendar unit aggregates are grouped by, cut in the merchant's time zone (ISO weeks start on Monday). */
export enum AggregatePeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

/** What member counts can be grouped by (besides the registration period). */
export enum MemberDimension {
  STATUS = 'STATUS',
  /** The member's grade now (experience balance), level 0 below every grade. */
  GRADE = 'GRADE',
  REGISTER_STORE = 'REGISTER_STORE',
  /** Channel code of each of the member's channel identities; a member in two channels counts in both. */
  CHANNEL = 'CHANNEL',
}

/** What points and experience flows can be grouped by (besides the period of the entry). */
export enum LedgerDimension {
  OPERATION_TYPE = 'OPERATION_TYPE',
  SOURCE = 'SOURCE',
  STORE = 'STORE',
}

/** What stored-value totals can be grouped by (besides the period). */
export enum CardMoneyDimension {
  STORE = 'STORE',
}

/** What coupon totals can be grouped by (besides the period). */
export enum CouponDimension {
  TEMPLATE = 'TEMPLATE',
  SOURCE = 'SOURCE',
}
