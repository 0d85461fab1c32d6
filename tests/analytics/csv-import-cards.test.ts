import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardChannel, CardType } from '../../src/domain/card.enums.js';
import { MAX_JSON_SAFE } from '../../src/domain/safe-number.js';
import { saveCardTemplate } from '../../src/services/card-template.service.js';
import { importCsv } from '../../src/services/import/index.js';
import { findCard, openMemberCard, setCardPassword } from '../../src/services/member-card.service.js';
import { NO_PASSWORD_SET } from '../../src/services/password.js';
import { rechargeCard } from '../../src/services/recharge.service.js';
import { spendFromCard } from '../../src/services/spend.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;

const principalOf = (merchantId: string) => ({ merchantId, role: null, credentialId: 'operator', permissions: [] });
const importText = (merchantId: string, kind: string, text: string, batchRows?: number) =>
  importCsv(app, principalOf(merchantId), kind, Readable.from([Buffer.from(text)]), { batchRows });

/** A merchant with members M1..M4 (M4 with a phone) and a stored-value and a platform card template. */
async function cardShop(name: string) {
  const merchant = await app.createMerchant(name);
  const members = await importText(merchant.id, 'members', 'code,mobile\nM1,\nM2,\nM3,\nM4,13900000004\n');
  expect(members).toMatchObject({ written: 4, errorCount: 0 });
  const ctx = app.operatorContext(merchant.id);
  const stored = await saveCardTemplate(ctx, { title: 'Stored value', type: CardType.STORED_VALUE });
  const platform = await saveCardTemplate(ctx, { title: 'Platform', type: CardType.PLATFORM });
  return { merchant, ctx, stored, platform };
}

/**
 * Every card of the merchant, with its cached money next to what its transactions say, computed
 * here from the lots (card_recharge), spends and refunds, not from the cached columns.
 */
async function cardsOf(merchantId: string) {
  return app.ownerOrm.em.fork().execute<Record<string, string | number | null>[]>(
    `select m.code as member, t.title as template, c.card_no, c.previous_card_no, c.password_hash, c.pin_failures,
            c.capital::text, c.bonus::text, c.total_capital_recharged::text as recharged,
            (select count(*)::int from card_recharge r where r.member_card_id = c.id) as lots,
            (select coalesce(sum(r.amount), 0.00)::text from card_recharge r where r.member_card_id = c.id) as lot_amount,
            (select coalesce(sum(r.bonus), 0.00)::text from card_recharge r where r.member_card_id = c.id) as lot_bonus,
            (select coalesce(sum(r.capital_remaining), 0.00)::text from card_recharge r where r.member_card_id = c.id) as lot_capital_left,
            (select coalesce(sum(r.bonus_remaining), 0.00)::text from card_recharge r where r.member_card_id = c.id) as lot_bonus_left,
            (select coalesce(sum(s.capital_part), 0.00)::text from card_spend s where s.member_card_id = c.id) as spent_capital,
            (select coalesce(sum(s.bonus_part), 0.00)::text from card_spend s where s.member_card_id = c.id) as spent_bonus
       from member_card c join member m on m.id = c.member_id join card_template t on t.id = c.card_template_id
      where c.merchant_id = ? order by m.code, t.title`,
    [merchantId],
  );
}

