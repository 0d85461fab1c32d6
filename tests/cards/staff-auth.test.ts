import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import { fails, fundedCard, ok, setUpShop, startCardApp, type CardShop } from './support.js';
import {
  CreateStaffUserDocument,
  CreateStoreBDocument,
  FailedLoginThenLogoutDocument,
  MerchantNameDocument,
  RevokeStaffSessionsDocument,
  SaveCardTemplateDocument,
  SaveStaffRoleDocument,
  SendRefundSmsCodeDocument,
  SetStaffPasswordDocument,
  SpendFromCardDocument,
  StaffLoginDocument,
  StaffLogoutDocument,
  StaffUserLoginsDocument,
  StaffUsernamesDocument,
  UpdateStaffUserDocument,
  ViewerDocument,
} from '../../src/generated/graphql.js';

let app: TestApp;
let shop: CardShop;
let cashierRoleId: string;

/**
 * Posts without any Authorization header, as the login page does; `from` is the client's IP, told
 * by the (loopback, trusted) proxy in X-Forwarded-For.
 */
async function anonymous<T, V>(document: TypedDocumentNode<T, V>, variables?: V, from?: string) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

interface LoginAnswer {
  errors: { code: string }[];
  token: string | null;
  deviceToken: string | null;
  staffUser: any;
}

async function login(
  username: string,
  password: string,
  merchantId = shop.merchant.id,
  options: { from?: string; deviceToken?: string } = {},
): Promise<LoginAnswer> {
  const res = await anonymous(
    StaffLoginDocument,
    { input: { merchantId, username, password, deviceToken: options.deviceToken } },
    options.from,
  );
  return res.data?.staffLogin as LoginAnswer;
}

async function createUser(username: string, password = 'secret-pass', extra: Record<string, unknown> = {}) {
  return ok(app, shop.merchant.adminKey, CreateStaffUserDocument, {
    input: { username, password, roleId: cashierRoleId, storeIds: [shop.merchant.store.id], ...extra },
  });
}

beforeAll(async () => {
  app = await startCardApp({
    LOGIN_MAX_FAILURES_PER_USER_SOURCE: '5',
    LOGIN_MAX_FAILURES_PER_IP: '25',
    LOGIN_MAX_FAILURES_PER_USERNAME: '12',
  });
  shop = await setUpShop(app);
  cashierRoleId = (
    await ok(app, shop.merchant.adminKey, SaveStaffRoleDocument, {
      input: { name: 'cashier', menus: ['appUser'], permissions: ['CARD_OPERATE', 'COUPON_OPERATE'] },
    })
  ).staffRole.id;
});
afterAll(() => app?.close());

