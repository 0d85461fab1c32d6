import { sealContext, sealText } from '../../src/db/secret-box.js';
import { ShimContract } from '../../src/domain/access.enums.js';
import { createShimApp } from '../../src/services/shim-app.service.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rsaSignBase64 } from '../../src/shims/common/signing.js';
import { requestSigningString, responseSigningString } from '../../src/shims/partner-openapi/dialect.js';
import { callPartner, createPartnerApp, type PartnerApp } from '../support/partner-client.js';
import { snapshotMerchant } from '../support/tenant.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import {
  MERCHANT_PRIVATE_KEY_PEM,
  MERCHANT_PUBLIC_KEY_PEM,
  PARTNER_ANSWER_CANONICAL,
  PARTNER_ANSWER_SIGN,
  PARTNER_PRIVATE_KEY_PEM,
  PARTNER_PUBLIC_KEY_PEM,
  PARTNER_REQUEST,
  PARTNER_REQUEST_CANONICAL,
  PARTNER_REQUEST_PATH,
  PARTNER_REQUEST_SIGN,
} from './signing-examples.js';
import { RevokeShimAppDocument, SetShimAppStatusDocument, ShimAppKeysDocument } from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;
let other: TestMerchant;
let partner: PartnerApp;
let otherPartner: PartnerApp;

const REGISTER = '/member/register/mobile';
const registerBody = (mobile: string) => ({ channelCode: 'xcx', mobile, thirdPartyCode: `o_${mobile}`, registerType: '2' });

beforeAll(async () => {
  app = await startTestApp({ BODY_LIMIT: '4kb' });
  merchant = await app.createMerchant('A');
  other = await app.createMerchant('B');
  partner = await createPartnerApp(app, merchant);
  otherPartner = await createPartnerApp(app, other);
});
afterAll(() => app?.close());

const raw = (body: string, contentType = 'application/json') =>
  fetch(`${app.url}${REGISTER}`, { method: 'POST', headers: { 'content-type': contentType }, body }).then(async (r) => ({
    status: r.status,
    json: (await r.json()) as Record<string, string>,
  }));

describe('partner-openapi signatures against a worked example computed with openssl', () => {
  it('builds the canonical strings and the RSA-SHA256 signature as openssl does', () => {
    expect(requestSigningString(PARTNER_REQUEST_PATH, PARTNER_REQUEST)).toBe(PARTNER_REQUEST_CANONICAL);
    expect(rsaSignBase64(PARTNER_PRIVATE_KEY_PEM, PARTNER_REQUEST_CANONICAL)).toBe(PARTNER_REQUEST_SIGN);
    expect(responseSigningString({ ver: '1', statusCode: '301', message: '会员不存在', sign: 'ignored' })).toBe(
      PARTNER_ANSWER_CANONICAL,
    );
  });

  it("accepts the document's worked example over HTTP and signs the answer exactly as openssl does", async () => {
    const shop = await app.createMerchant('Worked example');
    // The merchant's answer-signing key is the fixture's, in place (sealed, as every private key is
    // stored) before any app would make one.
    await app.ownerOrm.em
      .fork()
      .execute('insert into merchant_signing_key (merchant_id, private_key_pem, public_key_pem) values (?, ?, ?)', [
        shop.id,
        sealText(MERCHANT_PRIVATE_KEY_PEM, sealContext.signingKey(shop.id)),
        MERCHANT_PUBLIC_KEY_PEM,
      ]);
    // The example's appId is a chosen app key: the operator's to set (cli shimapp:create --app-key).
    const created = await createShimApp(
      app.operatorContext(shop.id),
      {
        contract: ShimContract.PARTNER_OPENAPI,
        name: 'worked example',
        appKey: PARTNER_REQUEST.appId,
        partnerId: PARTNER_REQUEST.partnerId,
        publicKeyPem: PARTNER_PUBLIC_KEY_PEM,
      },
      { byOperator: true },
    );
    expect(created.signingPublicKeyPem).toBe(MERCHANT_PUBLIC_KEY_PEM);
    const send = (sign: string) =>
      fetch(`${app.url}/member/getMemberInfoByIdOrMobile`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...PARTNER_REQUEST, ver: 1, sign }),
      }).then((r) => r.json());
    // No member has the example's id, so the answer is 301, signed with the merchant's key.
    expect(await send(PARTNER_REQUEST_SIGN)).toEqual({
      ver: '1',
      statusCode: '301',
      message: '会员不存在',
      sign: PARTNER_ANSWER_SIGN,
    });
    // The same request under any other signature is refused.
    const flipped = `${PARTNER_REQUEST_SIGN[0] === 'A' ? 'B' : 'A'}${PARTNER_REQUEST_SIGN.slice(1)}`;
    expect(await send(flipped)).toMatchObject({ statusCode: '202', message: 'The signature does not verify.' });
  });
});

