import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../../src/services/import/index.js';
import { changePoints } from '../../src/services/points-ledger.service.js';
import { registerMember } from '../../src/services/member.service.js';
import { LedgerDirection, PointsOperationType } from '../../src/domain/loyalty-codes.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, TEST_SECRETS_KEY, type TestApp, type TestMerchant } from '../support/test-app.js';

let app: TestApp;
let shop: TestMerchant;
const folder = mkdtempSync(join(tmpdir(), 'mg-import-'));

const principalOf = (merchantId: string) => ({ merchantId, role: null, credentialId: 'operator', permissions: [] });
const importText = (merchantId: string, kind: string, text: string, batchRows?: number) =>
  importCsv(app, principalOf(merchantId), kind, Readable.from([Buffer.from(text)]), { batchRows });

async function rowsOf(merchantId: string, sql: string): Promise<Record<string, unknown>[]> {
  return app.ownerOrm.em.fork().execute(sql.replaceAll(':merchant', `'${merchantId}'`));
}

const members = (merchantId: string) =>
  rowsOf(
    merchantId,
    `select m.code, m.mobile, m.name, m.sex, m.birthday::text, m.labels, m.registered_at, st.code as store,
            c.channel_code, c.openid, c.register_type
       from member m left join store st on st.id = m.register_store_id left join member_channel c on c.member_id = m.id
      where m.merchant_id = :merchant order by m.code`,
  );

beforeAll(async () => {
  app = await startTestApp();
  shop = await app.createMerchant('Import Shop');
});
afterAll(() => app?.close());

describe('member import', () => {
  const file = [
    'code,mobile,name,sex,birthday,registeredAt,registerStoreCode,labels,channelCode,openid',
    'L0001,13800000001,Ann,female,1990-02-03,2020-01-02 03:04:05,S001,vip;old,wxgzpt,o-ann',
    'L0002,13800000002,Bob,MALE,,2021-06-01T08:00:00+08:00,,,,',
    'L0003,,"Chen, Li",,,,,,,',
  ].join('\n');

  it('imports members in batches, binds their channel with register type 6, and a re-run adds nothing', async () => {
    const first = await importText(shop.id, 'members', file, 2);
    expect(first).toMatchObject({ kind: 'members', rows: 3, written: 3, skipped: 0, errors: [], errorCount: 0 });
    const imported = await members(shop.id);
    expect(imported).toHaveLength(3);
    expect(imported[0]).toMatchObject({
      code: 'L0001',
      mobile: '13800000001',
      name: 'Ann',
      sex: 'FEMALE',
      birthday: '1990-02-03',
      labels: ['vip', 'old'],
      store: 'S001',
      channel_code: 'wxgzpt',
      openid: 'o-ann',
      register_type: 6,
    });
    expect(new Date(imported[0]!.registered_at as string).toISOString()).toBe('2020-01-02T03:04:05.000Z');
    expect(new Date(imported[1]!.registered_at as string).toISOString()).toBe('2021-06-01T00:00:00.000Z');
    expect(imported[2]).toMatchObject({ code: 'L0003', mobile: null, name: 'Chen, Li', channel_code: null });

    const again = await importText(shop.id, 'members', file);
    expect(again).toMatchObject({ rows: 3, written: 0, skipped: 3, errorCount: 0 });
    expect(await members(shop.id)).toEqual(imported);
    await expectLedgersBalanced(app);
  });

  it('names every bad row and imports nothing when any row is bad', async () => {
    const merchant = await app.createMerchant('Bad File Shop');
    const ctx = app.operatorContext(merchant.id);
    await registerMember(ctx, { mobile: '13900000009', code: 'EXISTING' });
    const bad = [
      'code,mobile,name,email,registerStoreCode,channelCode,openid',
      'B1,13900000001,Ann,,,,',
      'B2,12ab,Bob,,,,', // row 3: bad mobile
      'B1,13900000003,Cid,,,,', // row 4: code repeats row 2
      'B4,13900000009,Dan,,,,', // row 5: mobile of another member
      'B5,,Eve,not-an-email,,,', // row 6: bad email
      'B6,,Fay,,NOPE,,', // row 7: unknown store
      'B7,,Gus,,,wxgzpt,', // row 8: channel without openid
      'B8,13900000001,Hal,,,,', // row 9: mobile repeats row 2
      ',,Ian,,,,', // row 10: no code
      'B9,,Jo,,', // row 11: too few cells
    ].join('\n');
    const report = await importText(merchant.id, 'members', bad);
    expect(report.written).toBe(0);
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'mobile'],
      [6, 'email'],
      [10, 'code'],
      [11, null],
    ]);
    // Cell errors stop the file before the cross-row and database checks; fix them and those speak.
    const fixed = bad
      .split('\n')
      .filter((_, i) => ![2, 5, 9, 10].includes(i))
      .join('\n');
    const second = await importText(merchant.id, 'members', fixed);
    expect(second.written).toBe(0);
    expect(second.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'code', 'code repeats row 2.'],
      [4, 'mobile', 'Mobile 13900000009 belongs to member EXISTING.'],
      [5, 'registerStoreCode', 'No store with code NOPE.'],
      [6, 'openid', 'channelCode and openid go together.'],
      [7, 'mobile', 'mobile repeats row 2.'],
    ]);
    expect(await rowsOf(merchant.id, `select code from member where merchant_id = :merchant`)).toEqual([{ code: 'EXISTING' }]);
  });

  it('refuses a header with unknown or missing columns, and broken CSV, by row', async () => {
    expect((await importText(shop.id, 'members', 'mobile,colour\n138,red\n')).errors).toEqual([
      { row: 1, column: 'colour', message: expect.stringContaining('Unknown column') },
      { row: 1, column: 'code', message: 'A required column is missing.' },
    ]);
    const broken = await importText(shop.id, 'members', 'code,name\nQ1,ok\nQ2,"unclosed\n');
    expect(broken.errors).toEqual([{ row: 3, column: null, message: expect.stringContaining('not valid CSV') }]);
    expect(await rowsOf(shop.id, `select code from member where code like 'Q%'`)).toEqual([]);
  });
});

