import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import { SpendFromCardDocument } from '../../src/generated/graphql.js';
import { fundedCard, setUpShop, startCardApp, type CardShop } from './support.js';

let app: TestApp;
let shop: CardShop;

beforeAll(async () => {
  app = await startCardApp({ CARD_PIN_MAX_FAILURES: '5', CARD_PIN_LOCK_SECONDS: '900' });
  shop = await setUpShop(app, 'PIN Shop');
});
afterAll(() => app?.close());

async function spend(cardId: string, password: string) {
  const res = await app.gql(shop.merchant.operatorKey, SpendFromCardDocument, {
    input: { cardId, amount: '1', password, storeId: shop.merchant.store.id },
  });
  const payload = res.data!.spendFromCard;
  return { code: (payload.errors[0]?.code ?? 'ok') as string, message: payload.errors[0]?.message as string | undefined };
}
const lockRow = async (cardId: string) =>
  (
    await app.ownerOrm.em
      .fork()
      .execute(
        'select pin_failures, extract(epoch from pin_locked_until - now())::int as locked_for from member_card where id = ?',
        [cardId],
      )
  )[0] as { pin_failures: number; locked_for: number | null };
const endLock = (cardId: string) =>
  app.ownerOrm.em.fork().execute(`update member_card set pin_locked_until = now() - interval '1 second' where id = ?`, [cardId]);

describe('card PIN attempts', () => {
  it('locks the card after five wrong PINs in a row: the right PIN no longer spends until the lock ends', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '50.00');
    const wrong = [];
    for (let i = 0; i < 5; i++) wrong.push(await spend(cardId, `00000${i}`));
    expect(wrong.map((w) => w.code)).toEqual(Array(5).fill('WRONG_CARD_PASSWORD'));
    expect(wrong[0]!.message).toMatch(/4 more wrong tries lock the card/);
    // Before, the 31st try was as good as the first: the default PIN is the phone's last six digits.
    expect((await spend(cardId, phone.slice(-6))).code).toBe('CARD_PASSWORD_LOCKED');
    expect((await lockRow(cardId)).locked_for).toBeGreaterThan(800);
    const [{ balance }] = await app.ownerOrm.em
      .fork()
      .execute('select capital + bonus as balance from member_card where id = ?', [cardId]);
    expect(balance).toBe('50.00');

    // When the lock ends, the right PIN works again and clears the count.
    await endLock(cardId);
    expect((await spend(cardId, phone.slice(-6))).code).toBe('ok');
    expect(await lockRow(cardId)).toEqual({ pin_failures: 0, locked_for: null });
  });

  it('doubles the lock for each wrong PIN after it ends, and a right PIN in between resets the count', async () => {
    const { cardId, phone } = await fundedCard(app, shop, '50.00');
    for (let i = 0; i < 3; i++) await spend(cardId, 'bad-pin');
    expect((await spend(cardId, phone.slice(-6))).code).toBe('ok');
    for (let i = 0; i < 4; i++) expect((await spend(cardId, 'bad-pin')).code).toBe('WRONG_CARD_PASSWORD');
    expect((await lockRow(cardId)).locked_for).toBeNull();
    await spend(cardId, 'bad-pin');
    expect((await lockRow(cardId)).locked_for).toBeGreaterThan(800);
    await endLock(cardId);
    expect((await spend(cardId, 'bad-pin')).code).toBe('WRONG_CARD_PASSWORD');
    const doubled = (await lockRow(cardId)).locked_for!;
    expect(doubled).toBeGreaterThan(1700);
    expect(doubled).toBeLessThanOrEqual(1800);
  });

  it('answers five of many parallel wrong guesses as wrong and locks on the fifth', async () => {
    const { cardId } = await fundedCard(app, shop, '50.00');
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => spend(cardId, String(100000 + i))));
    const codes = answers.map((a) => a.code);
    expect(codes.filter((c) => c === 'WRONG_CARD_PASSWORD')).toHaveLength(5);
    expect(codes.filter((c) => c === 'CARD_PASSWORD_LOCKED')).toHaveLength(15);
  });
});
