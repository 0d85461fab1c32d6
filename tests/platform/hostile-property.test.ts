import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPoints, createMembers } from '../loyalty/fixtures.js';
import { callCpoint } from '../support/cpoint-client.js';
import { callErp } from '../support/erp-client.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { callPartner, createPartnerApp, type PartnerApp } from '../support/partner-client.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/**
 * Property-based: malformed and hostile input, correctly signed, to every shim route and to
 * GraphQL mutation inputs. Whatever arrives, the answer is never a 5xx or an internal code, never
 * shows a stack, and a refusal writes nothing. CI runs a fixed seed; for a longer hunt by hand:
 *
 *   FC_RUNS=2000 FC_SEED=$RANDOM DATABASE_URL=… npx vitest run tests/platform/hostile-property.test.ts
 */
const RUNS = Number(process.env.FC_RUNS ?? 40);
const SEED = Number(process.env.FC_SEED ?? 20261127);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };

let app: TestApp;
let merchant: TestMerchant;
let partner: PartnerApp;
let inner: HmacApp;
let erp: HmacApp;
let members: string[];

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '100000' });
  merchant = await app.createMerchant('Fuzz');
  partner = await createPartnerApp(app, merchant);
  inner = await createHmacApp(app, merchant, 'CPOINT_INNER');
  erp = await createHmacApp(app, merchant, 'ERP_MEMBER_POINTS');
  members = await createMembers(app, merchant, 3);
  for (const m of members) await addPoints(app, merchant.operatorKey, m, '1000');
});
afterAll(async () => {
  await expectLedgersBalanced(app);
  await app?.close();
});

/** Strings that broke something somewhere, and arbitrary text around them. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '%00',
    '\ud800',
    '💩'.repeat(30),
    'x'.repeat(5000),
    "' or 1=1 --",
    '${7*7}',
    '__proto__',
    'constructor',
    '-1',
    '0',
    '1e309',
    'NaN',
    '99999999999999999999',
    '0.001',
    '12.345',
    '-0.00',
    ' ',
    '',
    '2026-02-30 25:61:61',
    '１２３',
  ),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e21, 99999999999, 0.1, 12.345, -0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileText, tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** Parameters named as a route expects (some of them), with hostile values, plus stray ones. */
const hostileParams = (names: string[], valid: Record<string, unknown>) =>
  fc
    .record({
      keep: fc.subarray(names),
      values: names.length ? fc.dictionary(fc.constantFrom(...names), hostileValue, { maxKeys: names.length }) : fc.constant({}),
      extra: fc.dictionary(hostileText, hostileValue, { maxKeys: 2 }),
    })
    .map(({ keep, values, extra }) => ({
      ...extra,
      ...Object.fromEntries(keep.map((k) => [k, valid[k]])),
      ...values,
    }));

/**
 * Checksums of every row of the merchant's tables, in one statement: a refused request must leave
 * them as they were. Left out: the record that binds a key to its operation (bound on first use
 * even when refused) and login attempts.
 */
async function fingerprint(): Promise<string> {
  const em = app.ownerOrm.em.fork();
  const tables = await em.execute<{ table_name: string }[]>(
    `select table_name from information_schema.columns where column_name = 'merchant_id' and table_schema = current_schema()
      and table_name not in ('idempotency_key', 'staff_login_attempt') order by table_name`,
  );
  const sql = tables
    .map(
      (t) =>
        `select '${t.table_name}' as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${t.table_name} x where merchant_id = :m`,
    )
    .join(' union all ');
  const rows = await em.execute<{ t: string; h: string }[]>(sql, { m: merchant.id });
  return rows.map((r) => `${r.t}:${r.h}`).join(',');
}

/** Nothing of an internal failure may reach a caller. */
function expectNoLeak(text: string) {
  expect(text).not.toMatch(
    /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|stack|QueryFailedError|duplicate key|violates|syntax error at/i,
  );
}

