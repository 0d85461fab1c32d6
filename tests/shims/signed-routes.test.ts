import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requestSigningString } from '../../src/shims/partner-openapi/dialect.js';
import { rsaSignBase64 } from '../../src/shims/common/signing.js';
import { addPoints, createMembers } from '../loyalty/fixtures.js';
import { callCpoint, cpointSig, expectFailure, expectSuccess, send } from '../support/cpoint-client.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { callPartner, createPartnerApp, type PartnerApp } from '../support/partner-client.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/**
 * Replays of captured, correctly signed requests on sibling routes, shifted parameter boundaries,
 * and idempotency keys sent to another operation or by another app (docs/security.md). Each of
 * these took or gave points before signatures bound the route and keys their operation and app.
 */

let app: TestApp;
let merchant: TestMerchant;
let partner: PartnerApp;
let inner: HmacApp;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant('Replay Shop');
  partner = await createPartnerApp(app, merchant);
  inner = await createHmacApp(app, merchant, 'CPOINT_INNER');
  // A task paying 5 c-points per `share`, without limits.
  expectSuccess(
    await callCpoint(app, inner, '/cnf/taskCnfUpdate', { id: 1, score: 0, cpoint: 5, status: 0, op: 'share', r_count: -1 }),
  );
});
afterEach(() => expectLedgersBalanced(app));
afterAll(() => app?.close());

const balance = async (memberId: string) =>
  (await app.ownerOrm.em.fork().execute('select current from points_balance where member_id = ?', [memberId]))[0]
    .current as string;
const rows = async (table: string, memberId: string) =>
  (await app.ownerOrm.em.fork().execute(`select count(*)::int as n from ${table} where member_id = ?`, [memberId]))[0]
    .n as number;

/** A partner envelope signed for `path`, as a captured request would be. */
function signedEnvelope(path: string, requestBody: Record<string, unknown>) {
  const env = { appId: partner.appId, partnerId: partner.partnerId, requestBody: JSON.stringify(requestBody), ver: '1' };
  return { ...env, sign: rsaSignBase64(partner.privateKeyPem, requestSigningString(path, env)) };
}
const postPartner = async (path: string, envelope: Record<string, unknown>) => {
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(envelope),
  });
  return (await res.json()) as { statusCode: string; message: string; responseBody?: string };
};

describe('partner-openapi: a signature binds its route', () => {
  it('recomputes the worked example of docs/shims/partner-openapi.md', () => {
    const example = {
      appId: '2eb5c8f1170246429755e6dac313f89d',
      partnerId: '1864',
      requestBody: "{'partnerId':'1864','memberId':'115589208394311926'}",
      ver: '1',
    };
    expect(requestSigningString('/member/getMemberInfoByIdOrMobile', example)).toBe(
      'POST\n/member/getMemberInfoByIdOrMobile\nappId=2eb5c8f1170246429755e6dac313f89d&partnerId=1864' +
        '&requestBody=%7B%27partnerId%27%3A%271864%27%2C%27memberId%27%3A%27115589208394311926%27%7D&ver=1',
    );
  });

  it('answers a captured opt/1 grant resent to returnScore, updateScore or opt/15 with 202 and changes nothing', async () => {
    const [memberId] = (await createMembers(app, merchant, 1)) as [string];
    const grant = { memberId, score: '5', operationType: '4', idempotencyBussinessId: 'g-1', idempotencyBussinessType: '6' };
    const captured = signedEnvelope('/member/score/opt/1', grant);
    expect((await postPartner('/member/score/opt/1', captured)).statusCode).toBe('100');
    expect(await balance(memberId)).toBe('5.00');

    for (const sibling of [
      '/member/score/returnScore',
      '/member/score/opt/15',
      '/member/score/updateScore',
      '/member/score/sendScore',
    ]) {
      const answer = await postPartner(sibling, captured);
      expect(answer, sibling).toMatchObject({ statusCode: '202', message: 'The signature does not verify.' });
    }
    expect(await balance(memberId)).toBe('5.00');
    expect(await rows('points_entry', memberId)).toBe(1);
    // The same envelope on its own route is still the retry it was: answered, not booked again.
    expect((await postPartner('/member/score/opt/1', captured)).statusCode).toBe('100');
    expect(await rows('points_entry', memberId)).toBe(1);
  });

  it('treats a path spelled with percent-escapes as the route it names', async () => {
    const [memberId] = (await createMembers(app, merchant, 1)) as [string];
    const grant = { memberId, score: '2', operationType: '4', idempotencyBussinessId: 'g-2', idempotencyBussinessType: '6' };
    expect((await postPartner('/member/score/opt/%31', signedEnvelope('/member/score/opt/1', grant))).statusCode).toBe('100');
    expect(await balance(memberId)).toBe('2.00');
  });
});

