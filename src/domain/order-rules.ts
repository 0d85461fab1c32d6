/**
 * The rules of a points order (cpoint-inner consume / revoke, partner-openapi returnScore), stated
 * once. The ledger statements in services/orders.service.ts apply the same rule in SQL, inside the
 * statement that changes the order, so that concurrent revokes cannot both take the last points.
 * @module
 */
import { Decimal } from 'decimal.js';
import { PointsOrderStatus } from './loyalty-codes.js';

/** The amounts of an order that the rules read. */
export interface OrderAmounts {
  /** Points the order spent, 2-decimal string. */
  readonly spent: string;
  /** Spent points given back so far (revokes, the return). */
  readonly spentReversed: string;
  /** Set once the order was returned: it then takes no further changes. */
  readonly returnedAt?: Date | null;
}

/** Spent points that can still be revoked: what was spent less what was given back; none once returned. */
export function revocablePoints(order: OrderAmounts): Decimal {
  return order.returnedAt ? new Decimal(0) : new Decimal(order.spent).minus(order.spentReversed);
}

/** Where an order stands: returned, only earned, spent, partly or wholly revoked. */
export function orderStatus(order: OrderAmounts): PointsOrderStatus {
  if (order.returnedAt) return PointsOrderStatus.RETURNED;
  const spent = new Decimal(order.spent);
  if (spent.isZero()) return PointsOrderStatus.EARNED;
  const reversed = new Decimal(order.spentReversed);
  if (reversed.isZero()) return PointsOrderStatus.CONSUMED;
  return reversed.gte(spent) ? PointsOrderStatus.REVOKED : PointsOrderStatus.PARTLY_REVOKED;
}