describe('points import', () => {
  it('writes opening balances through the ledger, once', async () => {
    const merchant = await app.createMerchant('Points Import Shop');
    await importText(merchant.id, 'members', 'code\nP1\nP2\nP3\n');
    // P1 already earned points here: the opening balance adds to them.
    const [p1] = await rowsOf(merchant.id, `select id from member where code = 'P1' and merchant_id = :merchant`);
    const ctx = app.operatorContext(merchant.id);
    await changePoints(
      { ...ctx, principal: { ...ctx.principal, credentialId: randomUUID() } },
      {
        memberId: String(p1!.id),
        direction: LedgerDirection.ADD,
        amount: '5',
        operationType: PointsOperationType.MANUAL_GRANT,
      },
    );
    const file = 'memberCode,points,description\nP1,100.5,legacy balance\nP2,0,\nP3,20,\n';
    expect(await importText(merchant.id, 'points', file, 1)).toMatchObject({ rows: 3, written: 2, skipped: 1, errorCount: 0 });
    const balances = () =>
      rowsOf(
        merchant.id,
        `select m.code, b.current::text, b.total_earned::text,
                (select count(*)::int from points_entry e where e.member_id = m.id and e.operation_type = 'MIGRATION') as imported
           from member m join points_balance b on b.member_id = m.id where m.merchant_id = :merchant order by m.code`,
      );
    const expected = [
      { code: 'P1', current: '105.50', total_earned: '105.50', imported: 1 },
      { code: 'P2', current: '0.00', total_earned: '0.00', imported: 0 },
      { code: 'P3', current: '20.00', total_earned: '20.00', imported: 1 },
    ];
    expect(await balances()).toEqual(expected);
    expect(await importText(merchant.id, 'points', file)).toMatchObject({ written: 0, skipped: 3, errorCount: 0 });
    expect(await balances()).toEqual(expected);
    await expectLedgersBalanced(app);

    const changed = await importText(merchant.id, 'points', 'memberCode,points\nP3,25\nNOBODY,1\nP1,1.234\n');
    expect(changed.errors.map((e) => [e.row, e.column])).toEqual([[4, 'points']]);
    const second = await importText(merchant.id, 'points', 'memberCode,points\nP3,25\nNOBODY,1\nP2,3\nP2,4\n');
    expect(second.errors.map((e) => [e.row, e.message])).toEqual([
      [2, 'An opening balance of 20.00 was imported for member P3 already.'],
      [3, 'No member with code NOBODY.'],
      [5, 'memberCode repeats row 4.'],
    ]);
    expect(await balances()).toEqual(expected);
  });

  it("never reaches another merchant's members", async () => {
    const other = await app.createMerchant('Other Import Shop');
    await importText(other.id, 'members', 'code\nL0001\n');
    const report = await importText(shop.id, 'points', 'memberCode,points\nL0001,7\n');
    expect(report).toMatchObject({ written: 1, errorCount: 0 });
    const [theirs] = await rowsOf(
      other.id,
      `select b.current::text from member m join points_balance b on b.member_id = m.id where m.merchant_id = :merchant`,
    );
    expect(theirs).toEqual({ current: '0.00' });
  });
});

