import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_SECRETS_KEY, type TestApp } from '../support/test-app.js';
import { MerchantAndStoresDocument, MerchantNameDocument } from '../../src/generated/graphql.js';

const run = promisify(execFile);
let app: TestApp;

/** Runs the built CLI (as `npm run cli` does) in a child process against this file's database; stdout must be JSON. */
async function cli(...args: string[]): Promise<{ code: number; json: any; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/launch.mjs', 'src/cli.js', ...args], {
      env: { ...process.env, DATABASE_URL: app.databaseUrl, SECRETS_KEY: TEST_SECRETS_KEY, LOG_LEVEL: 'warn' },
    });
    return { code: 0, json: JSON.parse(stdout), stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, json: e.stdout ? JSON.parse(e.stdout) : null, stderr: e.stderr };
  }
}

/** The same, for output that is not JSON (help). */
async function cliText(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['scripts/launch.mjs', 'src/cli.js', ...args], {
      env: { ...process.env, DATABASE_URL: app.databaseUrl },
    });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('cli', () => {
  it('creates a merchant, a store and an API key that then works on /graphql', async () => {
    const merchant = await cli('merchant:create', '--name', 'CLI Shop', '--time-zone', 'Europe/Berlin');
    expect(merchant.code).toBe(0);
    expect(merchant.json).toMatchObject({ name: 'CLI Shop', timeZone: 'Europe/Berlin' });

    const store = await cli(
      'store:create',
      '--merchant',
      merchant.json.id,
      '--code',
      'HQ',
      '--name',
      'Head office',
      '--org-type',
      '1',
    );
    expect(store.json).toMatchObject({ code: 'HQ', name: 'Head office', orgType: 1 });

    const key = await cli('apikey:create', '--merchant', merchant.json.id, '--role', 'readonly', '--name', 'analyst');
    expect(key.json).toMatchObject({ role: 'READONLY', name: 'analyst' });
    const res = await app.gql(key.json.secret, MerchantAndStoresDocument);
    expect(res.data).toEqual({ merchant: { name: 'CLI Shop', timeZone: 'Europe/Berlin' }, stores: [{ code: 'HQ' }] });

    const listed = await cli('merchant:list');
    expect(listed.json.map((m: { name: string }) => m.name)).toContain('CLI Shop');

    const revoked = await cli('apikey:revoke', '--merchant', merchant.json.id, '--id', key.json.id);
    expect(revoked.json.revokedAt).toBeTruthy();
    expect((await app.gql(key.json.secret, MerchantNameDocument)).status).toBe(401);
  });

  it('answers bad input with JSON errors and a non-zero exit code', async () => {
    const zone = await cli('merchant:create', '--name', 'X', '--time-zone', 'Mars/Olympus');
    expect(zone.code).toBe(1);
    expect(zone.json.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'timeZone' });
    const missing = await cli('store:create', '--merchant', '00000000-0000-4000-8000-000000000000', '--code', 'A', '--name', 'A');
    expect(missing.json.errors[0].code).toBe('NOT_FOUND');
    const usage = await cli('merchant:create');
    expect(usage.code).toBe(2);
    expect(usage.json.errors).toEqual([{ code: 'USAGE', message: '--name is required.', field: 'name' }]);
  });

  it('prints --help on stdout with exit 0', async () => {
    for (const args of [['--help'], ['help'], ['store:create', '--help']]) {
      const { code, stdout } = await cliText(...args);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: npm run -s cli -- <command> [options]');
      expect(stdout).toContain('apikey:create');
    }
  });

  it('answers unknown options, missing values and unknown commands as JSON usage errors with exit 2', async () => {
    const cases: [string[], string, string | null][] = [
      [['merchant:list', '--bogus'], 'Unknown option --bogus.', 'bogus'],
      [['merchant:create', '--name'], '--name needs a value.', 'name'],
      [['merchant:create', '--allow-unsigned=yes', '--name', 'x'], '--allow-unsigned takes no value.', 'allow-unsigned'],
      [['merchant:drop'], 'Unknown command merchant:drop; --help lists them.', null],
      [[], 'Name a command; --help lists them.', null],
      [['apikey:create', '--merchant', 'm', '--role', 'GOD'], '--role is one of ADMIN, OPERATOR, READONLY.', 'role'],
    ];
    for (const [args, message, field] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.json).toEqual({ errors: [{ code: 'USAGE', message, field }] });
    }
  });

  it('refuses apps for contracts no shim serves', async () => {
    const merchant = await cli('merchant:create', '--name', 'Shim Shop');
    for (const contract of ['card-manage', 'nonsense']) {
      const result = await cli('shimapp:create', '--merchant', merchant.json.id, '--contract', contract, '--name', 'App');
      expect(result.code).toBe(2);
      expect(result.json.errors[0]).toMatchObject({ code: 'USAGE', field: 'contract' });
      expect(result.json.errors[0].message).toContain(
        '--contract is one of partner-openapi, erp-member-points, cpoint-inner, members-rest.',
      );
    }
    const served = await cli('shimapp:create', '--merchant', merchant.json.id, '--contract', 'cpoint-inner', '--name', 'App');
    expect(served.code).toBe(0);
    expect((await cli('shimapp:list', '--merchant', merchant.json.id)).json).toHaveLength(1);
  });

  it('brings the analytics day totals up to date: one merchant or all, again only when a day closed, all days with --rebuild', async () => {
    const merchant = await cli('merchant:create', '--name', 'Totals Shop', '--time-zone', 'Pacific/Auckland');
    // Through yesterday in Auckland, or the day before in its first hour after midnight.
    const day = (daysAgo: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Auckland' }).format(
        new Date(Date.now() - 3_600_000 - daysAgo * 86_400_000),
      );
    const first = await cli('analytics:refresh', '--merchant', merchant.json.id);
    expect(first.code).toBe(0);
    expect(first.json).toEqual({
      refreshed: [{ merchantId: merchant.json.id, throughDay: day(1), fromDay: null, upToDate: false }],
    });
    const again = await cli('analytics:refresh');
    expect(again.json.refreshed.find((r: { merchantId: string }) => r.merchantId === merchant.json.id)).toMatchObject({
      upToDate: true,
    });
    const rebuilt = await cli('analytics:refresh', '--merchant', merchant.json.id, '--rebuild');
    expect(rebuilt.json.refreshed[0]).toMatchObject({ fromDay: null, upToDate: false });
    const unknown = await cli('analytics:refresh', '--merchant', '00000000-0000-4000-8000-000000000000');
    expect(unknown.code).not.toBe(0);
  });

  it('manages event subscriptions: create, list, pause, test send, delivery log, replay, delete', async () => {
    const merchant = await cli('merchant:create', '--name', 'Hook Shop');
    const m = merchant.json.id;
    const bad = await cli(
      'subscription:create',
      '--merchant',
      m,
      '--name',
      'x',
      '--url',
      'http://127.0.0.1:9/',
      '--format',
      'XML',
    );
    expect(bad.code).toBe(2);
    expect(bad.json.errors[0]).toMatchObject({ code: 'USAGE', field: 'format' });
    const created = await cli(
      ...['subscription:create', '--merchant', m, '--name', 'Feed', '--url', 'http://127.0.0.1:9/hook'],
      ...['--format', 'STANDARD_WEBHOOKS', '--events', 'member.registered,points.changed'],
    );
    expect(created.code).toBe(0);
    expect(created.json).toMatchObject({
      name: 'Feed',
      format: 'STANDARD_WEBHOOKS',
      eventTypes: ['member.registered', 'points.changed'],
      active: true,
    });
    expect(created.json.secret).toMatch(/^whsec_/);
    const id = created.json.id;
    expect((await cli('subscription:pause', '--merchant', m, '--id', id)).json.active).toBe(false);
    expect((await cli('subscription:list', '--merchant', m)).json).toEqual([expect.objectContaining({ id, active: false })]);
    const test = await cli('subscription:test', '--merchant', m, '--id', id);
    expect(test.json.type).toBe('subscription.test');
    // No worker runs here: the test event waits in the outbox, so the log is still empty.
    expect((await cli('subscription:deliveries', '--merchant', m, '--id', id)).json).toEqual({ totalItems: 0, items: [] });
    expect((await cli('subscription:replay', '--merchant', m, '--id', id)).json).toEqual({ replayed: 0 });
    expect((await cli('subscription:delete', '--merchant', m, '--id', id)).json).toEqual({ deleted: true });
    const gone = await cli('subscription:pause', '--merchant', m, '--id', id);
    expect(gone.code).toBe(1);
    expect(gone.json.errors[0].code).toBe('NOT_FOUND');
  }, 180_000);
});