const CPOINT_ROUTES: [string, Record<string, unknown>][] = [
  ['/user/getCpoint', { uid: 'M' }],
  ['/user/adminAddCpoint', { uid: 'M', cpoint: '1', adminId: 'a', requestId: 'r' }],
  ['/user/adminReduceCpoint', { uid: 'M', cpoint: '1', adminId: 'a', requestId: 'r' }],
  ['/useCpoint/consume', { uid: 'M', orderId: 'o', cpoint: '1' }],
  ['/order/checkConsumeIsSucc', { uid: 'M', orderId: 'o' }],
  ['/useCpoint/revoke', { uid: 'M', orderId: 'o', cpoint: '1', requestId: 'r' }],
  ['/order/list', { uid: 'M', orderId: 'o', page: 1, limit: 10 }],
  ['/cnf/taskCnfList', {}],
  ['/cnf/gradeCnfList', {}],
  ['/cnf/taskCnfUpdate', { id: 1, score: 1, cpoint: 1, status: 0, op: 'share', step_score: '1:2', s_time: 1, r_flag: 1 }],
  ['/user/listInfo', { uids: 'M' }],
  ['/user/listSortInfo', { condition: 'cpoint', sort: 1, page: 1, limit: 10 }],
  ['/task/submit', { uid: 'M', op: 'share', target: 't', times: 1, requestId: 'r' }],
];

const PARTNER_ROUTES: [string, Record<string, unknown>][] = [
  [
    '/member/getMemberInfoByIdOrMobile',
    { memberId: 'M', mobile: '13800000000', dynamicCode: '1', showScoreSwitch: 1, showCouponSwitch: 1 },
  ],
  [
    '/member/getMembers',
    { pageNum: 1, pageSize: 10, startTime: '2026-01-01 00:00:00', startScore: '1', statusFlag: 1, labelName: 'x' },
  ],
  [
    '/member/register/mobile',
    { channelCode: 'xcx', mobile: '13800000000', thirdPartyCode: 'o', registerType: 1, registerStoreCode: 'S001' },
  ],
  [
    '/member/score/opt/1',
    { memberId: 'M', score: '1', operationType: 1, idempotencyBussinessId: 'b', idempotencyBussinessType: 1 },
  ],
  ['/member/score/opt/15', { memberId: 'M', amount: '1', operationType: 14, idempotencyBussinessId: 'b' }],
  ['/member/score/updateScore', { memberId: 'M', changeScore: '1', changeType: 2, operationType: 11 }],
  [
    '/member/score/sendScore',
    { memberId: 'M', score: '1', operationType: 1, idempotencyBussinessId: 'b', idempotencyBussinessType: 1 },
  ],
  ['/member/score/returnScore', { memberId: 'M', orderId: 'o', operationType: 2 }],
  ['/member/score/statisticalScore', { memberId: 'M' }],
];

/** A route's valid parameters for one of the members ('M' stands for it). */
const withMember = (valid: Record<string, unknown>, member: string) =>
  Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, v === 'M' ? member : v]));

/** A route (or mutation) of the list, and hostile parameters for it about one of the members. */
const callOf = <R extends [string, ...unknown[]]>(routes: R[], validOf: (r: R) => Record<string, unknown>) =>
  fc
    .tuple(fc.constantFrom(...routes), fc.constantFrom(0, 1, 2))
    .chain(([route, m]) =>
      fc.tuple(fc.constant(route), hostileParams(Object.keys(validOf(route)), withMember(validOf(route), members[m] ?? 'M'))),
    );

