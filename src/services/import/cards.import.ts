import { CardChannel, CardType } from '../../domain/card.enums.js';
import { MAX_JSON_SAFE } from '../../domain/safe-number.js';
import { KeyedOperation } from '../idempotency.js';
import { NO_PASSWORD_SET } from '../password.js';
import { rowRef } from '../refs.js';
import { fields } from '../validation.js';
import { amount, byRule } from './cell-checks.js';
import { MEMBER_EXISTS, repeatedInFile, type ImportKind } from './import-kind.js';

/** The card template a staged row names, by its id (uuid) or its numeric id. */
const TEMPLATE_OF_ROW = `card_template t on s.card_template in (t.id::text, t.numeric_id::text)`;

/**
 * The idempotency key of an imported card: one per member and template, for ever (a member holds
 * at most one card of a template). It names the template by its numeric id, so a file naming the
 * template by uuid and one naming it by number agree.
 */
const KEY = `'import:card:' || s.member_code || ':' || t.numeric_id`;

/** A staged row with its member, template and key: what the checks of imported cards compare to. */
const IMPORTED = `import_stage s join member m on m.code = s.member_code join ${TEMPLATE_OF_ROW}
  join idempotency_key k on k.key = ${KEY} and k.operation = '${KeyedOperation.IMPORT_CARD}'
  join member_card c on c.member_id = m.id and c.card_template_id = t.id`;

const MAX_SAFE = MAX_JSON_SAFE.toString();
const NOTE = 'Opening balance (import)';

/**
 * A template is named by its numeric id or its id, like `cardTemplateId` in the API. Normalised to
 * the text the database prints (a lower-case uuid, a number without leading zeros).
 */
const templateRef = (value: string): { value: string } | { error: string } => {
  const ref = rowRef(value);
  if (!ref) return { error: 'A card template is named by its numeric id or its id (uuid).' };
  return { value: 'id' in ref ? ref.id.toLowerCase() : String(ref.numericId) };
};

const legacyCardNo = (value: string): { value: string } | { error: string } =>
  /^\d{8,20}$/.test(value) ? { value } : { error: 'A card number is 8 to 20 digits.' };

/**
 * Stored-value cards with their opening balances from a legacy system. Each row opens the member's
 * card of a template and, when the balance is not zero, writes the balance as the card's first lot:
 * one card_recharge (order number starting with 3, note "Opening balance (import)", the row's
 * idempotency key) holding the capital and bonus, with the card's cached capital, bonus and
 * recharged total equal to it, as a recharge leaves them (see recharge.service.ts). Spends then
 * take from that lot like from any other.
 *
 * A legacy card number up to 2^53 - 1 becomes the card number; a longer one is kept as
 * previous_card_no (which still finds the card) and the card gets a new number, as the renumbering
 * migration did for old cards. Without one, a number is minted.
 *
 * PINs are not imported (a slow hash per card would take hours for a million cards): the card gets
 * NO_PASSWORD_SET, which matches no PIN, so nobody can spend from it until a PIN is set.
 *
 * The key names the member and template, so a re-run writes nothing twice; a re-run with another
 * balance or card number is refused as a row error.
 */