/** A card's balance equals its transactions: lots minus spends, and the lots' remaining amounts. */
function expectCardsBalanced(cards: Record<string, string | number | null>[]) {
  for (const card of cards) {
    const cents = (v: unknown) => Math.round(Number(v) * 100);
    expect(cents(card.capital), `capital of ${card.member}`).toBe(cents(card.lot_amount) - cents(card.spent_capital));
    expect(cents(card.bonus), `bonus of ${card.member}`).toBe(cents(card.lot_bonus) - cents(card.spent_bonus));
    expect(card.lot_capital_left).toBe(card.capital);
    expect(card.lot_bonus_left).toBe(card.bonus);
    expect(card.recharged).toBe(card.lot_amount);
  }
}

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('cards import', () => {
  it('opens cards with opening lots equal to their balances, once, without a PIN', async () => {
    const { merchant, ctx, stored, platform } = await cardShop('Cards Import Shop');
    const longNo = '12345678901234567890'; // above 2^53 - 1: kept as the previous number
    const file = [
      'memberCode,cardTemplate,cardNo,capital,bonus',
      `M1,${stored.numericId},12345678,100.5,10`,
      `M2,${stored.id},,0,`,
      `M3,${stored.numericId},${longNo},20,0.05`,
      `M1,${platform.numericId},,5.25,`,
    ].join('\n');
    expect(await importText(merchant.id, 'cards', file, 2)).toMatchObject({
      kind: 'cards',
      rows: 4,
      written: 4,
      skipped: 0,
      errorCount: 0,
    });
    const cards = await cardsOf(merchant.id);
    expect(cards.map((c) => [c.member, c.template, c.capital, c.bonus, c.lots])).toEqual([
      ['M1', 'Platform', '5.25', '0.00', 1],
      ['M1', 'Stored value', '100.50', '10.00', 1],
      ['M2', 'Stored value', '0.00', '0.00', 0],
      ['M3', 'Stored value', '20.00', '0.05', 1],
    ]);
    expectCardsBalanced(cards);
    expect(cards[1]).toMatchObject({ card_no: '12345678', previous_card_no: null });
    expect(cards[3]!.previous_card_no).toBe(longNo);
    expect(BigInt(cards[3]!.card_no as string) <= MAX_JSON_SAFE).toBe(true);
    expect(new Set(cards.map((c) => c.password_hash))).toEqual(new Set([NO_PASSWORD_SET]));
    // The legacy number still finds the card, as renumbered cards' numbers do.
    expect((await findCard(ctx, { cardNo: longNo }))?.cardNo).toBe(cards[3]!.card_no);

    // A re-run (whole, or in other batches) writes nothing.
    expect(await importText(merchant.id, 'cards', file)).toMatchObject({ written: 0, skipped: 4, errorCount: 0 });
    expect(await importText(merchant.id, 'cards', file, 1)).toMatchObject({ written: 0, skipped: 4, errorCount: 0 });
    expect(await cardsOf(merchant.id)).toEqual(cards);

    // The opening lot is a lot like any other: a recharge adds one beside it.
    const m1Card = await findCard(ctx, { cardNo: '12345678' });
    await rechargeCard(ctx, { cardId: m1Card!.id, amount: '50', bonus: '5', channel: CardChannel.APP });
    const after = await cardsOf(merchant.id);
    expect(after[1]).toMatchObject({ capital: '150.50', bonus: '15.00', lots: 2 });
    expectCardsBalanced(after);

    // No PIN was imported: no PIN opens the card, and trying one counts as no failed guess.
    await expect(spendFromCard(ctx, { cardId: m1Card!.id, amount: '1', password: '123456' })).rejects.toMatchObject({
      code: 'WRONG_CARD_PASSWORD',
      message: 'This card has no password yet: it takes none until one is set.',
    });
    expect((await cardsOf(merchant.id))[1]).toMatchObject({ capital: '150.50', pin_failures: 0 });

    // At the till the card gets its first PIN (no current one to give), and then spends with it.
    await setCardPassword(ctx, { cardId: m1Card!.id, newPassword: '246810' });
    await spendFromCard(ctx, { cardId: m1Card!.id, amount: '1', password: '246810', storeId: merchant.store.id });
    expect((await cardsOf(merchant.id))[1]).toMatchObject({ pin_failures: 0 });
    // From then on a change needs the PIN it has, and a wrong one counts as a failed guess.
    await expect(setCardPassword(ctx, { cardId: m1Card!.id, newPassword: '000000' })).rejects.toMatchObject({
      code: 'WRONG_CARD_PASSWORD',
      field: 'currentPassword',
    });
    await expect(
      setCardPassword(ctx, { cardId: m1Card!.id, currentPassword: '111111', newPassword: '000000' }),
    ).rejects.toMatchObject({ code: 'WRONG_CARD_PASSWORD' });
    expect((await cardsOf(merchant.id))[1]).toMatchObject({ pin_failures: 1 });
    await setCardPassword(ctx, { cardId: m1Card!.id, currentPassword: '246810', newPassword: '135790' });
    await expect(
      spendFromCard(ctx, { cardId: m1Card!.id, amount: '1', password: '246810', storeId: merchant.store.id }),
    ).rejects.toMatchObject({
      code: 'WRONG_CARD_PASSWORD',
    });
    await spendFromCard(ctx, { cardId: m1Card!.id, amount: '1', password: '135790', storeId: merchant.store.id });
    expectCardsBalanced(await cardsOf(merchant.id));
  });

  it('names every bad row and writes nothing when any row is bad', async () => {
    const { merchant, ctx, stored, platform } = await cardShop('Bad Cards Shop');
    const activity = await saveCardTemplate(ctx, { title: 'Activity', type: CardType.ACTIVITY });
    const retired = await saveCardTemplate(ctx, { title: 'Retired', type: CardType.STORED_VALUE, active: false });
    // M4 opened a card here already: an import does not pour a legacy balance onto it.
    await openMemberCard(ctx, { phone: '13900000004', cardTemplateId: stored.id });
    // Cells are checked while reading; a file with bad cells names them all and stops there.
    const cells = await importText(
      merchant.id,
      'cards',
      [
        'memberCode,cardTemplate,cardNo,capital,bonus',
        `M2,${stored.numericId},,1.234,`, // 2: three decimals
        `M3,${stored.numericId},,-5,`, // 3: negative
        `M2,${stored.numericId},12ab5678,1,`, // 4: not a card number
        `M2,x,,1,`, // 5: not a template reference
        `M2,${stored.numericId},,1,0.5.5`, // 6: not a decimal
        `M1,${stored.numericId},,1,`, // 7: good
      ].join('\n'),
    );
    expect(cells).toMatchObject({ rows: 6, written: 0, skipped: 0 });
    expect(cells.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'capital'],
      [3, 'capital'],
      [4, 'cardNo'],
      [5, 'cardTemplate'],
      [6, 'bonus'],
    ]);

    // Good cells, bad rows: the checks against the whole file and the database name them all.
    const file = [
      'memberCode,cardTemplate,cardNo,capital,bonus',
      `M1,${stored.numericId},11111111,10,1`, // 2: good
      `NOBODY,${stored.numericId},,10,`, // 3: unknown member
      `M2,999999999,,10,`, // 4: unknown template
      `M1,${stored.id},,10,1`, // 5: M1's stored-value card again (by uuid)
      `M2,${platform.numericId},11111111,10,`, // 6: card number repeats row 2
      `M3,${platform.numericId},,0,3`, // 7: bonus without capital
      `M3,${activity.numericId},,1,`, // 8: activity card
      `M3,${retired.numericId},,1,`, // 9: inactive template
      `M4,${stored.numericId},,1,`, // 10: card opened outside the import
    ].join('\n');
    const report = await importText(merchant.id, 'cards', file);
    expect(report).toMatchObject({ rows: 9, written: 0, skipped: 0 });
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'memberCode'],
      [4, 'cardTemplate'],
      [5, 'cardTemplate'],
      [6, 'cardNo'],
      [7, 'bonus'],
      [8, 'cardTemplate'],
      [9, 'cardTemplate'],
      [10, 'cardTemplate'],
    ]);
    expect(report.errors.find((e) => e.row === 5)?.message).toBe("This member's card of this template repeats row 2.");
    expect(report.errors.find((e) => e.row === 10)?.message).toBe(
      'Member M4 holds a card of this template already (not an imported one).',
    );
    // Only the card opened through the API exists.
    expect((await cardsOf(merchant.id)).map((c) => c.member)).toEqual(['M4']);
  });

  it('refuses a re-run that changes an imported balance or card number', async () => {
    const { merchant, stored } = await cardShop('Rerun Cards Shop');
    await importText(
      merchant.id,
      'cards',
      `memberCode,cardTemplate,cardNo,capital,bonus\nM1,${stored.id},22222222,30,3\nM2,${stored.id},,0,0\n`,
    );
    const before = await cardsOf(merchant.id);
    const changed = await importText(
      merchant.id,
      'cards',
      [
        'memberCode,cardTemplate,cardNo,capital,bonus',
        `M1,${stored.numericId},22222222,30,4`,
        `M2,${stored.numericId},,1,`,
        `M1,${stored.numericId},33333333,30,3`,
        `M3,${stored.numericId},22222222,1,`,
      ].join('\n'),
    );
    expect(changed.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'capital', 'An opening balance of 30.00 capital and 3.00 bonus was imported for this card already.'],
      [3, 'capital', 'An opening balance of 0.00 capital and 0.00 bonus was imported for this card already.'],
      [4, 'cardTemplate', "This member's card of this template repeats row 2."],
      [4, 'cardNo', 'This card was imported with number 22222222.'],
      [5, 'cardNo', 'cardNo repeats row 2.'],
      [5, 'cardNo', 'Card number 22222222 belongs to another card.'],
    ]);
    expect(await cardsOf(merchant.id)).toEqual(before);
  });

  it("never reaches another merchant's members or templates, and uploads take the same path", async () => {
    const shop = await cardShop('Isolated Cards Shop');
    const other = await cardShop('Other Cards Shop');
    const foreign = await importText(
      shop.merchant.id,
      'cards',
      `memberCode,cardTemplate,capital\nM1,${other.stored.numericId},9\n`,
    );
    expect(foreign.errors).toEqual([{ row: 2, column: 'cardTemplate', message: `No card template ${other.stored.numericId}.` }]);

    const upload = await fetch(`${app.url}/imports/cards`, {
      method: 'POST',
      headers: { authorization: `Bearer ${shop.merchant.adminKey}`, 'content-type': 'text/csv' },
      body: `memberCode,cardTemplate,capital,bonus\nM1,${shop.stored.numericId},9,1\n`,
    });
    expect(upload.status).toBe(200);
    expect(await upload.json()).toMatchObject({ kind: 'cards', rows: 1, written: 1, errorCount: 0 });
    expect((await cardsOf(shop.merchant.id)).map((c) => [c.member, c.capital, c.bonus])).toEqual([['M1', '9.00', '1.00']]);
    // The other merchant's M1 (same code) got nothing.
    expect(await cardsOf(other.merchant.id)).toEqual([]);
  });
});