describe('partner-openapi: idempotency keys belong to one operation and one app', () => {
  it('answers 303 when a business id that granted is sent to deduct, and books nothing', async () => {
    const [memberId] = (await createMembers(app, merchant, 1)) as [string];
    await addPoints(app, merchant.operatorKey, memberId, '50');
    const event = { idempotencyBussinessId: 'k-1', idempotencyBussinessType: '6', operationType: '4' };
    expect((await callPartner(app, partner, '/member/score/opt/1', { memberId, score: '5', ...event })).envelope.statusCode).toBe(
      '100',
    );
    const deduct = await callPartner(app, partner, '/member/score/opt/15', { memberId, score: '5', ...event });
    expect(deduct.envelope.statusCode).toBe('303');
    const update = await callPartner(app, partner, '/member/score/updateScore', {
      memberId,
      changeScore: '5',
      changeType: 2,
      ...event,
    });
    expect(update.envelope.statusCode).toBe('303');
    expect(await balance(memberId)).toBe('55.00');
  });

  it("books a second app's change although it uses the same business type and id as the first app", async () => {
    const [memberId] = (await createMembers(app, merchant, 1)) as [string];
    const second = await createPartnerApp(app, merchant);
    const change = {
      memberId,
      score: '7',
      operationType: '4',
      idempotencyBussinessId: 'shared-1',
      idempotencyBussinessType: '6',
    };
    expect((await callPartner(app, partner, '/member/score/opt/1', change)).body.currentScore).toBe(7);
    const other = await callPartner(app, second, '/member/score/opt/1', change);
    expect(other.envelope.statusCode).toBe('100');
    expect(other.body.currentScore).toBe(14);
    // Each app's retry is still a retry, and each returns only its own change.
    expect((await callPartner(app, second, '/member/score/opt/1', change)).body.currentScore).toBe(14);
    const returned = await callPartner(app, second, '/member/score/returnScore', {
      memberId,
      operationType: '15',
      idempotencyBussinessId: 'shared-1',
      idempotencyBussinessType: '6',
    });
    expect(returned.body).toEqual({ currentScore: 7, updateScore: 7 });
    expect(await balance(memberId)).toBe('7.00');
  });
});

describe('cpoint-inner: a signature binds its route', () => {
  it('answers a captured adminAddCpoint resent to adminReduceCpoint with 10401 and takes nothing', async () => {
    const [uid] = (await createMembers(app, merchant, 1)) as [string];
    const params = { appName: inner.appKey, uid, cpoint: '30', adminId: 'ops' };
    const captured = new URLSearchParams({ ...params, sig: cpointSig(inner.secret, '/user/adminAddCpoint', params) }).toString();
    const form = 'application/x-www-form-urlencoded';
    expectSuccess(await send(app, '/user/adminAddCpoint', captured, form));
    expectFailure(await send(app, '/user/adminReduceCpoint', captured, form), 10401, 'sig does not verify.');
    expect(await balance(uid)).toBe('30.00');
  });

  it('answers a captured consume resent to revoke with 10401: the points stay spent and the order consumed', async () => {
    const [uid] = (await createMembers(app, merchant, 1)) as [string];
    await addPoints(app, merchant.operatorKey, uid, '20');
    const params = { appName: inner.appKey, uid, orderId: 'mall-1', cpoint: '12' };
    const captured = JSON.stringify({ ...params, sig: cpointSig(inner.secret, '/useCpoint/consume', params) });
    expectSuccess(await send(app, '/useCpoint/consume', captured, 'application/json'));
    expectFailure(await send(app, '/useCpoint/revoke', captured, 'application/json'), 10401);
    expect(await balance(uid)).toBe('8.00');
    const check = await callCpoint(app, inner, '/order/checkConsumeIsSucc', { uid, orderId: 'mall-1' });
    expect(expectSuccess(check)).toEqual({ result: 1 });
  });
});

/**
 * Copies of a signed parameter set whose old canonical string (values joined raw with `&` and
 * `=`) was the same as the original's: a boundary between two parameters, or between a name and
 * its value, moved over by one separator.
 */
function shiftedCopies(params: Record<string, string>): Record<string, string>[] {
  // appName stays as it is: the app must be found for its signature to be checked at all.
  const keys = Object.keys(params)
    .filter((key) => key !== 'appName')
    .sort();
  const copies: Record<string, string>[] = [];
  for (let i = 0; i + 1 < keys.length; i++) {
    // `a=1&b=2` read as a=`1&b=2`.
    const { [keys[i + 1]!]: _next, ...rest } = params;
    copies.push({ ...rest, [keys[i]!]: `${params[keys[i]!]}&${keys[i + 1]}=${params[keys[i + 1]!]}` });
  }
  for (const key of keys) {
    // `op=share` read as o=`p=share`.
    const { [key]: value, ...rest } = params;
    if (key.length > 1) copies.push({ ...rest, [key.slice(0, 1)]: `${key.slice(1)}=${value}` });
  }
  return copies;
}