describe('staff accounts and login', () => {
  it('logs in with the password or its MD5 hex and returns a token that works as a bearer credential', async () => {
    const created = await createUser('alice', 'Pa55word!', { realName: 'Alice' });
    expect(created.staffUser).toMatchObject({
      username: 'alice',
      active: true,
      role: { name: 'cashier' },
      stores: [{ id: shop.merchant.store.id }],
    });
    const [stored] = await app.ownerOrm.em
      .fork()
      .execute('select password_hash from staff_user where id = ?', [created.staffUser.id]);
    expect(stored.password_hash).toMatch(/^scrypt\$1024\$8\$1\$/);

    const plain = await login('ALICE', 'Pa55word!');
    expect(plain.errors).toEqual([]);
    expect(plain.token).toMatch(/^mgs_/);
    expect(plain.staffUser).toMatchObject({ username: 'alice', loginCount: 1 });
    const md5 = createHash('md5').update('Pa55word!').digest('hex').toUpperCase();
    const legacy = await login('alice', md5);
    expect(legacy.staffUser.loginCount).toBe(2);
    const [session] = await app.ownerOrm.em
      .fork()
      .execute('select token_hash from staff_session where staff_user_id = ? limit 1', [created.staffUser.id]);
    expect(session.token_hash).not.toContain(plain.token!.slice(4));

    const viewer = await app.gql(plain.token!, ViewerDocument);
    expect(viewer.data?.viewer).toMatchObject({
      kind: 'staff',
      permissions: ['CARD_OPERATE', 'COUPON_OPERATE'],
      staffUser: {
        username: 'alice',
        realName: 'Alice',
        role: { name: 'cashier', menus: ['appUser'] },
        stores: [{ id: shop.merchant.store.id }],
      },
    });
  });

  it('checks permissions on mutations and records the staff user and store on what they do', async () => {
    await createUser('bob');
    const { token } = await login('bob', 'secret-pass');
    const { cardId, phone } = await fundedCard(app, shop, '50.00');
    // The staff user acts for one store, so the store need not be named.
    const spent = await ok(app, token!, SpendFromCardDocument, { input: { cardId, amount: '5', password: phone.slice(-6) } });
    const [row] = await app.ownerOrm.em
      .fork()
      .execute('select store_id, staff_user_id from card_spend where id = ?', [spent.spend.id]);
    expect(row.store_id).toBe(shop.merchant.store.id);
    expect(row.staff_user_id).not.toBeNull();

    const refund = await app.gql(token!, SendRefundSmsCodeDocument);
    expect(refund.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const config = await app.gql(token!, SaveCardTemplateDocument, { input: { title: 'x', type: 'STORED_VALUE' } });
    expect(config.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await app.gql(shop.merchant.adminKey, CreateStoreBDocument);
    const notMine = await fails(app, token!, SpendFromCardDocument, {
      input: { cardId, amount: '1', password: phone.slice(-6), storeId: other.data?.createStore.store!.id },
    });
    expect(notMine.code).toBe('STORE_NOT_ALLOWED');
  });

  it('refuses wrong passwords, unknown users and merchants with one error', async () => {
    await createUser('carol');
    for (const [user, password, merchant] of [
      ['carol', 'wrong-pass', shop.merchant.id],
      ['nobody', 'secret-pass', shop.merchant.id],
      ['carol', 'secret-pass', '00000000-0000-4000-8000-000000000000'],
      ['carol', 'secret-pass', 'not-a-uuid'],
    ] as const) {
      const res = await login(user, password, merchant);
      expect(res.errors[0]).toMatchObject({ code: 'INVALID_CREDENTIALS' });
      expect(res.token).toBeNull();
    }
  });

  it('throttles a username at one source after five failures, even with the right password, counting parallel guesses', async () => {
    await createUser('dave');
    const from = '198.51.100.1';
    const guesses = await Promise.all(Array.from({ length: 12 }, (_, i) => login('dave', `guess-${i}`, undefined, { from })));
    const codes = guesses.map((g) => g.errors[0]!.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'LOGIN_THROTTLED')).toHaveLength(7);
    const right = await login('dave', 'secret-pass', undefined, { from });
    expect(right.errors[0]!.code).toBe('LOGIN_THROTTLED');
    // Another user is not affected; once the window has passed, dave may log in there again.
    await createUser('erin');
    expect((await login('erin', 'secret-pass', undefined, { from: '198.51.100.2' })).errors).toEqual([]);
    await app.ownerOrm.em
      .fork()
      .execute(`update staff_login_attempt set created_at = now() - interval '1 hour' where username = 'dave'`);
    expect((await login('dave', 'secret-pass', undefined, { from })).errors).toEqual([]);
  });

  it('lets the real user in from their own source while someone else has throttled the username elsewhere', async () => {
    await createUser('olga');
    for (let i = 0; i < 6; i++) await login('olga', `guess-${i}`, undefined, { from: '203.0.113.66' });
    expect((await login('olga', 'secret-pass', undefined, { from: '203.0.113.66' })).errors[0]!.code).toBe('LOGIN_THROTTLED');
    // Before, the username itself was locked for everyone for the window: anyone who knew it could lock its owner out.
    const owner = await login('olga', 'secret-pass', undefined, { from: '192.0.2.10' });
    expect(owner.errors).toEqual([]);
    expect(owner.token).toMatch(/^mgs_/);
    expect(owner.deviceToken).toMatch(/^mgd_/);
  });

  it('throttles a username guessed from many sources, except on a device its owner logged in with', async () => {
    await createUser('hank');
    const device = (await login('hank', 'secret-pass', undefined, { from: '192.0.2.20' })).deviceToken!;
    const [stored] = await app.ownerOrm.em.fork().execute('select token_hash from staff_device where token_hash like ?', ['%']);
    expect(JSON.stringify(stored)).not.toContain(device.slice(4));
    // A distributed guess: 4 tries from each of 4 addresses, below the per-source limit of 5.
    for (let ip = 1; ip <= 4; ip++) {
      for (let i = 0; i < 4; i++) await login('hank', `guess-${ip}-${i}`, undefined, { from: `203.0.113.${ip}` });
    }
    // 16 failures from untrusted sources together pass the username limit (12): a new source waits...
    expect((await login('hank', 'secret-pass', undefined, { from: '192.0.2.21' })).errors[0]!.code).toBe('LOGIN_THROTTLED');
    // ...but the owner's device still gets in, and keeps its token.
    const trusted = await login('hank', 'secret-pass', undefined, { from: '192.0.2.21', deviceToken: device });
    expect(trusted.errors).toEqual([]);
    expect(trusted.deviceToken).toBe(device);
    // A device token is for its user only, and a stolen one is throttled on its own after five failures.
    await createUser('ivy');
    expect((await login('ivy', 'wrong', undefined, { from: '192.0.2.30', deviceToken: device })).errors[0]!.code).toBe(
      'INVALID_CREDENTIALS',
    );
    for (let i = 0; i < 5; i++) await login('hank', `stolen-${i}`, undefined, { from: '203.0.113.99', deviceToken: device });
    expect((await login('hank', 'secret-pass', undefined, { deviceToken: device })).errors[0]!.code).toBe('LOGIN_THROTTLED');
  });

  it('throttles an IP that fails across many usernames', async () => {
    const strict = await startCardApp({ LOGIN_MAX_FAILURES_PER_USER_SOURCE: '5', LOGIN_MAX_FAILURES_PER_IP: '3' });
    try {
      const m = await strict.createMerchant('Strict');
      const attempt = async (username: string) => {
        const r = await fetch(`${strict.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: print(StaffLoginDocument),
            variables: { input: { merchantId: m.id, username, password: 'x' } },
          }),
        });
        return ((await r.json()) as any).data.staffLogin.errors[0].code;
      };
      expect([await attempt('u1'), await attempt('u2'), await attempt('u3')]).toEqual([
        'INVALID_CREDENTIALS',
        'INVALID_CREDENTIALS',
        'INVALID_CREDENTIALS',
      ]);
      expect(await attempt('u4')).toBe('LOGIN_THROTTLED');
    } finally {
      await strict.close();
    }
  });

  it('ends sessions on logout, deactivation and expiry', async () => {
    const user = await createUser('frank');
    const a = (await login('frank', 'secret-pass')).token!;
    expect((await app.gql(a, ViewerDocument)).status).toBe(200);
    const out = await app.gql(a, StaffLogoutDocument);
    expect(out.data?.staffLogout).toBe(true);
    expect((await app.gql(a, ViewerDocument)).status).toBe(401);

    const b = (await login('frank', 'secret-pass')).token!;
    await app.ownerOrm.em
      .fork()
      .execute(`update staff_session set expires_at = now() - interval '1 second' where staff_user_id = ?`, [user.staffUser.id]);
    expect((await app.gql(b, ViewerDocument)).status).toBe(401);

    const c = (await login('frank', 'secret-pass')).token!;
    await ok(app, shop.merchant.adminKey, UpdateStaffUserDocument, { input: { id: user.staffUser.id, active: false } });
    expect((await app.gql(c, ViewerDocument)).status).toBe(401);
    expect((await login('frank', 'secret-pass')).errors[0]!.code).toBe('INVALID_CREDENTIALS');
  });

  it('ends every session on a new password or on revocation, and lists staff for managers', async () => {
    const user = await createUser('ivan');
    const first = (await login('ivan', 'secret-pass')).token!;
    await ok(app, shop.merchant.adminKey, SetStaffPasswordDocument, {
      id: user.staffUser.id,
    });
    expect((await app.gql(first, ViewerDocument)).status).toBe(401);
    expect((await login('ivan', 'secret-pass')).errors[0]!.code).toBe('INVALID_CREDENTIALS');
    const second = (await login('ivan', 'new-secret')).token!;
    const revoked = await ok(app, shop.merchant.adminKey, RevokeStaffSessionsDocument, { id: user.staffUser.id });
    expect(revoked.count).toBe(1);
    expect((await app.gql(second, ViewerDocument)).status).toBe(401);
    const list = await app.gql(shop.merchant.adminKey, StaffUserLoginsDocument);
    expect(list.data?.staffUsers.find((u: { username: string }) => u.username === 'ivan')).toMatchObject({ loginCount: 2 });
    const denied = await app.gql(shop.merchant.operatorKey, StaffUsernamesDocument);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an anonymous caller log in and nothing else', async () => {
    const res = await anonymous(MerchantNameDocument);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const mixed = await anonymous(FailedLoginThenLogoutDocument, { merchantId: shop.merchant.id });
    expect(mixed.status).toBe(401);
    const bad = await app.gql('mgs_not-a-real-token', ViewerDocument);
    expect(bad.status).toBe(401);
  });

  it('refuses duplicate usernames and role names, and staff management without the permission', async () => {
    await createUser('gina');
    const dup = await fails(app, shop.merchant.adminKey, CreateStaffUserDocument, {
      input: { username: 'Gina', password: 'secret-pass' },
    });
    expect(dup).toMatchObject({ code: 'DUPLICATE_USERNAME', field: 'username' });
    const role = await fails(app, shop.merchant.adminKey, SaveStaffRoleDocument, { input: { name: 'cashier' } });
    expect(role.code).toBe('DUPLICATE_ROLE_NAME');
    const res = await app.gql(shop.merchant.operatorKey, CreateStaffUserDocument, {
      input: { username: 'henry', password: 'secret-pass' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
