import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hmacSha256Hex } from '../../src/shims/common/signing.js';
import { cpointSigningString } from '../../src/shims/cpoint-inner/dialect.js';
import { addPoints, createMembers } from '../loyalty/fixtures.js';
import { callCpoint, cpointSig, expectFailure, expectSuccess, send } from '../support/cpoint-client.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { snapshotMerchant } from '../support/tenant.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import {
  RevokeShimAppDocument,
  SetGradeTableDocument,
  SetShimAppStatusDocument,
  ShimAppStatus,
} from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;
let other: TestMerchant;
let inner: HmacApp;
let otherInner: HmacApp;
let uid: string;

beforeAll(async () => {
  app = await startTestApp({ BODY_LIMIT: '4kb' });
  merchant = await app.createMerchant('A');
  other = await app.createMerchant('B');
  inner = await createHmacApp(app, merchant, 'CPOINT_INNER');
  otherInner = await createHmacApp(app, other, 'CPOINT_INNER');
  [uid] = (await createMembers(app, merchant, 1)) as [string];
  await addPoints(app, merchant.operatorKey, uid, '100');
});
afterEach(() => expectLedgersBalanced(app));
afterAll(() => app?.close());

/** Rows of the merchant's ledgers and orders, to prove a refused call wrote nothing. */
const writes = async (merchantId = merchant.id) => {
  const snapshot = await snapshotMerchant(app.ownerOrm, merchantId);
  return { points: snapshot.points_entry, exp: snapshot.exp_entry, orders: snapshot.points_order, tasks: snapshot.task_config };
};

/** Every route with parameters that would succeed for `member` of the caller's merchant. */
const routes = (member: string): [string, Record<string, unknown>][] => [
  ['/user/getCpoint', { uid: member }],
  ['/user/adminAddCpoint', { uid: member, cpoint: '1', adminId: 'a' }],
  ['/user/adminReduceCpoint', { uid: member, cpoint: '1', adminId: 'a' }],
  ['/useCpoint/consume', { uid: member, orderId: 'env-1', cpoint: '1' }],
  ['/order/checkConsumeIsSucc', { uid: member, orderId: 'env-1' }],
  ['/useCpoint/revoke', { uid: member, orderId: 'env-1', cpoint: '1' }],
  ['/order/list', { uid: member }],
  ['/cnf/taskCnfList', {}],
  ['/cnf/gradeCnfList', {}],
  ['/cnf/taskCnfUpdate', { id: 1, score: 1, cpoint: 1, status: 0, op: 'env' }],
  ['/user/listInfo', { uids: member }],
  ['/user/listSortInfo', { condition: 'cpoint' }],
  ['/task/submit', { uid: member, op: 'env' }],
];

