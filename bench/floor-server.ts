import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { reportStatsOnRequest } from './server-stats.js';

/**
 * The floor the read bench measures MemberGraph against: node:http and bare `pg`, answering
 * POST /graphql with the same JSON as MemberGraph for the same rows, for exactly the two
 * operations of bench/read-throughput.ts (chosen by operationName). Nothing else: no
 * authentication, no transaction, no row-level security (it connects as the database owner and
 * names the merchant in each WHERE), no GraphQL. One named prepared statement per member, two per
 * page (the page, then the channels of its members). What is left is the cost of HTTP, JSON and
 * PostgreSQL itself.
 *
 * Started by the bench in its own process: DATABASE_URL, MERCHANT_ID and DB_POOL_MAX in the
 * environment; prints `{"url": …}` as one line on stdout.
 */
const merchantId = process.env.MERCHANT_ID!;
let statements = 0;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_MAX ?? 20) });

const query = <R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]) => {
  statements++;
  return pool.query<R>({ name, text, values });
};

interface MemberRow {
  id: string;
  code: string;
  mobile: string | null;
  name: string | null;
  nickname: string | null;
  email: string | null;
  sex: string;
  birthday: string | null;
  registered_at: Date;
  status: string;
  labels: string[];
}

const profile = (row: MemberRow) => ({
  id: row.id,
  code: row.code,
  mobile: row.mobile,
  name: row.name,
  nickname: row.nickname,
  email: row.email,
  sex: row.sex,
  birthday: row.birthday,
  registeredAt: row.registered_at.toISOString(),
  status: row.status,
  labels: row.labels,
});

async function member(id: string) {
  const { rows } = await query<MemberRow>(
    'member',
    `select id, code, mobile, name, nickname, email, sex, birthday::text as birthday, registered_at, status, labels
       from member where merchant_id = $1 and id = $2`,
    [merchantId, id],
  );
  return { data: { member: rows[0] ? profile(rows[0]) : null } };
}

async function memberPage(offset: number, limit: number) {
  const { rows } = await query<{ id: string; code: string; name: string | null; mobile: string | null }>(
    'page',
    `select id, code, name, mobile from member where merchant_id = $1
      order by registered_at desc, id desc offset $2 limit $3`,
    [merchantId, offset, limit],
  );
  const channels = await query<{ member_id: string; channel_code: string; openid: string }>(
    'channels',
    `select member_id, channel_code, openid from member_channel
      where merchant_id = $1 and member_id = any($2::uuid[]) order by created_at, id`,
    [merchantId, rows.map((r) => r.id)],
  );
  const byMember = new Map<string, { channelCode: string; openid: string }[]>(rows.map((r) => [r.id, []]));
  for (const c of channels.rows) byMember.get(c.member_id)?.push({ channelCode: c.channel_code, openid: c.openid });
  return {
    data: {
      members: {
        items: rows.map((r) => ({ id: r.id, code: r.code, name: r.name, mobile: r.mobile, channels: byMember.get(r.id) })),
      },
    },
  };
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    void (async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          operationName?: string;
          variables: Record<string, unknown>;
        };
        const v = body.variables;
        const answer =
          body.operationName === 'BenchMember'
            ? await member(String(v.id))
            : await memberPage(Number((v.page as { offset: number }).offset), Number((v.page as { limit: number }).limit));
        const json = JSON.stringify(answer);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
        res.end(json);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      }
    })();
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }) + '\n');
});
reportStatsOnRequest(() => statements);
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close();
  void pool.end().then(() => process.exit(0));
});
