import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { countMerchants } from '../../src/db/bootstrap.js';
import { createOrm, migrate, scopeToMerchant, type Orm } from '../../src/db/orm.js';
import { ApiKeyRole, ShimContract } from '../../src/domain/access.enums.js';
import { authenticateApiKey, resolveShimApp } from '../../src/request/authenticate.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { operatorContext } from '../../src/request/context.js';
import { createApiKey } from '../../src/services/api-key.service.js';
import { createMerchant } from '../../src/services/merchant.service.js';
import { installSecretsKey } from '../../src/db/secret-box.js';
import { createShimApp } from '../../src/services/shim-app.service.js';
import { databaseUrl } from '../support/global-setup.js';
import { TEST_SECRETS_KEY } from '../support/test-app.js';

/**
 * Row-level security is FORCEd on every tenant table, so the tables' owner is held too. Tests
 * otherwise run as a superuser (who bypasses RLS whatever is set); here a database is migrated
 * and used by an owner that is not one, as docs/operations.md recommends for production.
 */

const suffix = randomBytes(4).toString('hex');
const ownerRole = `mg_owner_${suffix}`;
const database = `${inject('databasePrefix')}owner_${suffix}`;
let admin: pg.Client;
let ownerOrm: Orm;
let appOrm: Orm;

beforeAll(async () => {
  installSecretsKey(Buffer.from(TEST_SECRETS_KEY, 'base64'));
  admin = new pg.Client({ connectionString: inject('serverUrl') });
  await admin.connect();
  await admin.query(`create role ${ownerRole} login createrole nosuperuser nobypassrls password 'owner'`);
  await admin.query(`create database "${database}" owner ${ownerRole}`);
  const url = new URL(databaseUrl(inject('serverUrl'), database));
  url.username = ownerRole;
  url.password = 'owner';
  ownerOrm = await createOrm({ url: url.toString(), asAppRole: false, poolMax: 2 });
  await migrate(ownerOrm);
  appOrm = await createOrm({ url: url.toString(), asAppRole: true, poolMax: 2 });
});
afterAll(async () => {
  await appOrm?.close();
  await ownerOrm?.close();
  await admin.query(`drop database if exists "${database}" with (force)`);
  await admin.query(`drop role if exists ${ownerRole}`);
  await admin.end();
});

describe('FORCE row level security', () => {
  it('is forced on every table that has row-level security', async () => {
    const tables = await ownerOrm.em.fork().execute<{ relname: string; forced: boolean }[]>(
      `select relname, relforcerowsecurity as forced from pg_class
          where relnamespace = current_schema()::regnamespace and relkind = 'r' and relrowsecurity order by relname`,
    );
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.filter((t) => !t.forced)).toEqual([]);
  });

  it("holds the owner: without a merchant it sees none of a merchant's rows, and writes none", async () => {
    const merchant = await createMerchant(appOrm, { name: 'Held', timeZone: 'Asia/Shanghai' });
    const em = scopeToMerchant(appOrm.em.fork(), merchant.id);
    await em.execute(`insert into member (id, merchant_id, code) values (gen_random_uuid(), ?, 'M1')`, [merchant.id]);
    const owner = ownerOrm.em.fork();
    expect(await owner.execute('select count(*)::int as n from member')).toEqual([{ n: 0 }]);
    expect(await owner.execute('select count(*)::int as n from points_balance')).toEqual([{ n: 0 }]);
    await expect(
      owner.execute(`insert into member (id, merchant_id, code) values (gen_random_uuid(), ?, 'M2')`, [merchant.id]),
    ).rejects.toThrow(/row-level security/);
    // With the merchant set, as any request does, it sees that merchant's rows.
    expect(await scopeToMerchant(ownerOrm.em.fork(), merchant.id).execute('select count(*)::int as n from member')).toEqual([
      { n: 1 },
    ]);
  });

  it('still authenticates API keys and shim apps, and counts merchants, through the owner-run lookups', async () => {
    const merchant = await createMerchant(appOrm, { name: 'Lookups', timeZone: 'Asia/Shanghai' });
    const ctx = operatorContext(
      { orm: appOrm, config: loadConfig({ LOG_LEVEL: 'silent' }), log: createLogger('silent'), metrics: createMetrics() },
      merchant.id,
    );
    const { secret } = await createApiKey(ctx, { name: 'k', role: ApiKeyRole.OPERATOR });
    expect(await authenticateApiKey(appOrm, secret)).toMatchObject({ merchantId: merchant.id, role: ApiKeyRole.OPERATOR });
    const created = await createShimApp(ctx, { contract: ShimContract.CPOINT_INNER, name: 'inner' });
    expect(await resolveShimApp(appOrm, ShimContract.CPOINT_INNER, created.app.appKey)).toMatchObject({
      merchantId: merchant.id,
      timeZone: 'Asia/Shanghai',
    });
    expect(await countMerchants(ownerOrm)).toBeGreaterThanOrEqual(2);
  });
});