describe('cpoint-inner signing', () => {
  const example = {
    appName: 'CameraCircle',
    uid: '5f0c2a4e-8b1d-4c3e-9a7f-2d6b1e0c9a84',
    orderId: 'mall_11',
    cpoint: '12.50',
  };
  const path = '/cm/inner/useCpoint/consume';
  const canonical =
    'POST\n/cm/inner/useCpoint/consume\nappName=CameraCircle&cpoint=12.50&orderId=mall_11&uid=5f0c2a4e-8b1d-4c3e-9a7f-2d6b1e0c9a84';
  const signature = '620fc493122f48706e24a2310b4d3b3ae547cba00cfc3caf5268f01c8745db44';

  it('recomputes the worked example of docs/shims/cpoint-inner.md', () => {
    expect(cpointSigningString(path, { ...example, sig: 'ignored' })).toBe(canonical);
    expect(hmacSha256Hex('demo-secret-123', canonical)).toBe(signature);
    // A JSON number is signed in its shortest form: 12.50 arrives as 12.5.
    expect(cpointSigningString(path, { ...example, cpoint: 12.5 })).toBe(canonical.replace('12.50', '12.5'));
    expect(hmacSha256Hex('demo-secret-123', canonical.replace('12.50', '12.5'))).toBe(
      '64952d87d055ee684d1de0c0810f0f9446a0ebb987c28f725afbe52a781857cc',
    );
  });

  it('accepts the worked example over HTTP, as the document writes it: urlencoded with the hex sig', async () => {
    const shop = await app.createMerchant('Camera');
    const worked = await createHmacApp(app, shop, 'CPOINT_INNER', { appKey: 'CameraCircle' });
    const em = app.ownerOrm.em.fork();
    await em.execute("update shim_app set secret = 'demo-secret-123' where id = ?", [worked.id]);
    await em.execute(`insert into member (id, merchant_id, code) values (?, ?, 'WORKED')`, [example.uid, shop.id]);
    await addPoints(app, shop.operatorKey, example.uid, '25');
    const body = new URLSearchParams({ ...example, sig: signature }).toString();
    const answer = await send(app, '/useCpoint/consume', body, 'application/x-www-form-urlencoded');
    expect(expectSuccess(answer)).toEqual({ cpoint: 12.5, id: 'mall_11' });
    const json = { ...example, orderId: 'mall_12', cpoint: 12.5 };
    const jsonAnswer = await send(
      app,
      '/useCpoint/consume',
      JSON.stringify({ ...json, sig: hmacSha256Hex('demo-secret-123', cpointSigningString(path, json)) }),
      'application/json',
    );
    expect(expectSuccess(jsonAnswer)).toEqual({ cpoint: 0, id: 'mall_12' });
  });

  it('refuses a wrong, tampered, missing or "skip" signature with 10401, writing nothing', async () => {
    const before = await writes();
    const params = { uid, cpoint: '1', adminId: 'a' };
    const wrongSecret = cpointSig('not-the-secret', '/user/adminAddCpoint', { appName: inner.appKey, ...params });
    expectFailure(
      await callCpoint(app, inner, '/user/adminAddCpoint', params, { sig: wrongSecret }),
      10401,
      'sig does not verify.',
    );
    const signedForOne = cpointSig(inner.secret, '/user/adminAddCpoint', { appName: inner.appKey, ...params });
    expectFailure(
      await callCpoint(app, inner, '/user/adminAddCpoint', { ...params, cpoint: '1000' }, { sig: signedForOne }),
      10401,
      'sig does not verify.',
    );
    expectFailure(await callCpoint(app, inner, '/user/adminAddCpoint', params, { sig: null }), 10401, 'sig is required.');
    expectFailure(await callCpoint(app, inner, '/user/adminAddCpoint', params, { sig: 'skip', as: 'json' }), 10401);
    expectFailure(await callCpoint(app, inner, '/user/adminAddCpoint', params, { sig: 'zz'.repeat(32) }), 10401);
    expect(await writes()).toEqual(before);
  });

  it('accepts the signature in upper-case hex, urlencoded and JSON', async () => {
    for (const as of ['form', 'json'] as const) {
      const sig = cpointSig(inner.secret, '/user/getCpoint', { appName: inner.appKey, uid }).toUpperCase();
      expectSuccess(await callCpoint(app, inner, '/user/getCpoint', { uid }, { sig, as }));
    }
  });

  it('accepts unsigned requests only from an app marked for development', async () => {
    const dev = await createHmacApp(app, merchant, 'CPOINT_INNER', { allowUnsigned: true });
    expect(expectSuccess(await callCpoint(app, dev, '/user/getCpoint', { uid }, { sig: null }))).toEqual({ cpoint: 100 });
    expectSuccess(await callCpoint(app, dev, '/user/getCpoint', { uid }, { sig: 'skip', as: 'json' }));
  });
});

describe('cpoint-inner apps', () => {
  it('answers 10402 for an unknown or revoked appName and 10400 without one', async () => {
    expectFailure(await callCpoint(app, { ...inner, appKey: 'nobody' }, '/user/getCpoint', { uid }), 10402);
    const revoked = await createHmacApp(app, merchant, 'CPOINT_INNER');
    await app.gql(merchant.adminKey, RevokeShimAppDocument, { id: revoked.id });
    expectFailure(await callCpoint(app, revoked, '/user/getCpoint', { uid }), 10402, 'Unknown or revoked app.');
    const noApp = await send(
      app,
      '/user/getCpoint',
      new URLSearchParams({ uid }).toString(),
      'application/x-www-form-urlencoded',
    );
    expectFailure(noApp, 10400, 'appName is required.');
  });

  it('answers 10100 (the document message) on every route while the app is closed, writing nothing', async () => {
    const closing = await createHmacApp(app, merchant, 'CPOINT_INNER');
    const setStatus = (status: ShimAppStatus) =>
      app.gql(merchant.adminKey, SetShimAppStatusDocument, {
        id: closing.id,
        s: status,
      });
    await setStatus('CLOSED');
    const before = await writes();
    for (const [path, params] of routes(uid)) {
      expectFailure(await callCpoint(app, closing, path, params), 10100, '接口已临时关闭');
    }
    expect(await writes()).toEqual(before);
    await setStatus('OPEN');
    expectSuccess(await callCpoint(app, closing, '/user/getCpoint', { uid }));
  });
});