describe('cpoint-inner: the canonical string is unambiguous', () => {
  it('refuses shifted-boundary copies of a signed task/submit, urlencoded and JSON, paying nothing again', async () => {
    const [uid] = (await createMembers(app, merchant, 1)) as [string];
    const params = { appName: inner.appKey, uid, op: 'share', requestId: 'R-1', target: 'T1' };
    const sig = cpointSig(inner.secret, '/task/submit', params);
    expect(
      expectSuccess(
        await send(app, '/task/submit', new URLSearchParams({ ...params, sig }).toString(), 'application/x-www-form-urlencoded'),
      ).cpoint,
    ).toBe(5);
    // The attack of the review: requestId "R-1&target=T1" and no target is a new requestId, so it paid again.
    const { target: _t, ...withoutTarget } = params;
    const copies = [{ ...withoutTarget, requestId: 'R-1&target=T1' }, ...shiftedCopies(params)];
    expect(copies.length).toBeGreaterThan(5);
    for (const copy of copies) {
      const form = new URLSearchParams({ ...copy, sig }).toString();
      expectFailure(await send(app, '/task/submit', form, 'application/x-www-form-urlencoded'), 10401);
      expectFailure(await send(app, '/task/submit', JSON.stringify({ ...copy, sig }), 'application/json'), 10401);
    }
    expect(await balance(uid)).toBe('5.00');
    expect(await rows('task_completion', uid)).toBe(1);
  });

  it('signs values with &, =, %, spaces and non-ASCII text, and numbers as sent', async () => {
    const [uid] = (await createMembers(app, merchant, 1)) as [string];
    for (const [as, target] of [
      ['form', 'a&b=c %41 ü/+'],
      ['json', '签到 & 分享=1'],
    ] as const) {
      const answer = await callCpoint(app, inner, '/task/submit', { uid, op: 'share', target, times: 1 }, { as });
      expect(expectSuccess(answer).code).toBe(0);
    }
  });
});

describe('cpoint-inner: a requestId belongs to one operation', () => {
  it('answers 10409 when a requestId of adminAddCpoint comes again on task/submit, adminReduceCpoint or revoke', async () => {
    const [uid] = (await createMembers(app, merchant, 1)) as [string];
    expectSuccess(await callCpoint(app, inner, '/user/adminAddCpoint', { uid, cpoint: '10', adminId: 'ops', requestId: 'same' }));
    expectSuccess(await callCpoint(app, inner, '/useCpoint/consume', { uid, orderId: 'o-1', cpoint: '4' }));
    expectFailure(await callCpoint(app, inner, '/task/submit', { uid, op: 'share', requestId: 'same' }), 10409);
    expectFailure(
      await callCpoint(app, inner, '/user/adminReduceCpoint', { uid, cpoint: '10', adminId: 'ops', requestId: 'same' }),
      10409,
    );
    expectFailure(
      await callCpoint(app, inner, '/useCpoint/revoke', { uid, orderId: 'o-1', cpoint: '4', requestId: 'same' }),
      10409,
    );
    expect(await balance(uid)).toBe('6.00');
    expect(await rows('task_completion', uid)).toBe(0);
    // Its own retry still replays.
    const retry = await callCpoint(app, inner, '/user/adminAddCpoint', { uid, cpoint: '10', adminId: 'ops', requestId: 'same' });
    expect(expectSuccess(retry)).toEqual({ cpoint: 6, result: 1 });
  });

  it('answers IDEMPOTENCY_KEY_REUSED on GraphQL when a changePoints key is sent to changeExperience', async () => {
    const [memberId] = (await createMembers(app, merchant, 1)) as [string];
    const input = { memberId, direction: 'ADD', amount: '3', idempotencyKey: 'gql-key-1' };
    const points = await app.gql(
      merchant.operatorKey,
      'mutation($input: ChangePointsInput!) { changePoints(input: $input) { errors { code } } }',
      { input: { ...input, operationType: 'MANUAL_GRANT' } },
    );
    expect(points.data!.changePoints.errors).toEqual([]);
    const exp = await app.gql(
      merchant.operatorKey,
      'mutation($input: ChangeExperienceInput!) { changeExperience(input: $input) { errors { code field } } }',
      { input },
    );
    expect(exp.data!.changeExperience.errors).toEqual([{ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' }]);
    expect(await rows('exp_entry', memberId)).toBe(0);
  });
});