describe('import surfaces', () => {
  const run = promisify(execFile);

  it('the CLI prints the report and JSON progress lines when stderr is not a terminal; bad files exit 1', async () => {
    const merchant = await app.createMerchant('CLI Import Shop');
    const good = join(folder, 'good.csv');
    writeFileSync(good, '\uFEFFcode,mobile\nC1,13700000001\nC2,13700000002\n');
    const env = { ...process.env, DATABASE_URL: app.databaseUrl, SECRETS_KEY: TEST_SECRETS_KEY, LOG_LEVEL: 'warn' };
    const cli = ['scripts/launch.mjs', 'src/cli.js', 'import', 'members'];
    const { stdout, stderr } = await run(process.execPath, [...cli, good, '--merchant', merchant.id], { env });
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'members', rows: 2, written: 2, errorCount: 0 });
    const lines = stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ phase: 'validate', done: 0, total: null, seconds: expect.any(Number) });
    expect(lines.at(-1)).toEqual({ phase: 'import', done: 2, total: 2, seconds: expect.any(Number) });

    const bad = join(folder, 'bad.csv');
    writeFileSync(bad, 'code,mobile\nC3,nope\n');
    const failed = await run(process.execPath, [...cli, bad, '--merchant', merchant.id], { env }).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).errors).toEqual([{ row: 2, column: 'mobile', message: expect.any(String) }]);

    const usage = await run(process.execPath, [...cli.slice(0, 3), 'coupons', good, '--merchant', merchant.id], { env }).catch(
      (e) => e,
    );
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout).errors[0]).toMatchObject({ code: 'USAGE', field: 'kind' });
  });

  it('POST /imports/<kind> takes text/csv or multipart from an ADMIN caller only', async () => {
    const merchant = await app.createMerchant('Upload Import Shop');
    const post = (
      key: string,
      body: string,
      headers: Record<string, string> = { 'content-type': 'text/csv' },
      kind = 'members',
    ) => fetch(`${app.url}/imports/${kind}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, ...headers }, body });

    const plain = await post(merchant.adminKey, 'code,name\nU1,Una\n');
    expect(plain.status).toBe(200);
    expect(await plain.json()).toMatchObject({ kind: 'members', rows: 1, written: 1, errorCount: 0 });

    const form = new FormData();
    form.append('file', new Blob(['code,name\nU2,Udo\nU1,Una\n'], { type: 'text/csv' }), 'members.csv');
    const multipart = await fetch(`${app.url}/imports/members`, {
      method: 'POST',
      headers: { authorization: `Bearer ${merchant.adminKey}` },
      body: form,
    });
    expect(await multipart.json()).toMatchObject({ rows: 2, written: 1, skipped: 1 });

    const bad = await post(merchant.adminKey, 'code,name\nU3,\nU3,x\n');
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: unknown }).errors).toEqual([
      { row: 3, column: 'code', message: 'code repeats row 2.' },
    ]);

    expect((await post(merchant.operatorKey, 'code\nU9\n')).status).toBe(403);
    expect((await post(merchant.readonlyKey, 'code\nU9\n')).status).toBe(403);
    expect((await fetch(`${app.url}/imports/members`, { method: 'POST', body: 'code\nU9\n' })).status).toBe(401);
    expect((await post(merchant.adminKey, 'code\nU9\n', { 'content-type': 'application/json' })).status).toBe(415);
    expect((await post(merchant.adminKey, 'code\nU9\n', undefined, 'coupons')).status).toBe(404);
    expect(await rowsOf(merchant.id, `select code from member where merchant_id = :merchant order by code`)).toEqual([
      { code: 'U1' },
      { code: 'U2' },
    ]);
  });

  it('refuses a body over IMPORT_MAX_BYTES with 413', async () => {
    const small = await startTestApp({ IMPORT_MAX_BYTES: '2048' });
    try {
      const merchant = await small.createMerchant('Small Upload Shop');
      const body = 'code\n' + Array.from({ length: 1000 }, (_, i) => `X${i}`).join('\n');
      const response = await fetch(`${small.url}/imports/members`, {
        method: 'POST',
        headers: { authorization: `Bearer ${merchant.adminKey}`, 'content-type': 'text/csv' },
        body,
      });
      expect(response.status).toBe(413);
    } finally {
      await small.close();
    }
  });
});