export const cardsImport: ImportKind = {
  name: 'cards',
  columns: [
    { name: 'memberCode', required: true, check: byRule(fields.code) },
    { name: 'cardTemplate', required: true, check: templateRef },
    { name: 'cardNo', check: legacyCardNo },
    { name: 'capital', required: true, check: amount },
    { name: 'bonus', check: amount },
  ],
  crossChecks: [
    MEMBER_EXISTS,
    `select s.row_no, 'cardTemplate' as column_name, 'No card template ' || s.card_template || '.' as message
       from import_stage s where not exists (select 1 from card_template t where s.card_template in (t.id::text, t.numeric_id::text))`,
    `select s.row_no, 'cardTemplate' as column_name,
            case when not t.active then 'Card template ' || s.card_template || ' is not offered (inactive); activate it for the import.'
                 else 'Card template ' || s.card_template || ' is an activity card: its recharges carry cashback states an import cannot know.' end as message
       from import_stage s join ${TEMPLATE_OF_ROW} where not t.active or t.type = ${CardType.ACTIVITY}`,
    `select row_no, 'cardTemplate' as column_name, 'This member''s card of this template repeats row ' || first_row || '.' as message
       from (select s.row_no, min(s.row_no) over (partition by s.member_code, t.id) as first_row
               from import_stage s join ${TEMPLATE_OF_ROW}) x
      where row_no <> first_row`,
    repeatedInFile(['card_no'], 'cardNo'),
    // Every lot holds capital (a recharge's amount is above zero): bonus alone has no lot to live in.
    `select row_no, 'bonus' as column_name, 'A bonus balance needs a capital balance above 0.' as message
       from import_stage where capital::numeric = 0 and coalesce(bonus, '0')::numeric > 0`,
    `select s.row_no, 'cardTemplate' as column_name,
            'Member ' || s.member_code || ' holds a card of this template already (not an imported one).' as message
       from import_stage s join member m on m.code = s.member_code join ${TEMPLATE_OF_ROW}
       join member_card c on c.member_id = m.id and c.card_template_id = t.id
      where not exists (select 1 from idempotency_key k where k.key = ${KEY})`,
    `select s.row_no, 'capital' as column_name,
            'An opening balance of ' || coalesce(r.amount, 0.00) || ' capital and ' || coalesce(r.bonus, 0.00) ||
            ' bonus was imported for this card already.' as message
       from ${IMPORTED} left join card_recharge r on r.idempotency_key = ${KEY}
      where coalesce(r.amount, 0) <> s.capital::numeric or coalesce(r.bonus, 0) <> coalesce(s.bonus, '0')::numeric`,
    `select s.row_no, 'cardNo' as column_name, 'This card was imported with number ' || coalesce(c.previous_card_no, c.card_no) || '.' as message
       from ${IMPORTED} where s.card_no is not null and s.card_no not in (c.card_no, coalesce(c.previous_card_no, ''))`,
    `select s.row_no, 'cardNo' as column_name, 'Card number ' || s.card_no || ' belongs to another card.' as message
       from import_stage s join member m on m.code = s.member_code join ${TEMPLATE_OF_ROW}
       join (select member_id, card_template_id, card_no as number from member_card
             union all
             select member_id, card_template_id, previous_card_no from member_card where previous_card_no is not null) c
         on c.number = s.card_no
      where not (c.member_id = m.id and c.card_template_id = t.id)`,
    `select s.row_no, 'memberCode' as column_name, 'The key ' || k.key || ' is taken by ' || k.operation || '.' as message
       from import_stage s join ${TEMPLATE_OF_ROW} join idempotency_key k on k.key = ${KEY}
      where k.operation <> '${KeyedOperation.IMPORT_CARD}'`,
  ],
  batch: ({ from, to }) => ({ text: BATCH_SQL, values: [from, to] }),
  // Minted card and order numbers are random: a batch that draws a taken one is drawn again.
  redrawOn: (constraint) => constraint.includes('card_no') || constraint.includes('order_no'),
};

/** 56 random bits of a fresh v4 uuid (its first 15 hex digits but the version digit). */
const randomBits = (uuid: string) => `('x' || substr(replace(${uuid}::text, '-', ''), 1, 15))::bit(60)::bigint`;

/** A minted card number: 16 digits at most 2^53 - 1, like randomSafeNumber(). */
const mintedCardNo = (uuid: string) => `(1000000000000000 + mod(${randomBits(uuid)}, ${MAX_SAFE} - 1000000000000000 + 1))::text`;

/** An order number of an opening lot: 3 (no recharge (1) or spend (2) starts so), then 15 random digits. */
const openingOrderNo = (uuid: string) => `'3' || lpad(mod(${randomBits(uuid)}, 1000000000000000)::text, 15, '0')`;

// One statement per batch: keys, cards and lots go in together (the foreign keys are checked at
// the end of the statement). The CTE `fresh` calls gen_random_uuid(), so it is computed once.
const BATCH_SQL = `
  with batch as (
    select s.row_no, m.id as member_id, t.id as template_id, s.card_no as legacy_no, ${KEY} as key,
           s.capital::numeric as capital, coalesce(s.bonus, '0')::numeric as bonus
      from import_stage s join member m on m.code = s.member_code join ${TEMPLATE_OF_ROW}
     where s.row_no between $1 and $2
  ),
  fresh as (
    select b.*, gen_random_uuid() as card_id, gen_random_uuid() as lot_id, gen_random_uuid() as draw
      from batch b where not exists (select 1 from idempotency_key k where k.key = b.key)
  ),
  keys as (
    insert into idempotency_key (merchant_id, key, operation)
    select app_merchant_id(), key, '${KeyedOperation.IMPORT_CARD}' from fresh
  ),
  card as (
    insert into member_card (id, merchant_id, member_id, card_template_id, card_no, previous_card_no, password_hash,
                             capital, bonus, total_capital_recharged)
    select card_id, app_merchant_id(), member_id, template_id,
           case when legacy_no::numeric <= ${MAX_SAFE} then legacy_no
                else ${mintedCardNo('draw')} end,
           case when legacy_no::numeric > ${MAX_SAFE} then legacy_no end,
           '${NO_PASSWORD_SET}', capital, bonus, capital
      from fresh
    returning 1
  ),
  lot as (
    insert into card_recharge (id, merchant_id, order_no, member_card_id, member_id, amount, bonus,
                               capital_remaining, bonus_remaining, channel, note, idempotency_key)
    select lot_id, app_merchant_id(), ${openingOrderNo('lot_id')}, card_id, member_id, capital, bonus,
           capital, bonus, ${CardChannel.STORE}, '${NOTE}', key
      from fresh where capital > 0
  )
  select (select count(*) from card)::int as written,
         (select count(*) from batch)::int - (select count(*) from card)::int as skipped`;
