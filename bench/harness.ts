import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ServerStats } from './server-stats.js';

export interface BenchServer {
  url: string;
  merchantId: string;
  apiKey: string;
  /** The database the server uses (for bare-SQL comparisons). */
  databaseUrl: string;
  pid: number;
  stats(): Promise<ServerStats>;
  /** Creates a shim app of the bench merchant over GraphQL, as an operator would. */
  shimApp(
    contract: 'PARTNER_OPENAPI' | 'ERP_MEMBER_POINTS' | 'CPOINT_INNER' | 'MEMBERS_REST',
    options?: { publicKeyPem?: string },
  ): Promise<{ appKey: string; partnerId: string | null; secret: string | null }>;
  close(): Promise<void>;
}

/** A server of a bench, in its own process: where it listens, and what it reports on request. */
export interface ServerChild {
  pid: number;
  /** The JSON line the child printed once it listened. */
  info: Record<string, string>;
  /** The child's own CPU time, RSS and SQL statements so far (bench/server-stats.ts). */
  stats(): Promise<ServerStats>;
  close(): Promise<void>;
}

/**
 * Starts a compiled bench script (`./server-process.js`, `./floor-server.js`) in a child process
 * with an IPC channel, and waits for the one JSON line it prints when it listens.
 */
export async function startServerChild(
  script: string,
  env: Record<string, string> = {},
  execArgv: string[] = [],
): Promise<ServerChild> {
  const child: ChildProcess = spawn(process.execPath, [...execArgv, fileURLToPath(new URL(script, import.meta.url))], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return {
    pid: child.pid!,
    info: JSON.parse(line) as Record<string, string>,
    stats: () =>
      new Promise<ServerStats>((resolve) => {
        const onMessage = (message: { stats?: ServerStats }) => {
          if (!message.stats) return;
          child.off('message', onMessage);
          resolve(message.stats);
        };
        child.on('message', onMessage);
        child.send('stats');
      }),
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Starts the real server (bench/server-process.ts, the same code as `npm start`) in a child
 * process on DATABASE_URL or the embedded PostgreSQL, so the load generated here does not share
 * the server's thread.
 */
export async function startBenchServer(env: Record<string, string> = {}, execArgv: string[] = []): Promise<BenchServer> {
  const child = await startServerChild('./server-process.js', env, execArgv);
  const info = child.info as { url: string; merchantId: string; apiKey: string; databaseUrl: string };
  return {
    ...info,
    pid: child.pid,
    stats: child.stats,
    async shimApp(contract, options = {}) {
      const res = await graphqlPost(
        info.url,
        info.apiKey,
        'mutation($input: CreateShimAppInput!) { createShimApp(input: $input) { errors { message } secret app { appKey partnerId } } }',
        {
          input: {
            contract,
            name: `bench ${contract}`,
            publicKeyPem: options.publicKeyPem,
            allowUnsigned: !options.publicKeyPem && contract === 'PARTNER_OPENAPI',
          },
        },
      );
      const created = ((await res.json()) as any).data.createShimApp;
      if (created.errors.length) throw new Error(created.errors[0].message);
      return { appKey: created.app.appKey, partnerId: created.app.partnerId, secret: created.secret };
    },
    close: child.close,
  };
}

/**
 * Runs `send` from `clients` concurrent loops for `seconds`; every answer must pass `check`.
 * Returns completed requests per second.
 */
export async function throughput(clients: number, seconds: number, send: () => Promise<boolean>): Promise<number> {
  const end = Date.now() + seconds * 1000;
  let done = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end) {
        if (await send()) done++;
        else failed++;
      }
    }),
  );
  if (failed) throw new Error(`${failed} requests failed during the run`);
  return done / seconds;
}

export const graphqlPost = (url: string, key: string, query: string, variables: Record<string, unknown>) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });

/** Prints one row per case: both rates and their ratio. */
export function printRatios(title: string, rows: { name: string; a: number; b: number }[], aLabel: string, bLabel: string): void {
  console.log(`\n${title}`);
  console.log(`${'case'.padEnd(46)} ${aLabel.padStart(14)} ${bLabel.padStart(14)} ${'ratio'.padStart(7)}`);
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(46)} ${row.a.toFixed(0).padStart(14)} ${row.b.toFixed(0).padStart(14)} ${(row.a / row.b).toFixed(2).padStart(7)}`,
    );
  }
}
