import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { sendDeferredEnds } from '../../src/db/deferred-begin.js';
import { createOrm, scopeToMerchant, type EntityManager, type Orm } from '../../src/db/orm.js';
import { operatorContext, type RequestContext } from '../../src/request/context.js';
import { ApiKeyRole } from '../../src/domain/access.enums.js';
import type { Store } from '../../src/entities/store.entity.js';
import { createApp, finalErrorHandler } from '../../src/http/app.js';
import { createApiKey } from '../../src/services/api-key.service.js';
import { createMerchant } from '../../src/services/merchant.service.js';
import { createStore } from '../../src/services/store.service.js';
import { createLogger } from '../../src/observability/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { mountShims } from '../../src/shims/index.js';
import { databaseUrl } from './global-setup.js';

/** The key that seals secrets in tests (one for every test app, so apps of one file share sealed rows). */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 7).toString('base64');

/** A merchant with a store and keys of every role, ready for requests. */
export interface TestMerchant {
  id: string;
  store: Store;
  adminKey: string;
  operatorKey: string;
  readonlyKey: string;
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: unknown[] }[];
}

export interface TestApp {
  /** Base URL of the running server, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Connection string of this test file's own database. */
  databaseUrl: string;
  orm: Orm;
  /** Owner connection: bypasses row-level security, for assertions across merchants. */
  ownerOrm: Orm;
  config: Config;
  /**
   * Statements the request ORM sent to PostgreSQL since the last reset, counted at the
   * connection: begin / commit, set_config, the API key lookup (when the credential cache does
   * not answer it) and `set role` included.
   */
  sql: { count: number; statements: string[]; reset(): void };
  /**
   * Every statement `run` sends to PostgreSQL. `run` goes three times at once before counting, so
   * the pool holds more connections than it needs: a new connection sends `set role` once, which
   * is a cost of the pool, not of the request; and the caller's credential is then cached, so its
   * lookup is not counted either. `run` must therefore be a read (it runs 4 times).
   */
  statementsOf(run: () => Promise<unknown>): Promise<string[]>;
  /** The lane that answers queries on compiled documents (src/http/compiled-queries.ts): how many it served. */
  compiledQueries: { readonly served: number };
  createMerchant(name?: string, timeZone?: string): Promise<TestMerchant>;
  /** An EntityManager scoped to a merchant, as a request would have. */
  emFor(merchantId: string): EntityManager;
  /** The context an operator command has for a merchant (services called directly, as the CLI does). */
  operatorContext(merchantId: string): RequestContext;
  /**
   * Sends an operation over HTTP: a typed document generated from tests/<domain>/operations/*.graphql.
   * A plain string only for what codegen cannot hold: deliberately invalid or generated documents.
   */
  gql<T = Record<string, any>, V = Record<string, unknown>>(
    key: string,
    query: string | TypedDocumentNode<T, V>,
    variables?: V,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * Starts the real server (Express, Apollo, the shims) on a random port over a fresh copy of the
 * migrated template database (or of `options.template`, a database a test prepared itself, such as
 * one migrated over rows written before a migration). Requests go over real HTTP.
 */
export async function startTestApp(
  overrides: Partial<Record<string, string>> = {},
  options: { template?: string; sharing?: TestApp } = {},
): Promise<TestApp> {
  const serverUrl = inject('serverUrl');
  let url: string;
  if (options.sharing) {
    // A second server over another test app's database: the same rows, another configuration.
    url = options.sharing.databaseUrl;
  } else {
    const database = `${inject('databasePrefix')}${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database "${database}" template "${options.template ?? inject('templateDatabase')}"`);
    await admin.end();
    url = databaseUrl(serverUrl, database);
  }
  const sql = {
    count: 0,
    statements: [] as string[],
    reset() {
      this.count = 0;
      this.statements = [];
    },
  };
  const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: url, SECRETS_KEY: TEST_SECRETS_KEY, ...overrides });
  const orm = await createOrm({
    url,
    asAppRole: true,
    poolMax: 20,
    readUrl: config.DATABASE_READ_URL,
    onQuery: (statement) => {
      sql.count++;
      sql.statements.push(statement);
    },
  });
  const ownerOrm = await createOrm({ url, asAppRole: false, poolMax: 4 });
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const deps = { orm, config, log, metrics: createMetrics() };
  const { app, apollo, compiledQueries } = await createApp(deps);
  mountShims(app, deps);
  app.use(finalErrorHandler(deps));
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    databaseUrl: url,
    orm,
    ownerOrm,
    config,
    sql,
    compiledQueries,
    async statementsOf(run) {
      await Promise.all([run(), run(), run()]);
      // Read-only transactions' ends wait for their connection's next message (deferred-begin.ts):
      // send them now, so the count holds exactly what `run` sent, its own end included.
      sendDeferredEnds();
      sql.reset();
      await run();
      sendDeferredEnds();
      return [...sql.statements];
    },
    emFor: (merchantId) => scopeToMerchant(orm.em.fork(), merchantId),
    operatorContext: (merchantId) => operatorContext(deps, merchantId),
    async createMerchant(name = 'Test Merchant', timeZone = 'Asia/Shanghai') {
      const merchant = await createMerchant(orm, { name, timeZone });
      const ctx = operatorContext(deps, merchant.id);
      const store = await createStore(ctx, { code: 'S001', name: `${name} store` });
      const keys = await Promise.all(
        [ApiKeyRole.ADMIN, ApiKeyRole.OPERATOR, ApiKeyRole.READONLY].map((role) => createApiKey(ctx, { name: role, role })),
      );
      return { id: merchant.id, store, adminKey: keys[0]!.secret, operatorKey: keys[1]!.secret, readonlyKey: keys[2]!.secret };
    },
    async gql(key, query, variables) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
      });
      const body = (await response.json()) as GraphQLResponse;
      return { ...body, status: response.status } as GraphQLResponse<any>;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await orm.close();
      await ownerOrm.close();
    },
  };
}
