import { z } from 'zod';

/**
 * Every setting the server reads, parsed once from the environment so that a bad value stops the
 * process at start with a clear message rather than surfacing later as odd behaviour.
 */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** External PostgreSQL (14+). Unset: an embedded PostgreSQL is started in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * Optional separate connection for request handling, as a login role that is a member of
   * membergraph_app (see docs/operations.md). Needed behind a transaction-mode pooler such as
   * PgBouncer, where a per-connection SET ROLE cannot be relied on. Defaults to DATABASE_URL.
   */
  APP_DATABASE_URL: z.string().url().optional(),
  /**
   * Optional read replica for heavy analyst queries (aggregates, exports): a login that is a member
   * of membergraph_app, like APP_DATABASE_URL, on a streaming replica of DATABASE_URL. Unset: they
   * run on the main pool, each on a connection of its own (services/analytics/run-analytics.ts).
   */
  DATABASE_READ_URL: z.string().url().optional(),
  /** Longest an analyst query may run before it is cancelled and answered QUERY_TIMEOUT. */
  ANALYTICS_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1).max(3_600_000).default(30_000),
  /**
   * How often `npm start` and `npm run worker` bring the aggregates' day totals up to date
   * (services/analytics/day-totals.ts); 0: never (another process does it). Any number of
   * processes may refresh at once.
   */
  ANALYTICS_DAY_TOTALS_REFRESH_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  DATA_DIR: z.string().default('.data'),
  /**
   * The key that encrypts secrets at rest (HMAC secrets, RSA private keys, QR keys): 32 bytes as
   * base64 or hex. Required with DATABASE_URL; the embedded default generates DATA_DIR/secrets.key.
   */
  SECRETS_KEY: z.string().optional(),
  /** Port of the embedded PostgreSQL (loopback only). Unset: a free port is picked at each start. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest page any list query returns, whatever the caller asks for. */
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).default(200),
  /**
   * scrypt cost for staff and card passwords. OWASP's 2^17 (with r=8, p=1) by default; tests lower
   * it, since one hash at 2^17 takes about half a second and 128 MiB.
   */
  SCRYPT_N: z.coerce
    .number()
    .int()
    .min(2)
    .refine((n) => (n & (n - 1)) === 0, 'SCRYPT_N must be a power of two.')
    .default(2 ** 17),
  /** Lifetime of a staff login token. */
  STAFF_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(8 * 3600),
  /**
   * How long a server process may answer from its credential cache (API keys, staff tokens, shim
   * apps) without asking the database: the revocation bound when change notifications cannot
   * arrive (PgBouncer in transaction pooling). 0 turns the cache off. docs/security.md.
   */
  CREDENTIAL_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
  /**
   * Staff login throttling (docs/security.md), failures within LOGIN_WINDOW_SECONDS: one username
   * from one source (an IP, or a trusted device) waits after PER_USER_SOURCE; an IP after PER_IP
   * across usernames; a username after PER_USERNAME from all untrusted sources together, while its
   * trusted devices still get in.
   */
  LOGIN_MAX_FAILURES_PER_USER_SOURCE: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
  LOGIN_MAX_FAILURES_PER_USERNAME: z.coerce.number().int().min(1).default(50),
  LOGIN_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60),
  /**
   * Card PINs: after this many wrong PINs in a row the card takes no PIN for CARD_PIN_LOCK_SECONDS,
   * doubling with every further wrong one (at most a day); a right PIN clears the count.
   */
  CARD_PIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  CARD_PIN_LOCK_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60),
  /** Where uploaded images are written, and the largest accepted image. */
  UPLOAD_DIR: z.string().min(1).default('uploads'),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  /** Largest CSV file POST /imports/<kind> reads (1,000,000 members are about 100 MB). */
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(512 * 1024 * 1024),
  /** Prefix of the URLs uploaded images are served under (absolute, e.g. a CDN, or a path). */
  UPLOAD_PUBLIC_BASE: z.string().min(1).default('/uploads'),
  /** Seconds before another SMS code may be requested for the same purpose. */
  SMS_RESEND_SECONDS: z.coerce.number().int().min(0).default(60),
  /**
   * card-manage: the merchant (id) served unprefixed at /web/manage/... for a deployment with one
   * merchant; every merchant is served at /web/m/<merchant id>/manage/... regardless.
   */
  CARD_MANAGE_DEFAULT_MERCHANT: z.string().uuid('CARD_MANAGE_DEFAULT_MERCHANT is a merchant id (uuid).').optional(),
  /**
   * card-manage 3.5/3.6 carry no idempotency key: without a `requestId`, the same recharge or spend
   * of the same card within this many seconds is refused as a probable retry.
   */
  CARD_MANAGE_REPEAT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /**
   * Base URL of the WeChat OAuth API (`/sns/oauth2/access_token`, `/sns/oauth2/refresh_token`)
   * that members-rest /wxoauth calls with the merchant's app id and secret. Tests point it at a
   * fake server on loopback.
   */
  WECHAT_API_BASE_URL: z.string().url().default('https://api.weixin.qq.com'),
  /** Milliseconds to wait for the WeChat OAuth API before answering WECHAT_OAUTH_FAILED. */
  WECHAT_API_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /** SMS gateway; `database` writes messages to the sms_message table and the log. */
  SMS_PROVIDER: z.enum(['database']).default('database'),
  /**
   * Which proxies' X-Forwarded-For to believe for the client IP (login throttling, logs): express's
   * `trust proxy` values, e.g. `loopback` (default: a proxy on the same host), `uniquelocal`, a
   * hop count, or `false`. Trusting everyone would let a direct caller choose its own IP.
   */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((v) => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v)),
  /**
   * /metrics: with METRICS_PORT it is served on that port only (on METRICS_HOST, default loopback),
   * not on PORT; with METRICS_TOKEN it needs `Authorization: Bearer <token>`; with neither, only
   * callers on this host may read it.
   */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().default('127.0.0.1'),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN has at least 16 characters.').optional(),
  /**
   * The hottest statements (lean reads, the ledger change) as named prepared statements, parsed
   * and planned once per connection. `auto`: on, unless APP_DATABASE_URL is set (request
   * connections through a pooler: PgBouncer in transaction pooling keeps prepared statements only
   * from 1.21 on, with max_prepared_statements set; then say `true`).
   */
  DB_PREPARED_STATEMENTS: z.enum(['auto', 'true', 'false']).default('auto'),
  /**
   * Queries sent to /graphql run on documents compiled once (http/compiled-queries.ts) instead of
   * through Apollo's request pipeline; `false` sends every request through Apollo.
   */
  GRAPHQL_COMPILED_QUERIES: z.enum(['true', 'false']).default('true'),
  /** Upper bound of a request body, in the `bytes` notation express understands. */
  BODY_LIMIT: z.string().default('1mb'),
  QUERY_MAX_DEPTH: z.coerce.number().int().min(1).default(10),
  QUERY_MAX_COST: z.coerce.number().int().min(1).default(5000),
  QUERY_MAX_TOKENS: z.coerce.number().int().min(1).default(5000),
  /** Aliases in one operation (aliases turn one cheap field into many). */
  QUERY_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  /** Root fields in one operation, aliases and fragments counted. */
  QUERY_MAX_ROOT_FIELDS: z.coerce.number().int().min(1).default(30),
  /** Variables one request may send. */
  QUERY_MAX_VARIABLES: z.coerce.number().int().min(1).default(100),
  /** Items in any list input (in the variables or written in the query). */
  QUERY_MAX_LIST_LENGTH: z.coerce.number().int().min(1).default(500),
  /** How long a member's dynamic (scan-to-identify) code stays valid. */
  DYNAMIC_CODE_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(120),
  /**
   * Lets submitTask take a `now` argument, so tests can cross local midnight and week starts.
   * Never set it in production: it would let a caller choose which period a completion counts in.
   */
  ALLOW_CLOCK_OVERRIDE: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /**
   * Outbound events (docs/events.md). `npm start` delivers them itself unless EVENTS_WORKER is
   * `off`; `npm run worker` runs delivery as a process of its own (docs/operations.md).
   */
  EVENTS_WORKER: z.enum(['on', 'off']).default('on'),
  /** Deliveries one worker process runs at once. */
  EVENTS_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(16),
  /** Deliveries of one subscription in flight at once across all workers, so a slow receiver holds only its own. */
  EVENTS_SUBSCRIPTION_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
  /** Tries of one delivery before it becomes a dead letter. */
  EVENTS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  /** First retry delay; each further one doubles, with jitter, up to EVENTS_RETRY_MAX_SECONDS. */
  EVENTS_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).default(10),
  EVENTS_RETRY_MAX_SECONDS: z.coerce.number().int().min(1).default(3600),
  /** Time allowed for one outbound request, connection to last byte of the answer. */
  EVENTS_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /**
   * Refuse subscription URLs that resolve to loopback, private, link-local or other non-public
   * addresses (SSRF guard). Off by default so a receiver on the same host or network works; turn
   * it on where merchants enter their own URLs.
   */
  EVENTS_BLOCK_PRIVATE_ADDRESSES: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** Delivered events, their delivery rows and attempt logs are deleted this many days after the event. Dead letters stay. */
  EVENTS_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  /** How often a worker looks for new events and due work when no notification wakes it. */
  EVENTS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /**
   * A delivery whose worker stops sending heartbeats this long (it died) is retried by another
   * worker; the queue's supervisor checks every EVENTS_SUPERVISE_SECONDS.
   */
  EVENTS_HEARTBEAT_SECONDS: z.coerce.number().int().min(10).default(30),
  EVENTS_SUPERVISE_SECONDS: z.coerce.number().int().min(1).default(30),
  /** Skip creating the demo merchant on an empty database. */
  NO_DEMO: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});

export type Config = z.infer<typeof schema>;

/** Every setting's name, in declaration order (the README's table is checked against it). */
export const CONFIG_KEYS = Object.keys(schema.shape) as (keyof Config)[];

/** Parses `env` (default `process.env`) into a Config or throws a readable error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