describe('hostile input to every shim route (fast-check)', () => {
  it('cpoint-inner: never 10500, never a stack, a refusal writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        callOf(CPOINT_ROUTES, (r) => r[1]),
        fc.constantFrom('form', 'json') as fc.Arbitrary<'form' | 'json'>,
        fc.context(),
        async ([[path], request], as, ctx) => {
          // Form bodies carry text only.
          const body =
            as === 'form'
              ? Object.fromEntries(
                  Object.entries(request).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]),
                )
              : request;
          const before = await fingerprint();
          const answer = await callCpoint(app, inner, path, body, { as });
          ctx.log(JSON.stringify({ path, as, body, answer: answer.body }));
          expect(answer.httpStatus).toBe(200);
          expect(answer.body.status).not.toBe(10500);
          expectNoLeak(JSON.stringify(answer.body));
          if (answer.body.status !== 200) expect(await fingerprint()).toBe(before);
        },
      ),
      params,
    );
  });

  it('partner-openapi: never 500, never a stack, a refusal writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        callOf(PARTNER_ROUTES, (r) => r[1]),
        fc.context(),
        async ([[path], body], ctx) => {
          const before = await fingerprint();
          const answer = await callPartner(app, partner, path, body);
          ctx.log(JSON.stringify({ path, body, answer: answer.envelope }));
          expect(answer.http).toBe(200);
          expect(answer.envelope.statusCode).not.toBe('500');
          expectNoLeak(JSON.stringify(answer.envelope));
          if (answer.envelope.statusCode !== '100') expect(await fingerprint()).toBe(before);
        },
      ),
      params,
    );
  });

  it('erp-member-points: never INTERNAL, never a stack, a refusal writes nothing', async () => {
    const valid = {
      mobile: '13800000077',
      storeNumber: 'S001',
      name: 'n',
      pointsChanges: '-1',
      pointsRemaining: '1',
      pointsDesc: 'd',
      remark: 'r',
    };
    await fc.assert(
      fc.asyncProperty(hostileParams(Object.keys(valid), valid), async (body) => {
        const before = await fingerprint();
        const { status, text, json: answer } = await callErp(app, erp, body);
        expect(status).toBe(200);
        expect(answer.info?.error).not.toBe('INTERNAL');
        expectNoLeak(text);
        if (answer.code !== 10000) expect(await fingerprint()).toBe(before);
      }),
      params,
    );
  });
});

/** Mutations with their input shapes: field names to fill (valid values beside hostile ones). */
const MUTATIONS: [string, string, Record<string, unknown>][] = [
  [
    'registerMember',
    'RegisterMemberInput!',
    {
      mobile: '13800000011',
      name: 'n',
      email: 'a@b.cn',
      birthday: '2000-01-01',
      labels: ['x'],
      channel: { channelCode: 'xcx', openid: 'o' },
    },
  ],
  [
    'changePoints',
    'ChangePointsInput!',
    { memberId: 'M', direction: 'ADD', amount: '1', operationType: 'MANUAL_GRANT', idempotencyKey: 'k', orderId: 'o' },
  ],
  ['changeExperience', 'ChangeExperienceInput!', { memberId: 'M', direction: 'ADD', amount: '1' }],
  ['consumePointsForOrder', 'ConsumePointsInput!', { memberId: 'M', orderId: 'o', amount: '1' }],
  ['submitTask', 'SubmitTaskInput!', { memberId: 'M', op: 'share', target: 't', times: 1 }],
  ['updateMember', 'UpdateMemberInput!', { id: 'M', name: 'n', deliveryAddresses: [{ address: 'a' }] }],
  ['setLoyaltySettings', 'LoyaltySettingsInput!', { moneyToPointsRate: '1', pointsScale: 0 }],
  ['openMemberCard', 'OpenMemberCardInput!', { phone: '13800000012', cardTemplateId: 'M' }],
  ['setTaskConfig', 'SetTaskConfigInput!', { number: 1, name: 'n', ops: ['share'], experience: '1', points: '1', enabled: true }],
];

describe('hostile GraphQL inputs (fast-check)', () => {
  it('never a 5xx or INTERNAL_SERVER_ERROR, never a stack, a refusal writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        callOf(MUTATIONS, (r) => r[2]),
        fc.context(),
        async ([[name, type], input], ctx) => {
          const before = await fingerprint();
          const res = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${merchant.adminKey}` },
            body: JSON.stringify({
              query: `mutation($i: ${type}) { r: ${name}(input: $i) { errors { code } } }`,
              variables: { i: input },
            }),
          });
          const text = await res.text();
          ctx.log(JSON.stringify({ name, input, status: res.status, text: text.slice(0, 300) }));
          expect(res.status).toBeLessThan(500);
          expect(text).not.toContain('INTERNAL_SERVER_ERROR');
          expectNoLeak(text);
          const json = JSON.parse(text) as { data?: { r?: { errors: unknown[] } } };
          if (!json.data?.r || json.data.r.errors.length) expect(await fingerprint()).toBe(before);
        },
      ),
      params,
    );
  });
});
