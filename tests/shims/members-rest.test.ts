import { createHash } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddPointsDocument,
  AddRestExperienceDocument,
  CreateStaffUserWithDocument,
  SaveRestStaffRoleDocument,
  SetRestGradesDocument,
  StaffLoginAsDocument,
  SetRestMerchantProfileDocument,
  SetRestReferralBonusDocument,
} from '../../src/generated/graphql.js';
import { ok } from '../cards/support.js';
import { startFakeWechat, type FakeWechat } from '../support/fake-wechat.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { snapshotMerchant } from '../support/tenant.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

let app: TestApp;
let wechat: FakeWechat;
let merchant: TestMerchant;
let other: TestMerchant;
let rest: HmacApp;
let otherRest: HmacApp;

beforeAll(async () => {
  wechat = await startFakeWechat();
  app = await startTestApp({ WECHAT_API_BASE_URL: wechat.url, SCRYPT_N: '1024', MAX_PAGE_SIZE: '50' });
  merchant = await app.createMerchant('泛盈科技');
  other = await app.createMerchant('Other');
  rest = await createHmacApp(app, merchant, 'MEMBERS_REST');
  otherRest = await createHmacApp(app, other, 'MEMBERS_REST');
  await ok(app, merchant.adminKey, SetRestMerchantProfileDocument, { appId: wechat.appId, secret: wechat.appSecret });
});
afterAll(async () => {
  await app?.close();
  await wechat?.close();
});

/** A staff user of the merchant whose role holds `permissions`, logged in: its token. */
async function staffToken(username: string, permissions: ('WRITE' | 'CARD_OPERATE')[]): Promise<string> {
  const role = await ok(app, merchant.adminKey, SaveRestStaffRoleDocument, { name: `role ${username}`, p: permissions });
  await ok(app, merchant.adminKey, CreateStaffUserWithDocument, { u: username, r: role.staffRole.id, s: merchant.store.id });
  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(StaffLoginAsDocument), variables: { m: merchant.id, u: username } }),
  });
  return ((await login.json()) as { data: { staffLogin: { token: string } } }).data.staffLogin.token;
}

const basic = (a: HmacApp) => `Basic ${Buffer.from(`${a.appKey}:${a.secret}`).toString('base64')}`;

