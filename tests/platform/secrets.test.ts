import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { sealPlaintextSecrets } from '../../src/db/bootstrap.js';
import { createLogger } from '../../src/observability/logger.js';
import { resolveSecretsKey } from '../../src/db/secret-box.js';
import { createMembers } from '../loyalty/fixtures.js';
import { callCpoint, expectFailure, expectSuccess } from '../support/cpoint-client.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { createPartnerApp } from '../support/partner-client.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

let app: TestApp;
let merchant: TestMerchant;
let other: TestMerchant;
let inner: HmacApp;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant('Secrets');
  other = await app.createMerchant('Other');
  inner = await createHmacApp(app, merchant, 'CPOINT_INNER');
});
afterAll(() => app?.close());

const owner = () => app.ownerOrm.em.fork();

describe('secrets at rest', () => {
  it('stores HMAC secrets, merchant private keys and QR keys sealed, never in clear', async () => {
    await createPartnerApp(app, merchant);
    await app.gql(
      merchant.operatorKey,
      `mutation { updateCardSettings(input: { smsPhone: "13900000000" }) { errors { code } } }`,
    );
    await app.gql(merchant.adminKey, '{ cardSettings { smsPhone } }');
    const [row] = await owner().execute('select secret from shim_app where id = ?', [inner.id]);
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain(inner.secret);
    const [signing] = await owner().execute('select private_key_pem from merchant_signing_key where merchant_id = ?', [
      merchant.id,
    ]);
    expect(signing.private_key_pem).toMatch(/^v1\./);
    expect(signing.private_key_pem).not.toMatch(/PRIVATE KEY/);
    const [settings] = await owner().execute(
      'select length(qr_key)::int as n, get_byte(qr_key, 0) as v from card_settings where merchant_id = ?',
      [merchant.id],
    );
    expect(settings).toEqual({ n: 61, v: 1 });
  });

  it('gives the app role only ciphertext through resolve_shim_app, bound to its row', async () => {
    const rows = await app.orm.em.fork().execute("select * from resolve_shim_app('cpoint-inner', ?)", [inner.appKey]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0])).not.toContain(inner.secret);
    // A sealed secret copied onto another app's row does not open there: its signatures fail.
    const second = await createHmacApp(app, merchant, 'CPOINT_INNER');
    await owner().execute('update shim_app set secret = (select secret from shim_app where id = ?) where id = ?', [
      inner.id,
      second.id,
    ]);
    const [uid] = (await createMembers(app, merchant, 1)) as [string];
    const answer = await callCpoint(app, { ...second, secret: inner.secret }, '/user/getCpoint', { uid });
    expectFailure(answer, 10500);
    expectSuccess(await callCpoint(app, inner, '/user/getCpoint', { uid }));
  });

  it('seals secrets a database kept in clear, and they still verify', async () => {
    const plain = await createHmacApp(app, merchant, 'CPOINT_INNER');
    await owner().execute("update shim_app set secret = 'clear-secret' where id = ?", [plain.id]);
    const [uid] = (await createMembers(app, merchant, 1)) as [string];
    expectSuccess(await callCpoint(app, { ...plain, secret: 'clear-secret' }, '/user/getCpoint', { uid }));
    expect(await sealPlaintextSecrets(app.orm, app.ownerOrm)).toBeGreaterThanOrEqual(1);
    const [row] = await owner().execute('select secret from shim_app where id = ?', [plain.id]);
    expect(row.secret).toMatch(/^v1\./);
    expectSuccess(await callCpoint(app, { ...plain, secret: 'clear-secret' }, '/user/getCpoint', { uid }));
    expect(await sealPlaintextSecrets(app.orm, app.ownerOrm)).toBe(0);
  });

  it('takes the key from SECRETS_KEY, generates one into the data folder for the embedded default, and requires one otherwise', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mg-secrets-'));
    const generated = resolveSecretsKey(loadConfig({ DATA_DIR: dataDir }));
    expect(generated).toHaveLength(32);
    expect(statSync(join(dataDir, 'secrets.key')).mode & 0o777).toBe(0o600);
    expect(resolveSecretsKey(loadConfig({ DATA_DIR: dataDir }))).toEqual(generated);
    expect(readFileSync(join(dataDir, 'secrets.key'), 'utf8').trim()).toBe(generated.toString('base64'));
    const hex = 'ab'.repeat(32);
    expect(resolveSecretsKey(loadConfig({ DATABASE_URL: 'postgresql://x@127.0.0.1/db', SECRETS_KEY: hex }))).toEqual(
      Buffer.from(hex, 'hex'),
    );
    expect(() => resolveSecretsKey(loadConfig({ DATABASE_URL: 'postgresql://x@127.0.0.1/db' }))).toThrow(/Set SECRETS_KEY/);
  });
});

describe('what leaks', () => {
  it('redacts x-signature, as it promises for every credential', () => {
    const lines: string[] = [];
    const log = createLogger(
      'info',
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    log.info({ req: { headers: { 'x-signature': 'f00dfeed', authorization: 'Bearer mg_x', 'x-app-id': 'erp' } } }, 'request');
    log.info({ params: { sig: 'abc123', sign: 'rsa==' } }, 'params');
    const text = lines.join('');
    expect(text).not.toMatch(/f00dfeed|mg_x|abc123|rsa==/);
    expect(text).toContain('erp');
  });

  it('answers createShimApp with a chosen app key the same whether another merchant uses it or not', async () => {
    const create = (key: string, appKey: string) =>
      app.gql(
        key,
        'mutation($k: String) { createShimApp(input: { contract: CPOINT_INNER, name: "x", appKey: $k }) { errors { code field message } } }',
        {
          k: appKey,
        },
      );
    const taken = await create(other.adminKey, inner.appKey);
    const free = await create(other.adminKey, 'nobody-has-this-key');
    expect(taken.data!.createShimApp.errors).toEqual(free.data!.createShimApp.errors);
    expect(taken.data!.createShimApp.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'appKey' });
    expect(JSON.stringify(taken)).not.toMatch(/DUPLICATE_APP_KEY|taken/);
  });
});