describe('cpoint-inner malformed requests', () => {
  it('answers 10400 in the envelope for a body that is not JSON, not an object, or of another type', async () => {
    expectFailure(
      await send(app, '/user/getCpoint', '{"appName": ', 'application/json'),
      10400,
      'The request body cannot be parsed.',
    );
    expectFailure(
      await send(app, '/user/getCpoint', '"appName"', 'application/json'),
      10400,
      'The request body cannot be parsed.',
    );
    expectFailure(await send(app, '/user/getCpoint', '[1, 2]', 'application/json'), 10400, 'appName is required.');
    expectFailure(await send(app, '/user/getCpoint', `appName=${inner.appKey}`, 'text/plain'), 10400, 'appName is required.');
    expectFailure(await send(app, '/user/getCpoint', JSON.stringify({ appName: 7 }), 'application/json'), 10400);
  });

  it('names the field that is missing or ill-typed, urlencoded and JSON, on every route', async () => {
    const before = await writes();
    for (const [path, params] of routes(uid)) {
      for (const as of ['form', 'json'] as const) {
        const answer = await callCpoint(app, inner, path, {}, { as });
        if (Object.keys(params).length === 0) expectSuccess(answer);
        else expectFailure(answer, 10400, /^\w+: is required$/);
      }
    }
    const typed: [string, Record<string, unknown>, string][] = [
      ['/user/getCpoint', { uid: { id: 1 } }, 'uid: must be a string'],
      ['/user/adminAddCpoint', { uid, cpoint: true, adminId: 'a' }, 'cpoint: must be an amount with at most 2 decimals'],
      ['/useCpoint/consume', { uid, orderId: ['a', 'b'], cpoint: 1 }, 'orderId: must be a string'],
      ['/useCpoint/consume', { uid, orderId: 'x'.repeat(129), cpoint: 1 }, 'orderId: has at most 128 characters'],
      ['/user/listSortInfo', { condition: 'score', page: 1.5 }, 'page: must be a whole number'],
    ];
    for (const [path, params, message] of typed) {
      expectFailure(await callCpoint(app, inner, path, params, { as: 'json' }), 10400, message);
    }
    expect(await writes()).toEqual(before);
  });

  it('answers 10413 for a body over the limit, urlencoded or JSON', async () => {
    const big = { uid, cpoint: '1', adminId: 'x'.repeat(5000) };
    for (const as of ['form', 'json'] as const) {
      expectFailure(
        await callCpoint(app, inner, '/user/adminAddCpoint', big, { as }),
        10413,
        'The request body is larger than the limit.',
      );
    }
  });
});

describe('cpoint-inner across merchants', () => {
  it("merchant A's app reads and changes nothing of merchant B's members", async () => {
    const [theirs] = (await createMembers(app, other, 1)) as [string];
    await addPoints(app, other.operatorKey, theirs, '50');
    // B has an order, a task with the op A will submit, and a grade table.
    expectSuccess(await callCpoint(app, otherInner, '/useCpoint/consume', { uid: theirs, orderId: 'env-1', cpoint: '5' }));
    expectSuccess(await callCpoint(app, otherInner, '/cnf/taskCnfUpdate', { id: 1, score: 2, cpoint: 2, status: 0, op: 'env' }));
    const setGrades = (key: string, thresholds: string[]) =>
      app.gql(key, SetGradeTableDocument, {
        g: thresholds.map((threshold, i) => ({ level: i + 1, code: `G${i + 1}`, name: `Grade ${i + 1}`, threshold })),
      });
    expect((await setGrades(other.adminKey, ['0', '50', '80'])).data?.setGrades.errors).toEqual([]);
    expect((await setGrades(merchant.adminKey, ['0', '300'])).data?.setGrades.errors).toEqual([]);
    const before = await snapshotMerchant(app.ownerOrm, other.id);
    const ownMembers = (
      await app.ownerOrm.em.fork().execute<{ id: string }[]>('select id from member where merchant_id = ?', [merchant.id])
    )
      .map((m) => m.id)
      .sort();

    for (const [path, params] of routes(theirs)) {
      const answer = await callCpoint(app, inner, path, params);
      expect(answer.httpStatus).toBe(200);
      if ('uid' in params) expectFailure(answer, 10404);
      else if (path === '/user/listInfo') expect(expectSuccess(answer)).toEqual([]);
      else if (path === '/user/listSortInfo') {
        // A's own members, every one of them, and no one else.
        const listed = (expectSuccess(answer) as Record<string, unknown>[]).map((entry) => Object.keys(entry)[0]!);
        expect(listed.sort()).toEqual(ownMembers);
      } else if (path === '/cnf/taskCnfList') expect(expectSuccess(answer)).toEqual([]);
      else if (path === '/cnf/gradeCnfList') expect(expectSuccess(answer)).toEqual({ '1': 0, '2': 300 });
      else if (path === '/cnf/taskCnfUpdate') expect(expectSuccess(answer)).toEqual({});
      else throw new Error(`no expectation for ${path}`);
    }
    expect(await snapshotMerchant(app.ownerOrm, other.id)).toEqual(before);
    // A's own task 1 was created beside B's, not over it.
    const mine = expectSuccess(await callCpoint(app, inner, '/cnf/taskCnfList', {}));
    expect(mine).toMatchObject([{ id: 1, score: 1, op: 'env' }]);
  });
});

describe('cpoint-inner OpenAPI', () => {
  it('describes every route under /cm/inner from the validating schemas', async () => {
    const doc = (await (await fetch(`${app.url}/shims/cpoint-inner/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, { post: { requestBody: { content: { 'application/json': { schema: { properties: object } } } } } }>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      routes('x')
        .map(([path]) => `/cm/inner${path}`)
        .sort(),
    );
    expect(
      Object.keys(doc.paths['/cm/inner/cnf/taskCnfUpdate']!.post.requestBody.content['application/json'].schema.properties),
    ).toEqual(expect.arrayContaining(['id', 'step_score', 's_time', 'r_flag', 'r_cpoint', 'op']));
  });
});
