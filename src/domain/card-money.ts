import { Decimal } from 'decimal.js';

/** Money values here are decimal strings with two places, as stored (NUMERIC(14,2)). */
type Money = string;

const d = (v: Decimal.Value) => new Decimal(v);
const cents = (v: Decimal) => v.toFixed(2);

/**
 * How a spend divides between capital and bonus: in proportion to what the card holds.
 *
 *   capitalPart = amount × capital / (capital + bonus), rounded half-up to the cent
 *   bonusPart   = amount − capitalPart
 *
 * Only the capital part is rounded; the bonus part is the exact remainder, so the two always add
 * up to the amount. Neither can exceed what the card holds: amount × capital / balance ≤ capital,
 * and rounding a value at or below a whole number of cents never passes it (the same holds for
 * the bonus side, whose exact share is amount × bonus / balance ≤ bonus). Spending the whole
 * balance takes exactly all capital and all bonus. The caller refuses amounts above the balance.
 */
export function splitSpend(amount: Money, capital: Money, bonus: Money): { capital: Money; bonus: Money } {
  const balance = d(capital).plus(bonus);
  if (d(amount).gt(balance)) throw new RangeError('A spend cannot exceed the balance.');
  if (balance.isZero()) return { capital: '0.00', bonus: '0.00' };
  const capitalPart = d(amount).times(capital).div(balance).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { capital: cents(capitalPart), bonus: cents(d(amount).minus(capitalPart)) };
}

export interface Lot {
  id: string;
  capitalRemaining: Money;
  bonusRemaining: Money;
}

export interface Allocation {
  id: string;
  capital: Money;
  bonus: Money;
}

/**
 * Takes a spend's capital part and bonus part from the card's recharges, oldest first, each part
 * independently, so every lot gives at most what it has and the parts are taken exactly.
 */
export function allocateOldestFirst(lots: readonly Lot[], capitalPart: Money, bonusPart: Money): Allocation[] {
  let capitalLeft = d(capitalPart);
  let bonusLeft = d(bonusPart);
  const allocations: Allocation[] = [];
  for (const lot of lots) {
    const capital = Decimal.min(capitalLeft, lot.capitalRemaining);
    const bonus = Decimal.min(bonusLeft, lot.bonusRemaining);
    if (capital.isZero() && bonus.isZero()) continue;
    allocations.push({ id: lot.id, capital: cents(capital), bonus: cents(bonus) });
    capitalLeft = capitalLeft.minus(capital);
    bonusLeft = bonusLeft.minus(bonus);
  }
  if (!capitalLeft.isZero() || !bonusLeft.isZero()) throw new RangeError('The lots hold less than the card balance.');
  return allocations;
}

export const addMoney = (a: Money, b: Money): Money => cents(d(a).plus(b));
export const subMoney = (a: Money, b: Money): Money => cents(d(a).minus(b));
export const moneyEq = (a: Money, b: Money): boolean => d(a).eq(b);
