import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { allocateOldestFirst, splitSpend } from '../../src/domain/card-money.js';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('splitSpend', () => {
  it('rounds the capital share half-up and gives the bonus the exact remainder', () => {
    expect(splitSpend('10.00', '100.00', '50.00')).toEqual({ capital: '6.67', bonus: '3.33' });
    expect(splitSpend('0.01', '1.00', '1.00')).toEqual({ capital: '0.01', bonus: '0.00' });
    expect(splitSpend('150.00', '100.00', '50.00')).toEqual({ capital: '100.00', bonus: '50.00' });
    expect(splitSpend('5.00', '0.00', '20.00')).toEqual({ capital: '0.00', bonus: '5.00' });
    expect(() => splitSpend('150.01', '100.00', '50.00')).toThrow(RangeError);
  });

  it('over 20,000 random cases: parts add up, never exceed what is held, and stay within half a cent', () => {
    const next = random(42);
    const cents = (max: number) => new Decimal(Math.floor(next() * max)).div(100);
    for (let i = 0; i < 20_000; i++) {
      const capital = cents(1_000_000);
      const bonus = cents(next() < 0.1 ? 3 : 500_000);
      const balance = capital.plus(bonus);
      if (balance.isZero()) continue;
      const amount = Decimal.max('0.01', Decimal.min(balance, cents(balance.times(100).toNumber() + 1)));
      const parts = splitSpend(amount.toFixed(2), capital.toFixed(2), bonus.toFixed(2));
      expect(new Decimal(parts.capital).plus(parts.bonus).eq(amount)).toBe(true);
      expect(new Decimal(parts.capital).gte(0) && new Decimal(parts.capital).lte(capital)).toBe(true);
      expect(new Decimal(parts.bonus).gte(0) && new Decimal(parts.bonus).lte(bonus)).toBe(true);
      expect(new Decimal(parts.capital).minus(amount.times(capital).div(balance)).abs().lte('0.005')).toBe(true);
    }
  });
});

describe('allocateOldestFirst', () => {
  it('takes each part from the oldest lots first and exactly', () => {
    const lots = [
      { id: 'a', capitalRemaining: '10.00', bonusRemaining: '0.00' },
      { id: 'b', capitalRemaining: '5.00', bonusRemaining: '4.00' },
      { id: 'c', capitalRemaining: '0.00', bonusRemaining: '2.00' },
    ];
    expect(allocateOldestFirst(lots, '12.00', '5.00')).toEqual([
      { id: 'a', capital: '10.00', bonus: '0.00' },
      { id: 'b', capital: '2.00', bonus: '4.00' },
      { id: 'c', capital: '0.00', bonus: '1.00' },
    ]);
    expect(() => allocateOldestFirst(lots, '16.00', '0.00')).toThrow(RangeError);
  });
});