describe('partner-openapi envelope and signatures', () => {
  it('refuses a bad signature, a signature over other content, and "skip" from an app that must sign', async () => {
    const bad = await callPartner(app, partner, REGISTER, registerBody('13000000001'), { sign: 'AAAA' });
    expect(bad.envelope).toMatchObject({ statusCode: '202', message: 'The signature does not verify.' });
    expect(bad.signatureValid).toBe(true);
    const good = await callPartner(app, partner, REGISTER, registerBody('13000000002'));
    const replayed = await callPartner(app, partner, REGISTER, registerBody('13000000003'), { sign: good.envelope.sign });
    expect(replayed.envelope.statusCode).toBe('202');
    const skip = await callPartner(app, partner, REGISTER, registerBody('13000000004'), { sign: 'skip' });
    expect(skip.envelope).toMatchObject({ statusCode: '202', message: 'This app must sign its requests.' });
    const written = await app.ownerOrm.em
      .fork()
      .execute("select mobile from member where mobile in ('13000000001', '13000000003', '13000000004')");
    expect(written).toEqual([]);
  });

  it('accepts "skip" from an app marked for unsigned development use', async () => {
    const dev = await createPartnerApp(app, merchant, { allowUnsigned: true });
    const answer = await callPartner(app, dev, REGISTER, registerBody('13000000005'), { sign: 'skip' });
    expect(answer.envelope.statusCode).toBe('100');
  });

  it('answers JSON in UTF-8 with its length in bytes, not characters (会员不存在 is 15 bytes)', async () => {
    const env = { appId: partner.appId, partnerId: partner.partnerId, requestBody: '{"mobile":"10000000009"}', ver: '1' };
    const sign = rsaSignBase64(partner.privateKeyPem, requestSigningString('/member/getMemberInfoByIdOrMobile', env));
    const res = await fetch(`${app.url}/member/getMemberInfoByIdOrMobile`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...env, sign }),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    const text = bytes.toString('utf8');
    expect(JSON.parse(text)).toMatchObject({ statusCode: '301', message: '会员不存在' });
    expect(bytes.length).toBe(text.length + 2 * '会员不存在'.length);
  });

  it('answers 203 for an unknown app, unsigned because no merchant is known', async () => {
    const answer = await callPartner(app, { ...partner, appId: 'no-such-app' }, REGISTER, registerBody('13000000006'));
    expect(answer.envelope).toEqual({ ver: '1', statusCode: '203', message: 'Unknown or revoked app.', sign: '' });
  });

  it("answers 204 when partnerId is not the app's, in the envelope or inside requestBody", async () => {
    const envelopeMismatch = await callPartner(app, partner, REGISTER, registerBody('13000000007'), {
      partnerId: otherPartner.partnerId,
    });
    expect(envelopeMismatch.envelope.statusCode).toBe('204');
    const innerMismatch = await callPartner(app, partner, REGISTER, {
      ...registerBody('13000000008'),
      partnerId: otherPartner.partnerId,
    });
    expect(innerMismatch.envelope.statusCode).toBe('204');
  });

  it("cannot reach another merchant's members with its own app", async () => {
    const theirs = await callPartner(app, otherPartner, REGISTER, registerBody('13900000001'));
    const before = await snapshotMerchant(app.ownerOrm, other.id);
    const read = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', { memberId: theirs.body.memberId });
    expect(read.envelope.statusCode).toBe('301');
    const byMobile = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', { mobile: '13900000001' });
    expect(byMobile.envelope.statusCode).toBe('301');
    expect(await snapshotMerchant(app.ownerOrm, other.id)).toEqual(before);
  });

  it('answers 205 while the app is closed and 203 once it is revoked', async () => {
    const apps = await app.gql(merchant.adminKey, ShimAppKeysDocument);
    const id = apps.data!.shimApps.find((a: { appKey: string }) => a.appKey === partner.appId)!.id;
    await app.gql(merchant.adminKey, SetShimAppStatusDocument, { id, s: 'CLOSED' });
    expect((await callPartner(app, partner, REGISTER, registerBody('13000000009'))).envelope.statusCode).toBe('205');
    await app.gql(merchant.adminKey, SetShimAppStatusDocument, { id, s: 'OPEN' });
    expect((await callPartner(app, partner, REGISTER, registerBody('13000000010'))).envelope.statusCode).toBe('100');
    const spare = await createPartnerApp(app, merchant);
    const spareId = (await app.gql(merchant.adminKey, ShimAppKeysDocument)).data!.shimApps.find(
      (a: { appKey: string }) => a.appKey === spare.appId,
    )!.id;
    await app.gql(merchant.adminKey, RevokeShimAppDocument, { id: spareId });
    expect((await callPartner(app, spare, REGISTER, registerBody('13000000011'))).envelope.statusCode).toBe('203');
  });

  it('answers malformed requests in the envelope: not JSON, requestBody not JSON, wrong types, too large', async () => {
    const notJson = await raw('{"appId": ');
    expect(notJson).toEqual({
      status: 200,
      json: { ver: '1', statusCode: '201', message: 'The request body cannot be parsed.', sign: '' },
    });
    const innerBroken = await callPartner(app, partner, REGISTER, '{not json');
    expect(innerBroken.envelope).toMatchObject({ statusCode: '201', message: 'requestBody is not a JSON object.' });
    const wrongType = await callPartner(app, partner, REGISTER, { ...registerBody('13000000012'), registerType: 'two' });
    expect(wrongType.envelope.statusCode).toBe('201');
    expect(wrongType.envelope.message).toMatch(/registerType/);
    const tooLarge = await raw(JSON.stringify({ appId: partner.appId, requestBody: 'x'.repeat(6000) }));
    expect(tooLarge.json).toMatchObject({ statusCode: '201', message: 'The request body is larger than the limit.' });
    const noAppId = await raw(JSON.stringify({ partnerId: partner.partnerId, requestBody: '{}' }));
    expect(noAppId.json).toMatchObject({ statusCode: '201', message: 'appId is required.' });
  });

  it('serves an OpenAPI document generated from the request schemas', async () => {
    const doc = (await (await fetch(`${app.url}/shims/partner-openapi/openapi.json`)).json()) as any;
    expect(doc.openapi).toBe('3.1.0');
    const register = doc.paths['/member/register/mobile'].post;
    const inner = register.requestBody.content['application/json'].schema.properties.requestBody.contentSchema;
    expect(inner.properties.registerType).toBeDefined();
    expect(inner.required).toEqual(expect.arrayContaining(['channelCode', 'mobile', 'registerType']));
  });
});