/** A members-rest call over HTTP; `query` is appended raw (already encoded as a client would). */
async function call(method: string, path: string, options: { body?: unknown; auth?: string | null; raw?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const auth = options.auth === undefined ? basic(rest) : options.auth;
  if (auth) headers.authorization = auth;
  const res = await fetch(`${app.url}/members-rest${path}`, {
    method,
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await res.text();
  return { status: res.status, text, json: text ? JSON.parse(text) : undefined };
}
const jsonQuery = (object: unknown) => `?${encodeURIComponent(JSON.stringify(object))}`;

/** The document's POST example, with our merchant in place of its merchantID. */
const example = (overrides: Record<string, unknown> = {}) => ({
  name: '张三',
  code: '23012584',
  male: true,
  phone: '15154588756',
  email: 'hello@qq.com',
  idcard: '587452145874569852',
  deliveryAddress: [{ address: '新街口2号', recipient: '李四', phone: '18912345678' }],
  userID: '2512a52c535e51',
  shop: { shopID: merchant.store.id },
  merchant: { merchantID: merchant.id },
  sinceAt: 1366444157013,
  dueAt: 1366444159013,
  createdAt: 1366444157013,
  ...overrides,
});

const memberRows = async (merchantId = merchant.id) =>
  (await app.ownerOrm.em.fork().execute('select count(*)::int as n from member where merchant_id = ?', [merchantId]))[0].n;

let zhangsan: string;

describe('members-rest POST /members', () => {
  it("creates the document's example and answers it in the document's shape, times in seconds", async () => {
    const created = await call('POST', '/members', { body: example() });
    expect(created.status).toBe(200);
    zhangsan = created.json.id;
    expect(created.json).toEqual({
      _id: zhangsan,
      id: zhangsan,
      name: '张三',
      code: '23012584',
      male: true,
      phone: '15154588756',
      email: 'hello@qq.com',
      idcard: '587452145874569852',
      deliveryAddress: [{ address: '新街口2号', recipient: '李四', phone: '18912345678' }],
      shop: { shopID: merchant.store.id, name: '泛盈科技 store', address: null, telephone: null },
      registerShopID: merchant.store.id,
      merchant: {
        merchantID: merchant.id,
        name: '泛盈科技',
        fullName: '泛盈信息科技有限公司',
        weixin: { originID: 'gh_af0c5d6c7b66' },
      },
      postPoint: 0,
      postTotalPoint: 0,
      level: '会员',
      status: 'active',
      sinceAt: 1366444157,
      dueAt: 1366444159,
      createdAt: 1366444157,
      weixin: {},
    });
    // Bare JSON, numbers as numbers.
    expect(created.text).toContain('"postPoint":0,"postTotalPoint":0');
  });

  it('accepts a member with code and name alone (no phone, no shop), times in 10-digit seconds', async () => {
    const created = await call('POST', '/members', {
      body: {
        code: 'C-only',
        name: '王五',
        merchant: { merchantID: merchant.id },
        sinceAt: 1700000000,
        dueAt: 1800000000,
        createdAt: 1700000000,
      },
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ phone: null, shop: {}, registerShopID: null, sinceAt: 1700000000, male: null });
  });

  it('answers an existing code or phone with 400 (the document\'s 409 "for now 400"), writing nothing', async () => {
    const before = await memberRows();
    const sameCode = await call('POST', '/members', { body: example({ phone: '13000000001' }) });
    expect(sameCode).toMatchObject({ status: 400, json: { code: 'DUPLICATE_CODE' } });
    const samePhone = await call('POST', '/members', { body: example({ code: 'other-code' }) });
    expect(samePhone).toMatchObject({ status: 400, json: { code: 'DUPLICATE_MOBILE' } });
    expect(await memberRows()).toBe(before);
  });

  it('answers 400 naming the field for every missing or mistyped field and malformed body, writing nothing', async () => {
    const before = await memberRows();
    const without = (field: string) => {
      const body: Record<string, unknown> = example({ code: `x-${field}`, phone: null });
      delete body[field];
      return body;
    };
    const cases: [unknown, RegExp][] = [
      [without('code'), /^body\.code/],
      [without('name'), /^body\.name/],
      [without('merchant'), /^body\.merchant/],
      [without('sinceAt'), /^body\.sinceAt/],
      [without('dueAt'), /^body\.dueAt/],
      [without('createdAt'), /^body\.createdAt/],
      [example({ code: { $gt: '' } }), /^body\.code/],
      [example({ code: 'e1', phone: null, sinceAt: 'yesterday' }), /^body\.sinceAt: must be epoch/],
      [example({ code: 'e2', phone: null, dueAt: 13664441590 }), /^body\.dueAt: must be epoch/],
      [example({ code: 'e3', phone: null, male: 'yes' }), /^body\.male/],
      [example({ code: 'e4', phone: null, email: 'not-an-email' }), /email/i],
      [example({ code: 'e5', phone: null, shop: { shopID: 'no-such-shop' } }), /id/i],
      [[example()], /must be a JSON object/],
    ];
    for (const [body, message] of cases) {
      const answer = await call('POST', '/members', { body });
      expect(answer.status, JSON.stringify(answer.json)).toBe(400);
      expect(answer.json.message).toMatch(message);
    }
    const malformed = await call('POST', '/members', { raw: '{"code": ' });
    expect(malformed).toMatchObject({ status: 400, json: { code: 'BAD_PARAMETERS' } });
    expect(await memberRows()).toBe(before);
  });

  it('answers 401 without a valid credential, or for another merchant, and 200 for a staff user who may write', async () => {
    const before = await memberRows();
    expect((await call('POST', '/members', { body: example({ code: 'a1' }), auth: null })).status).toBe(401);
    expect(
      (await call('POST', '/members', { body: example({ code: 'a2' }), auth: basic({ ...rest, secret: 'wrong' }) })).status,
    ).toBe(401);
    expect((await call('POST', '/members', { body: example({ code: 'a3' }), auth: 'Bearer mgs_nope' })).status).toBe(401);
    const theirs = await call('POST', '/members', { body: example({ code: 'a4', phone: null }), auth: basic(otherRest) });
    expect(theirs).toMatchObject({ status: 401, json: { code: 'PARTNER_MISMATCH' } });
    const reader = await staffToken('reader', []);
    const readOnly = await call('POST', '/members', { body: example({ code: 'a5', phone: null }), auth: `Bearer ${reader}` });
    expect(readOnly.status).toBe(401);
    expect(await memberRows()).toBe(before);
    const writer = await staffToken('writer', ['WRITE']);
    const byStaff = await call('POST', '/members', {
      body: example({ code: 'a6', phone: null, name: '员工建', email: null, sinceAt: 1700000000, dueAt: 1800000000 }),
      auth: `Bearer ${writer}`,
    });
    expect(byStaff).toMatchObject({ status: 200, json: { code: 'a6' } });
    expect((await call('GET', `/members/${byStaff.json.id}`, { auth: `Bearer ${reader}` })).status).toBe(200);
  });

  it("pays the referrer the bonus once per new member, with ?referrer= or the document's ?referre=", async () => {
    await ok(app, merchant.adminKey, SetRestReferralBonusDocument);
    const base = { merchant: { merchantID: merchant.id }, sinceAt: 1700000000, dueAt: 1800000000, createdAt: 1700000000 };
    expect((await call('POST', `/members?referrer=${zhangsan}`, { body: { ...base, code: 'R1', name: 'one' } })).status).toBe(
      200,
    );
    expect((await call('POST', `/members?referre=${zhangsan}`, { body: { ...base, code: 'R2', name: 'two' } })).status).toBe(200);
    // A retried creation is a conflict and pays nothing.
    expect((await call('POST', `/members?referrer=${zhangsan}`, { body: { ...base, code: 'R2', name: 'two' } })).status).toBe(
      400,
    );
    const unknown = await call('POST', '/members?referrer=nobody', { body: { ...base, code: 'R3', name: 'three' } });
    expect(unknown).toMatchObject({ status: 400, json: { message: 'referrer: no member with id nobody.' } });
    const referrer = await call('GET', `/members/${zhangsan}`);
    expect(referrer.json).toMatchObject({ postPoint: 40, postTotalPoint: 40 });
  });
});

describe('members-rest GET /members', () => {
  const codes = async (query: string) => {
    const answer = await call('GET', `/members${query}`);
    expect(answer.status, answer.text).toBe(200);
    expect(Array.isArray(answer.json)).toBe(true);
    return answer.json.map((m: { code: string }) => m.code);
  };

  it("answers the document's example queries", async () => {
    await ok(app, merchant.adminKey, SetRestGradesDocument);
    await ok(app, merchant.operatorKey, AddRestExperienceDocument, { memberId: zhangsan });
    await ok(app, merchant.operatorKey, AddPointsDocument, { memberId: zhangsan, amount: '9000.50' });
    expect(await codes(`?name=${encodeURIComponent('张三')}`)).toEqual(['23012584']);
    expect(await codes('?code=23012584')).toEqual(['23012584']);
    expect(await codes('?email=hello@qq.com')).toEqual(['23012584']);
    expect(await codes('?phone=15154588756')).toEqual(['23012584']);
    expect(await codes('?status=active&limit=50')).toContain('23012584');
    expect(await codes(jsonQuery({ point: { $lt: 10025 }, code: '23012584' }))).toEqual(['23012584']);
    expect(await codes(jsonQuery({ point: { $gte: 9040.5 } }))).toEqual(['23012584']);
    expect(await codes(jsonQuery({ level: { $lt: 10 }, code: '23012584' }))).toEqual(['23012584']);
    expect(await codes(jsonQuery({ level: { $gte: 2 } }))).toEqual(['23012584']);
    expect(await codes(jsonQuery({ level: { $in: [0, 1] }, code: '23012584' }))).toEqual([]);
    expect(await codes(jsonQuery({ sinceAt: { $lt: 1366445203233 } }))).toEqual(['23012584']);
    expect(await codes(jsonQuery({ dueAt: { $lt: 1366445203 } }))).toEqual(['23012584']);
    const one = await call('GET', '/members?code=23012584');
    expect(one.json[0]).toMatchObject({ level: '金卡会员', postPoint: 9040.5, postTotalPoint: 9040.5 });
    expect(one.text).toContain('"postPoint":9040.5,');
  });

  it('pages with skip and limit, 0 and 10 by default, limit capped by the server', async () => {
    const base = { merchant: { merchantID: merchant.id }, sinceAt: 1700000000, dueAt: 1800000000 };
    for (let i = 0; i < 10; i++) {
      await call('POST', '/members', { body: { ...base, code: `P${i}`, name: `page ${i}`, createdAt: 1700000100 + i } });
    }
    const all = await codes('?limit=50');
    expect(all.length).toBeGreaterThan(10);
    expect(await codes('')).toEqual((await codes('?limit=50')).slice(0, 10));
    expect(await codes('?skip=2&limit=3')).toEqual(all.slice(2, 5));
    expect(await codes(`${jsonQuery({ skip: 1 })}&limit=2`)).toEqual(all.slice(1, 3));
    const tooMany = await call('GET', '/members?limit=51');
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.message).toContain('between 1 and 50');
  });

  it('answers 400 for an unknown field or operator, without reaching SQL', async () => {
    const cases: [string, string][] = [
      [jsonQuery({ $where: 'this.point > 1' }), 'unknown query field $where'],
      [jsonQuery({ point: { $regex: '^1' } }), 'point: unknown operator $regex; use $lt $lte $gt $gte $ne $in $nin'],
      [jsonQuery({ name: { $ne: 'x' } }), 'name: must be text'],
      ['?password=1', 'unknown query field password'],
      [jsonQuery({ point: { $in: 5 } }), 'point.$in: must be an array'],
      [jsonQuery({ sinceAt: { $lt: 'today' } }), 'sinceAt.$lt: must be epoch'],
      ['?status=deleted', 'status: must be active, suspend, expired or removed'],
      ['?%7B%22point%22%3A', 'not valid JSON'],
      ['?code=1&code=2', 'code is given twice'],
      ['?skip=-1', 'skip'],
    ];
    for (const [query, message] of cases) {
      app.sql.reset();
      const answer = await call('GET', `/members${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.json.message, query).toContain(message);
      expect(
        app.sql.statements.some((sql) => /\bfrom "member"|from member\b/.test(sql)),
        query,
      ).toBe(false);
    }
  });

  it("answers one object for an id (path or ?id=) and 404 for an unknown one or another merchant's", async () => {
    const byPath = await call('GET', `/members/${zhangsan}`);
    expect(byPath).toMatchObject({ status: 200, json: { id: zhangsan, code: '23012584' } });
    expect((await call('GET', `/members?id=${zhangsan}`)).json).toEqual(byPath.json);
    expect((await call('GET', '/members/32445a458b45e')).status).toBe(404);
    expect((await call('GET', `/members/${zhangsan}`, { auth: basic(otherRest) })).status).toBe(404);
    expect(await call('GET', '/members?code=23012584', { auth: basic(otherRest) })).toMatchObject({ status: 200, json: [] });
  });

  it('costs the same number of statements for 3 members as for 30', async () => {
    const statements = (limit: number) => app.statementsOf(() => call('GET', `/members?limit=${limit}`));
    expect((await statements(30)).length).toBe((await statements(3)).length);
  });

  it('reads in one read-only transaction, as a GraphQL query does: its start travels with the first read', async () => {
    const statements = await app.statementsOf(() => call('GET', `/members/${zhangsan}`));
    expect(statements[0]).toMatch(
      /^start transaction read only; select set_config\('app\.merchant_id', '[0-9a-f-]{36}', true\); /,
    );
    // Ended as a query's is: rolled back (nothing to commit), its rollback riding with the next message.
    expect(statements.at(-1)).toBe('rollback');
    // A write in a read route is refused by PostgreSQL itself: nothing a read route runs can change data.
    expect(statements.filter((sql) => /^(insert|update|delete)\b/i.test(sql))).toEqual([]);
  });
});

describe('members-rest PUT /members/:id', () => {
  it('updates the profile and status, never the points; a different level is refused', async () => {
    const updated = await call('PUT', `/members/${zhangsan}`, {
      body: {
        name: '张三丰',
        male: false,
        email: 'z@qq.com',
        status: 'suspend',
        sinceAt: 1366444000000,
        postPoint: 1,
        postTotalPoint: 9,
      },
    });
    expect(updated.status, updated.text).toBe(200);
    expect(updated.json).toMatchObject({
      name: '张三丰',
      male: false,
      email: 'z@qq.com',
      status: 'suspend',
      sinceAt: 1366444000,
      postPoint: 9040.5,
      postTotalPoint: 9040.5,
    });
    const level = await call('PUT', `/members/${zhangsan}`, { body: { level: '会员' } });
    expect(level).toMatchObject({
      status: 400,
      json: { message: "level: follows the member's grade (金卡会员); it cannot be set." },
    });
    const back = await call('PUT', `/members/${zhangsan}`, { body: { status: 'active', level: '金卡会员', name: '张三' } });
    expect(back.json).toMatchObject({ status: 'active', name: '张三' });
  });

  it('answers 404 for an unknown member, 400 for bad fields, 401 for another merchant, writing nothing', async () => {
    const before = await snapshotMerchant(app.ownerOrm, merchant.id);
    expect((await call('PUT', '/members/nobody', { body: { name: 'x' } })).status).toBe(404);
    expect((await call('PUT', `/members/${zhangsan}`, { body: { name: '' } })).status).toBe(400);
    expect((await call('PUT', `/members/${zhangsan}`, { body: { status: 'gone' } })).status).toBe(400);
    expect((await call('PUT', `/members/${zhangsan}`, { body: { sinceAt: '2020-01-01' } })).status).toBe(400);
    expect((await call('PUT', `/members/${zhangsan}`, { body: { name: 'x' }, auth: basic(otherRest) })).status).toBe(404);
    expect((await call('PUT', `/members/${zhangsan}`, { raw: 'name=x' })).status).toBe(400);
    expect(await snapshotMerchant(app.ownerOrm, merchant.id)).toEqual(before);
  });
});

describe('members-rest /wxoauth', () => {
  const openid = 'o6_bmjrPTlm6_3sgVt7hM77kkOPf08M';
  let refreshToken: string;

  it('answers 404 with the openID and refresh token for a WeChat user not yet paired', async () => {
    const answer = await call('GET', `/wxoauth?code=${wechat.codeFor(openid)}&merchantID=${merchant.id}`);
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({
      code: 'MEMBER_NOT_FOUND',
      message: expect.any(String),
      weixin: { openID: openid, refresh_token: expect.stringMatching(/^RT_/) },
    });
    refreshToken = answer.json.weixin.refresh_token;
  });

  it("refuses a pairing with the document's messages in its order, and a wrong phone or token", async () => {
    const full = {
      action: 'pair',
      member: { id: zhangsan, merchant: { merchantID: merchant.id }, weixin: { openID: openid, refresh_token: 'later' } },
      options: { phone: '15154588756' },
    };
    const cases: [unknown, string][] = [
      [{}, 'should have action'],
      [{ action: 'pair' }, 'should have member'],
      [{ action: 'pair', member: {} }, 'should have member id'],
      [{ action: 'pair', member: { id: zhangsan } }, 'should have member with weixin'],
      [{ action: 'pair', member: { id: zhangsan, weixin: {} } }, 'should have member with weixin refresh token'],
      [{ action: 'pair', member: { id: zhangsan, weixin: { refresh_token: 'r' } } }, 'should have merchant'],
      [{ action: 'pair', member: { id: zhangsan, weixin: { refresh_token: 'r' }, merchant: {} } }, 'should have merchant id'],
      [{ ...full, options: undefined }, 'should have options'],
      [{ ...full, options: {} }, 'should have phone number'],
    ];
    for (const [body, message] of cases) {
      expect(await call('POST', '/wxoauth', { body })).toMatchObject({ status: 400, json: { message } });
    }
    const wrongPhone = await call('POST', '/wxoauth', { body: { ...full, options: { phone: '13000000000' } } });
    expect(wrongPhone).toMatchObject({ status: 400, json: { code: 'PHONE_MISMATCH' } });
    const wrongToken = await call('POST', '/wxoauth', { body: full });
    expect(wrongToken).toMatchObject({ status: 400, json: { code: 'WECHAT_OAUTH_FAILED' } });
    const otherMerchant = { ...full, member: { ...full.member, merchant: { merchantID: other.id } } };
    expect((await call('POST', '/wxoauth', { body: otherMerchant })).status).toBe(401);
  });

  it('pairs after checking phone and token, then finds the member by a new code and by the refresh token', async () => {
    const body = {
      action: 'pair',
      member: { id: zhangsan, merchant: { merchantID: merchant.id }, weixin: { openID: openid, refresh_token: refreshToken } },
      options: { phone: '15154588756' },
    };
    const paired = await call('POST', '/wxoauth', { body });
    expect(paired).toMatchObject({ status: 200, json: { id: zhangsan, weixin: { openID: openid } } });
    const found = await call('GET', `/wxoauth?code=${wechat.codeFor(openid)}&merchantID=${merchant.id}`);
    expect(found).toMatchObject({ status: 200, json: { id: zhangsan, weixin: { openID: openid } } });
    // The lookup replaced the stored token with WeChat's newest one: kept as its SHA-256 and sealed.
    const latest = wechat.latestRefreshToken(openid)!;
    const [row] = await app.ownerOrm.em
      .fork()
      .execute('select refresh_token_hash, refresh_token_sealed from member_channel where openid = ?', [openid]);
    expect(row.refresh_token_hash).toBe(createHash('sha256').update(latest).digest('hex'));
    expect(row.refresh_token_sealed).toMatch(/^v1\./);
    expect(row.refresh_token_sealed).not.toContain(latest);
    const byToken = await call('GET', `/members${jsonQuery({ weixin: { refresh_token: latest } })}`);
    expect(byToken.json.map((m: { id: string }) => m.id)).toEqual([zhangsan]);
    expect((await call('GET', `/members?weixin.refresh_token=${encodeURIComponent(refreshToken)}`)).json).toEqual([]);
  });

  it("updates through PUT with the member's own weixin.refresh_token, refuses someone else's with 401", async () => {
    const latest = encodeURIComponent(wechat.latestRefreshToken(openid)!);
    const own = await call('PUT', `/members/${zhangsan}?weixin.refresh_token=${latest}`, { body: { email: 'wx@qq.com' } });
    expect(own).toMatchObject({ status: 200, json: { email: 'wx@qq.com' } });
    const wrong = await call('PUT', `/members/${zhangsan}?weixin.refresh_token=abc123`, { body: { email: 'no@qq.com' } });
    expect(wrong.status).toBe(401);
    expect((await call('GET', `/members/${zhangsan}`)).json.email).toBe('wx@qq.com');
  });

  it('answers 400 for a spent or unknown code and for a merchant without WeChat, 401 for another merchantID', async () => {
    const code = wechat.codeFor(openid);
    expect((await call('GET', `/wxoauth?code=${code}&merchantID=${merchant.id}`)).status).toBe(200);
    const spent = await call('GET', `/wxoauth?code=${code}&merchantID=${merchant.id}`);
    expect(spent).toMatchObject({
      status: 400,
      json: { code: 'WECHAT_OAUTH_FAILED', message: 'WeChat refused: 40029 invalid code' },
    });
    expect((await call('GET', `/wxoauth?code=x&merchantID=${other.id}`)).status).toBe(401);
    const unconfigured = await call('GET', `/wxoauth?code=x&merchantID=${other.id}`, { auth: basic(otherRest) });
    expect(unconfigured).toMatchObject({ status: 400, json: { code: 'WECHAT_NOT_CONFIGURED' } });
    expect((await call('GET', `/wxoauth?merchantID=${merchant.id}`)).status).toBe(400);
    // The app secret never leaves the server: not in the GraphQL view of the merchant, not in an answer.
    expect(spent.text).not.toContain(wechat.appSecret);
  });
});
