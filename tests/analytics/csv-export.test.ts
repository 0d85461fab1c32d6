import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../../src/services/import/index.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';

let app: TestApp;
let shop: TestMerchant;
const MEMBERS = 20_500;

const principalOf = (merchantId: string) => ({ merchantId, role: null, credentialId: 'operator', permissions: [] });
const load = (merchantId: string, kind: string, lines: string[]) =>
  importCsv(app, principalOf(merchantId), kind, Readable.from(lines.map((l) => `${l}\n`)));

function exportCsv(key: string | null, body: Record<string, unknown>): Promise<Response> {
  return fetch(`${app.url}/exports/csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
}

/** The member rows as the database has them, computed apart from the export (owner connection). */
async function membersInDatabase(merchantId: string, where = 'true'): Promise<string[][]> {
  const rows = await app.ownerOrm.em
    .fork()
    .execute<{ code: string; mobile: string | null; name: string; labels: string[]; points: string }[]>(
      `select m.code, m.mobile, m.name, m.labels, b.current::text as points
       from member m join points_balance b on b.member_id = m.id
      where m.merchant_id = ? and ${where} order by m.code`,
      [merchantId],
    );
  return rows.map((r) => [r.code, r.mobile ?? '', r.name, r.labels.join(';'), r.points]);
}

const MEMBERS_QUERY = `query Export($where: MemberWhere) {
  members(where: $where) { items { code mobile name labels points { current } } }
}`;

beforeAll(async () => {
  app = await startTestApp();
  shop = await app.createMerchant('Export Shop');
  const header = 'code,mobile,name,labels';
  const rows = Array.from({ length: MEMBERS }, (_, i) => {
    const n = i + 1;
    // Names with a comma, a quote and non-Latin text: the CSV must carry them back exactly.
    const name = n % 7 === 0 ? `"Lee, ""Ann"" ${n}"` : n % 11 === 0 ? `张伟 ${n}` : `Member ${n}`;
    return `E${String(n).padStart(6, '0')},${n % 4 === 0 ? '' : 13100000000 + n},${name},${n % 5 === 0 ? 'vip;old' : ''}`;
  });
  expect(await load(shop.id, 'members', [header, ...rows])).toMatchObject({ written: MEMBERS, errorCount: 0 });
  const points = Array.from({ length: 3000 }, (_, i) => `E${String(i * 3 + 1).padStart(6, '0')},${(i % 50) + 0.25}`);
  expect(await load(shop.id, 'points', ['memberCode,points', ...points])).toMatchObject({ written: 3000 });
}, 120_000);
afterAll(() => app?.close());

describe('CSV export', () => {
  it('streams a whole list, page by page, as CSV equal to the rows in the database', async () => {
    const response = await exportCsv(shop.readonlyKey, { query: MEMBERS_QUERY });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="members.csv"');
    const text = await response.text();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual(['code', 'mobile', 'name', 'labels', 'points.current']);
    expect(rows).toHaveLength(MEMBERS);
    // The export's order is the list's (newest first); compared by code, every row is the database's.
    expect(rows.sort((a, b) => a[0]!.localeCompare(b[0]!))).toEqual(await membersInDatabase(shop.id));
  }, 120_000);

  it('applies the where filter and the caller’s merchant', async () => {
    const other = await app.createMerchant('Other Export Shop');
    await load(other.id, 'members', ['code,labels', 'E000005,vip']);
    const response = await exportCsv(shop.readonlyKey, {
      query: MEMBERS_QUERY,
      variables: { where: { labels: { contains: ['vip'] }, points: { gt: '0' } } },
    });
    const [, ...rows] = parse(await response.text()) as string[][];
    const expected = await membersInDatabase(shop.id, `'vip' = any(m.labels) and b.current > 0`);
    expect(expected.length).toBeGreaterThan(100);
    expect(rows.sort((a, b) => a[0]!.localeCompare(b[0]!))).toEqual(expected);
  });

  it('prepends the UTF-8 BOM when asked (Excel), and exports a list of rows', async () => {
    const response = await exportCsv(shop.readonlyKey, { query: '{ stores { code name } }', bom: true });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parse(bytes.subarray(3).toString('utf8'))).toEqual([
      ['code', 'name'],
      ['S001', 'Export Shop store'],
    ]);
  });

  it("exports an aggregate's rows (member counts by status, filtered)", async () => {
    const response = await exportCsv(shop.readonlyKey, {
      query: `{ memberCounts(groupBy: [STATUS], where: { labels: { contains: ["vip"] } }) { status members } }`,
    });
    expect(response.status).toBe(200);
    const [counted] = await app.ownerOrm.em
      .fork()
      .execute<{ n: number }[]>(`select count(*)::int as n from member where merchant_id = ? and 'vip' = any(labels)`, [shop.id]);
    expect(parse(await response.text())).toEqual([
      ['status', 'members'],
      ['ACTIVE', String(counted!.n)],
    ]);
  });

  it('keeps memory flat: the live heap holds about one page, from the first page to the last', async () => {
    // The live heap (after a full collection) is what the export holds; without collecting, the
    // heap also counts garbage not yet swept. gc comes from V8 itself, exposed at run time.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const live = () => {
      app.sql.reset(); // the test harness keeps every statement's text; the server does not
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = live();
    // Sampled by progress through the file (every 100 kB read), not by the clock, so a fast
    // machine takes as many samples as a slow one.
    const samples: number[] = [];
    const response = await exportCsv(shop.readonlyKey, {
      query: `{ members { items { id numericId code mobile name nickname email sex birthday registeredAt labels status points { current totalEarned } } } }`,
    });
    let bytes = 0;
    const reader = response.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      const sampleDue = Math.floor((bytes + chunk.value.length) / 100_000) > Math.floor(bytes / 100_000);
      bytes += chunk.value.length;
      if (sampleDue) samples.push(live());
    }
    const growth = Math.max(...samples) - before;
    console.log(
      `export: ${MEMBERS} rows, ${bytes} bytes of CSV; live heap growth at most ${(growth / 2 ** 20).toFixed(1)} MiB over ${samples.length} samples`,
    );
    expect(samples.length).toBeGreaterThan(6);
    expect(bytes).toBeGreaterThan(2_500_000);
    // Flat: the second half of the export holds no more than the first (one page in flight, about
    // 4 MiB here). Buffering would add the second half's rows: 1.3 MB as CSV text, several times
    // that as GraphQL results.
    const half = Math.floor(samples.length / 2);
    const peakOf = (part: number[]) => Math.max(...part) - before;
    expect(peakOf(samples.slice(half)) - peakOf(samples.slice(0, half))).toBeLessThan(2 ** 20);
    expect(growth).toBeLessThan(16 * 2 ** 20);
  }, 120_000);

  it('answers JSON errors with a status before streaming, and requires a credential', async () => {
    const errorOf = async (response: Response) => {
      expect(response.headers.get('content-type')).toContain('application/json');
      return {
        status: response.status,
        ...((await response.json()) as { errors: { message: string; extensions: { code: string } }[] }),
      };
    };
    expect((await errorOf(await exportCsv(null, { query: MEMBERS_QUERY }))).status).toBe(401);
    expect((await errorOf(await exportCsv('mg_nonsense', { query: MEMBERS_QUERY }))).status).toBe(401);

    const cases: [Record<string, unknown>, number, string, RegExp][] = [
      [{ query: '{ members { items { code ' }, 400, 'GRAPHQL_PARSE_FAILED', /Syntax Error/],
      [{ query: '{ members { items { colour } } }' }, 400, 'GRAPHQL_VALIDATION_FAILED', /colour/],
      [{ query: '{ members { items { code } } stores { code } }' }, 400, 'BAD_USER_INPUT', /exactly one root field/],
      [
        { query: 'mutation { setMemberStatus(memberId: "x", status: ACTIVE) { errors { code } } }' },
        400,
        'BAD_USER_INPUT',
        /query/,
      ],
      [{ query: '{ members { items { channels { openid } } } }' }, 400, 'BAD_USER_INPUT', /channels is a list/],
      [{ query: '{ members { totalItems } }' }, 400, 'BAD_USER_INPUT', /items/],
      [{ query: MEMBERS_QUERY, variables: { where: { colour: { eq: 'red' } } } }, 400, 'BAD_USER_INPUT', /colour/],
      [{ query: MEMBERS_QUERY, variables: { where: { code: { in: Array(101).fill('x') } } } }, 400, 'BAD_USER_INPUT', /./],
      [{ query: 42 }, 400, 'BAD_REQUEST', /query/],
    ];
    for (const [body, status, code, message] of cases) {
      const answer = await errorOf(await exportCsv(shop.readonlyKey, body));
      expect({ status: answer.status, code: answer.errors[0]!.extensions.code }, JSON.stringify(body).slice(0, 80)).toEqual({
        status,
        code,
      });
      expect(answer.errors[0]!.message).toMatch(message);
    }
  });
});
