import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import { fundedCard, ok, setUpShop, startCardApp, type CardShop } from './support.js';
import { AddInvoiceDocument, RechargeCardDocument, SpendFromCardDocument } from '../../src/generated/graphql.js';

let app: TestApp;
let shop: CardShop;

beforeAll(async () => {
  app = await startCardApp();
  shop = await setUpShop(app);
});
afterAll(() => app?.close());

const owner = () => app.ownerOrm.em.fork();

/** Small deterministic PRNG (mulberry32), so a failing run can be replayed from its seed. */
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

describe('parallel spends', () => {
  it('30 parallel spends on one card never take more than the balance', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '70.00', '30.00');
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        app.gql(shop.merchant.operatorKey, SpendFromCardDocument, {
          input: { cardId, amount: '7.00', password: phone.slice(-6), storeId: shop.merchant.store.id },
        }),
      ),
    );
    const succeeded = results.filter((r) => r.data?.spendFromCard.errors.length === 0);
    const refused = results.filter((r) => r.data?.spendFromCard.errors[0]?.code === 'INSUFFICIENT_BALANCE');
    expect(succeeded).toHaveLength(14); // 14 × 7 = 98 ≤ 100 < 105
    expect(refused).toHaveLength(16);
    const [card] = await owner().execute('select capital::text, bonus::text from member_card where id = ?', [cardId]);
    const [spent] = await owner().execute(
      'select sum(amount)::text as amount, sum(capital_part)::text as capital, sum(bonus_part)::text as bonus from card_spend where member_card_id = ?',
      [cardId],
    );
    expect(spent.amount).toBe('98.00');
    expect(new Decimal(card.capital).plus(card.bonus).toFixed(2)).toBe('2.00');
    expect(new Decimal(spent.capital).plus(card.capital).toFixed(2)).toBe('70.00');
    expect(new Decimal(spent.bonus).plus(card.bonus).toFixed(2)).toBe('30.00');
  });

  it('parallel invoices on one card never pass the invoiceable amount', async () => {
    const { cardId } = await fundedCard(app, shop, '100.00');
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        app.gql(shop.merchant.operatorKey, AddInvoiceDocument, {
          input: { cardId, amount: '9.00', storeId: shop.merchant.store.id },
        }),
      ),
    );
    expect(results.filter((r) => r.data?.addInvoice.errors.length === 0)).toHaveLength(11);
    const [card] = await owner().execute('select total_invoiced::text as invoiced from member_card where id = ?', [cardId]);
    expect(card.invoiced).toBe('99.00');
  });
});

describe('proportional split (property, seeded)', () => {
  it('over many random recharges and spends, every cent is accounted for', async () => {
    const next = random(20261123);
    const cents = (max: number) => new Decimal(Math.floor(next() * max) + 1).div(100);
    const { cardId, phone } = await fundedCard(app, shop, cents(50_000).toFixed(2), cents(20_000).toFixed(2));
    const [start] = await owner().execute('select capital::text, bonus::text from member_card where id = ?', [cardId]);
    let expectedBalance = new Decimal(start.capital).plus(start.bonus);
    for (let i = 0; i < 120; i++) {
      if (i % 15 === 14) {
        const amount = cents(30_000);
        const bonus = next() < 0.5 ? cents(5_000) : new Decimal(0);
        await ok(app, shop.merchant.operatorKey, RechargeCardDocument, {
          input: { cardId, amount: amount.toFixed(2), bonus: bonus.toFixed(2), channel: 'APP' },
        });
        expectedBalance = expectedBalance.plus(amount).plus(bonus);
        continue;
      }
      const amount = Decimal.min(cents(9_999), expectedBalance);
      if (amount.lte(0)) continue;
      const before = await owner().execute('select capital::text, bonus::text from member_card where id = ?', [cardId]);
      const res = await ok(app, shop.merchant.operatorKey, SpendFromCardDocument, {
        input: { cardId, amount: amount.toFixed(2), password: phone.slice(-6), storeId: shop.merchant.store.id },
      });
      const { capitalPart, bonusPart } = res.spend;
      // Parts add up to the amount, each within what the card held, capital share rounded half-up.
      expect(new Decimal(capitalPart).plus(bonusPart).toFixed(2)).toBe(amount.toFixed(2));
      const balance = new Decimal(before[0].capital).plus(before[0].bonus);
      const exact = amount.times(before[0].capital).div(balance);
      expect(new Decimal(capitalPart).minus(exact).abs().lte('0.005')).toBe(true);
      expect(new Decimal(capitalPart).lte(before[0].capital)).toBe(true);
      expect(new Decimal(bonusPart).lte(before[0].bonus)).toBe(true);
      expectedBalance = expectedBalance.minus(amount);
      expect(new Decimal(res.card.balance).toFixed(2)).toBe(expectedBalance.toFixed(2));
    }
    // The cached card equals its lots, and recharges − spends equals the balance, to the cent.
    const [check] = await owner().execute(
      `select c.capital::text as capital, c.bonus::text as bonus,
              (select sum(capital_remaining)::text from card_recharge where member_card_id = c.id) as lot_capital,
              (select sum(bonus_remaining)::text from card_recharge where member_card_id = c.id) as lot_bonus,
              (select sum(amount)::text from card_recharge where member_card_id = c.id) as recharged,
              (select sum(bonus)::text from card_recharge where member_card_id = c.id) as bonus_given,
              (select coalesce(sum(capital_part), 0)::text from card_spend where member_card_id = c.id) as capital_spent,
              (select coalesce(sum(bonus_part), 0)::text from card_spend where member_card_id = c.id) as bonus_spent,
              (select coalesce(sum(a.capital), 0)::text from card_spend_allocation a join card_spend s on s.id = a.card_spend_id where s.member_card_id = c.id) as allocated_capital
       from member_card c where c.id = ?`,
      [cardId],
    );
    expect(check.lot_capital).toBe(check.capital);
    expect(check.lot_bonus).toBe(check.bonus);
    expect(new Decimal(check.recharged).minus(check.capital_spent).toFixed(2)).toBe(check.capital);
    expect(new Decimal(check.bonus_given).minus(check.bonus_spent).toFixed(2)).toBe(check.bonus);
    expect(check.allocated_capital).toBe(check.capital_spent);
  });
});

describe('spend retries', () => {
  it('returns the first spend for a retried idempotency key, and still checks the password', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '50.00');
    const input = {
      cardId,
      amount: '12.00',
      password: phone.slice(-6),
      storeId: shop.merchant.store.id,
      idempotencyKey: `spend-${cardId}`,
    };
    const results = await Promise.all(
      Array.from({ length: 6 }, () => app.gql(shop.merchant.operatorKey, SpendFromCardDocument, { input })),
    );
    expect(new Set(results.map((r) => r.data?.spendFromCard.spend?.id)).size).toBe(1);
    const [card] = await owner().execute('select (capital + bonus)::text as balance from member_card where id = ?', [cardId]);
    expect(card.balance).toBe('38.00');
    const wrong = await app.gql(shop.merchant.operatorKey, SpendFromCardDocument, { input: { ...input, password: '000000' } });
    expect(wrong.data?.spendFromCard.errors[0].code).toBe('WRONG_CARD_PASSWORD');
  });
});
