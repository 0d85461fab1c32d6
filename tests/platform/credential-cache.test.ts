import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateTempOperatorKeyDocument, MerchantNameDocument, RevokeApiKeyDocument } from '../../src/generated/graphql.js';
import { credentialCache } from '../../src/request/credential-cache.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

/**
 * The credential cache (src/request/credential-cache.ts): a known key costs no lookup, and a
 * revocation takes effect at once in this process and, through LISTEN/NOTIFY, from others.
 * CREDENTIAL_CACHE_SECONDS is set far above any wait here, so only the notification can explain a
 * refusal that comes from another connection.
 */
let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp({ CREDENTIAL_CACHE_SECONDS: '300' });
  merchant = await app.createMerchant();
});
afterAll(() => app?.close());

const isLookup = (sql: string) => /authenticate_api_key/.test(sql);

async function newKey(): Promise<{ id: string; secret: string }> {
  const created = await app.gql(merchant.adminKey, CreateTempOperatorKeyDocument);
  const { secret, apiKey } = created.data!.createApiKey!;
  return { id: apiKey!.id, secret: secret! };
}

async function status(secret: string): Promise<number> {
  return (await app.gql(secret, MerchantNameDocument)).status;
}

describe('credential cache', () => {
  it('authenticates a key it has seen without asking the database', async () => {
    const key = await newKey();
    const first = await app.statementsOf(() => app.gql(key.secret, MerchantNameDocument));
    expect(first.filter(isLookup)).toEqual([]);
    expect(first[0]).toMatch(/^start transaction read only; select set_config\('app\.merchant_id'/);
  });

  it('refuses a key revoked through GraphQL at the very next request, though it was cached', async () => {
    const key = await newKey();
    expect(await status(key.secret)).toBe(200);
    expect(await status(key.secret)).toBe(200);
    await app.gql(merchant.adminKey, RevokeApiKeyDocument, { id: key.id });
    expect(await status(key.secret)).toBe(401);
  });

  it('refuses a key revoked by another connection (another process, psql) once its notification arrives', async () => {
    const key = await newKey();
    expect(await status(key.secret)).toBe(200);
    // The owner's own connection: no service of this process runs, only the trigger's notification tells.
    await app.ownerOrm.em.fork().execute('update api_key set revoked_at = now() where id = ?', [key.id]);
    await expect.poll(() => status(key.secret), { timeout: 3000, interval: 20 }).toBe(401);
  });

  it('caches nothing while its listener is disconnected, and again once it is back', async () => {
    const cache = credentialCache(app.orm)!;
    expect(cache.serving).toBe(true);
    const key = await newKey();
    expect(await status(key.secret)).toBe(200);

    await app.ownerOrm.em
      .fork()
      .execute(
        `select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen membergraph_credentials' and datname = current_database()`,
      );
    await expect.poll(() => cache.serving, { timeout: 3000, interval: 10 }).toBe(false);
    // A revocation while nobody listens: its notification is lost, and the cache must not matter.
    await app.ownerOrm.em.fork().execute('update api_key set revoked_at = now() where id = ?', [key.id]);
    expect(await status(key.secret)).toBe(401);
    const other = await newKey();
    const uncached = await app.statementsOf(() => app.gql(other.secret, MerchantNameDocument));
    expect(uncached.filter(isLookup)).toHaveLength(1);

    await expect.poll(() => cache.serving, { timeout: 5000, interval: 20 }).toBe(true);
    expect(await status(key.secret)).toBe(401);
    const cached = await app.statementsOf(() => app.gql(other.secret, MerchantNameDocument));
    expect(cached.filter(isLookup)).toEqual([]);
  });
});
