import 'reflect-metadata';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadConfig } from './config.js';
import { createLogger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { openPlatform, type Platform } from './db/bootstrap.js';
import { ApiKeyRole, ShimAppStatus, ShimContract } from './domain/access.enums.js';
import { Merchant } from './entities/merchant.entity.js';
import { ShimApp } from './entities/shim-app.entity.js';
import { BusinessError, InputErrors } from './errors/error-code.js';
import { createApiKey, listApiKeys, revokeApiKey } from './services/api-key.service.js';
import { createMerchant, merchantContext } from './services/merchant.service.js';
import { createShimApp, listShimApps, revokeShimApp, setShimAppStatus } from './services/shim-app.service.js';
import { createStore, listStores } from './services/store.service.js';
import type { AppDeps } from './request/context.js';
import { SERVED_CONTRACTS } from './shims/contracts.js';
import { DeliveryStatus, EventType, SubscriptionFormat } from './domain/event.enums.js';
import type { EventSubscription } from './entities/event.entity.js';
import * as subscriptions from './services/event-subscription.service.js';
import { IMPORT_KINDS, importCsv, jsonProgress, terminalProgress } from './services/import/index.js';
import { createBiLogin, listBiLogins, revokeBiLogin } from './services/bi-login.service.js';
import { seedAnalytics } from './services/analytics-seed.service.js';
import { ownerDb, refreshAllDayTotals, refreshDayTotals } from './services/analytics/day-totals.js';

const subscriptionView = (s: EventSubscription) => ({
  id: s.id,
  name: s.name,
  url: s.url,
  format: s.format,
  eventTypes: s.eventTypes,
  appId: s.appId,
  partnerId: s.partnerId,
  active: s.active,
});

const shimAppView = (app: ShimApp) => ({
  id: app.id,
  contract: app.contract,
  appKey: app.appKey,
  name: app.name,
  partnerId: app.partnerId,
  status: app.status,
  allowUnsigned: app.allowUnsigned,
  revokedAt: app.revokedAt,
});

const usage = `Usage: npm run -s cli -- <command> [options]   (prints JSON on stdout)

  migrate [--create-db]                             apply pending migrations (--create-db: create DATABASE_URL's database first)
  merchant:create --name <name> [--time-zone <IANA zone>]
  merchant:list
  store:create    --merchant <id> --code <code> --name <name> [--address a] [--phone p] [--area a] [--contact c] [--org-type 1|2|3]
  store:list      --merchant <id>
  apikey:create   --merchant <id> [--name <name>] [--role ADMIN|OPERATOR|READONLY]
  apikey:list     --merchant <id>
  apikey:revoke   --merchant <id> --id <key id>
  shimapp:create  --merchant <id> --contract ${SERVED_CONTRACTS.join('|')} --name <name>
                  [--app-key <appId/appName>] [--partner-id <id>] [--public-key-file <pem>] [--allow-unsigned]
  shimapp:list    --merchant <id>
  shimapp:close   --merchant <id> --id <app id>      (shim answers "temporarily closed")
  shimapp:open    --merchant <id> --id <app id>
  shimapp:revoke  --merchant <id> --id <app id>
  subscription:create     --merchant <id> --name <name> --url <url> --format STANDARD_WEBHOOKS|PARTNER_OPENAPI|ERP_MEMBER_POINTS
                          [--events member.registered,points.changed,…] [--secret s] [--app-key appId] [--partner-id id]
  subscription:list       --merchant <id>
  subscription:pause      --merchant <id> --id <subscription id>   (events wait; resume delivers them in order)
  subscription:resume     --merchant <id> --id <subscription id>
  subscription:test       --merchant <id> --id <subscription id>   (sends a subscription.test event to it alone)
  subscription:deliveries --merchant <id> [--id <subscription id>] [--status PENDING|DELIVERED|DEAD] [--limit n]
  subscription:replay     --merchant <id> --id <subscription id>   (its dead letters back in line)
  subscription:delete     --merchant <id> --id <subscription id>
  import <${Object.keys(IMPORT_KINDS).join('|')}> FILE.csv --merchant <id> [--batch-size n]
                          validates every row first (row-numbered errors, nothing written if any
                          row is bad), then imports in batches; re-running writes nothing twice.
                          Progress on stderr: a bar on a terminal, JSON lines otherwise (docs/analytics.md)
  bi:create       --merchant <id> [--name <login>] [--connection-limit n] [--statement-timeout-ms ms]
                  (a read-only PostgreSQL login for BI tools: prints the login, its password and a URL)
  bi:list         [--merchant <id>]
  bi:revoke       --merchant <id> --name <login>     (drops the login and ends its sessions)
  seed:analytics  --members n --entries n [--merchant <id>]
                  (bulk data for measuring analytics: n members with channels, grades, cards, coupons and
                   n points entries; a new merchant unless --merchant; progress as JSON lines on stderr)
  analytics:refresh [--merchant <id>] [--rebuild]
                  (brings the aggregates' day totals up to date; --rebuild sums every day again;
                   npm start and npm run worker do it every ANALYTICS_DAY_TOTALS_REFRESH_SECONDS)
  help, --help                                      this text

Usage errors print {"errors":[{"code":"USAGE",…}]} and exit 2; failures exit 1.
`;

const options = {
  name: { type: 'string' },
  'time-zone': { type: 'string' },
  merchant: { type: 'string' },
  code: { type: 'string' },
  address: { type: 'string' },
  phone: { type: 'string' },
  area: { type: 'string' },
  contact: { type: 'string' },
  'org-type': { type: 'string' },
  role: { type: 'string' },
  id: { type: 'string' },
  contract: { type: 'string' },
  'app-key': { type: 'string' },
  'partner-id': { type: 'string' },
  'public-key-file': { type: 'string' },
  'allow-unsigned': { type: 'boolean' },
  'create-db': { type: 'boolean' },
  rebuild: { type: 'boolean' },
  url: { type: 'string' },
  format: { type: 'string' },
  events: { type: 'string' },
  secret: { type: 'string' },
  status: { type: 'string' },
  limit: { type: 'string' },
  'batch-size': { type: 'string' },
  'connection-limit': { type: 'string' },
  members: { type: 'string' },
  entries: { type: 'string' },
  'statement-timeout-ms': { type: 'string' },
  help: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

/** A mistake in the command line itself: answered before the database is touched, exit code 2. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

function required(values: Values, name: keyof Values): string {
  const value = values[name];
  if (typeof value !== 'string' || !value) throw new UsageError(`--${name} is required.`, name);
  return value;
}

const COMMANDS = new Set([
  'migrate',
  'merchant:create',
  'merchant:list',
  'store:create',
  'store:list',
  'apikey:create',
  'apikey:list',
  'apikey:revoke',
  'shimapp:create',
  'shimapp:list',
  'shimapp:close',
  'shimapp:open',
  'shimapp:revoke',
  'subscription:create',
  'subscription:list',
  'subscription:pause',
  'subscription:resume',
  'subscription:test',
  'subscription:deliveries',
  'subscription:replay',
  'subscription:delete',
  'import',
  'bi:create',
  'bi:list',
  'bi:revoke',
  'seed:analytics',
  'analytics:refresh',
]);

/** parseArgs' own errors, reworded as the usage errors they are. */
function parseCommandLine(): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(--?[\w-]+)/.exec(message)?.[1];
    const field = option?.replace(/^-+/, '');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`Unknown option ${option}.`, field);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(
        message.includes('argument missing') ? `${option} needs a value.` : `${option} takes no value.`,
        field,
      );
    }
    throw new UsageError(message);
  }
}

function integerOption(
  values: Values,
  name: 'connection-limit' | 'statement-timeout-ms' | 'members' | 'entries',
): number | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number.`, name);
  return Number(value);
}

function roleOption(values: Values): ApiKeyRole {
  const role = (values.role ?? ApiKeyRole.ADMIN).toUpperCase();
  if (!(role in ApiKeyRole)) throw new UsageError(`--role is one of ${Object.keys(ApiKeyRole).join(', ')}.`, 'role');
  return role as ApiKeyRole;
}

function contractOption(values: Values): ShimContract {
  const contract = required(values, 'contract');
  if (!(SERVED_CONTRACTS as readonly string[]).includes(contract)) {
    const known = (Object.values(ShimContract) as string[]).includes(contract);
    throw new UsageError(
      `${known ? `No shim serves ${contract} yet, so its apps could not call anything. ` : ''}--contract is one of ${SERVED_CONTRACTS.join(', ')}.`,
      'contract',
    );
  }
  return contract as ShimContract;
}

/** `import <kind> FILE`: the kind, the file (which must exist) and the batch size. */
function importArguments(values: Values, extra: string[]): { kind: string; file: string; batchRows: number | undefined } {
  const [kind, file, ...more] = extra;
  if (!kind || !Object.hasOwn(IMPORT_KINDS, kind)) {
    throw new UsageError(`import takes a kind: ${Object.keys(IMPORT_KINDS).join(', ')}.`, 'kind');
  }
  if (!file) throw new UsageError('import takes the CSV file after the kind.', 'file');
  if (more.length) throw new UsageError(`Unexpected argument ${more[0]}.`);
  if (!existsSync(file)) throw new UsageError(`No file ${file}.`, 'file');
  const size = values['batch-size'];
  if (size !== undefined && !/^[1-9]\d{0,5}$/.test(size)) throw new UsageError('--batch-size is 1 to 999999 rows.', 'batch-size');
  return { kind, file, batchRows: size ? Number(size) : undefined };
}

/** The checks that need no database, made before opening it so that a typo is answered at once. */
function checkOptions(command: string, values: Values, extra: string[]): void {
  if (command === 'apikey:create') roleOption(values);
  if (command === 'shimapp:create') contractOption(values);
  if (command === 'import') importArguments(values, extra);
  if (command === 'seed:analytics') {
    if (integerOption(values, 'members') === undefined) throw new UsageError('--members is required.', 'members');
    if (integerOption(values, 'entries') === undefined) throw new UsageError('--entries is required.', 'entries');
  }
  if (command === 'bi:create') {
    integerOption(values, 'connection-limit');
    integerOption(values, 'statement-timeout-ms');
  }
}

function printErrors(errors: { code: string; message: string; field?: string | null }[]): void {
  process.stdout.write(
    JSON.stringify({ errors: errors.map((e) => ({ code: e.code, message: e.message, field: e.field ?? null })) }, null, 2) + '\n',
  );
}

async function run(command: string, values: Values, extra: string[], platform: Platform, deps: AppDeps): Promise<unknown> {
  const { orm, ownerOrm } = platform;
  switch (command) {
    case 'migrate':
      return { migrated: true };
    case 'merchant:create': {
      const merchant = await createMerchant(orm, { name: required(values, 'name'), timeZone: values['time-zone'] });
      return { id: merchant.id, name: merchant.name, timeZone: merchant.timeZone };
    }
    case 'merchant:list':
      // Operator view across tenants: the owner connection, not the app role.
      return (await ownerOrm.em.fork().find(Merchant, {}, { orderBy: { createdAt: 'asc' } })).map((m) => ({
        id: m.id,
        name: m.name,
        timeZone: m.timeZone,
      }));
    case 'store:create': {
      const ctx = await merchantContext(deps, required(values, 'merchant'));
      return createStore(ctx, {
        code: required(values, 'code'),
        name: required(values, 'name'),
        address: values.address,
        phone: values.phone,
        area: values.area,
        contact: values.contact,
        orgType: values['org-type'] ? Number(values['org-type']) : undefined,
      });
    }
    case 'store:list':
      return listStores(await merchantContext(deps, required(values, 'merchant')));
    case 'apikey:create': {
      const role = roleOption(values);
      const ctx = await merchantContext(deps, required(values, 'merchant'));
      const { apiKey, secret } = await createApiKey(ctx, { name: values.name ?? 'cli key', role });
      return { id: apiKey.id, name: apiKey.name, role: apiKey.role, prefix: apiKey.prefix, secret };
    }
    case 'apikey:list':
      return listApiKeys(await merchantContext(deps, required(values, 'merchant')));
    case 'apikey:revoke': {
      const apiKey = await revokeApiKey(await merchantContext(deps, required(values, 'merchant')), required(values, 'id'));
      return { id: apiKey.id, revokedAt: apiKey.revokedAt };
    }
    case 'shimapp:create': {
      const contract = contractOption(values);
      const ctx = await merchantContext(deps, required(values, 'merchant'));
      const created = await createShimApp(
        ctx,
        {
          contract,
          name: required(values, 'name'),
          appKey: values['app-key'],
          partnerId: values['partner-id'],
          publicKeyPem: values['public-key-file'] ? readFileSync(values['public-key-file'], 'utf8') : undefined,
          allowUnsigned: values['allow-unsigned'] ?? false,
        },
        { byOperator: true },
      );
      return { ...shimAppView(created.app), secret: created.secret, signingPublicKeyPem: created.signingPublicKeyPem };
    }
    case 'shimapp:list':
      return (await listShimApps(await merchantContext(deps, required(values, 'merchant')))).map(shimAppView);
    case 'shimapp:close':
    case 'shimapp:open': {
      const ctx = await merchantContext(deps, required(values, 'merchant'));
      const status = command === 'shimapp:close' ? ShimAppStatus.CLOSED : ShimAppStatus.OPEN;
      return shimAppView(await setShimAppStatus(ctx, { id: required(values, 'id'), status }));
    }
    case 'shimapp:revoke':
      return shimAppView(await revokeShimApp(await merchantContext(deps, required(values, 'merchant')), required(values, 'id')));
    case 'subscription:create': {
      const format = required(values, 'format') as SubscriptionFormat;
      if (!Object.values(SubscriptionFormat).includes(format)) {
        throw new UsageError(`--format is one of ${Object.values(SubscriptionFormat).join(', ')}.`, 'format');
      }
      const eventTypes = values.events?.split(',').map((t) => t.trim()) as EventType[] | undefined;
      const unknown = eventTypes?.filter((t) => !Object.values(EventType).includes(t));
      if (unknown?.length) throw new UsageError(`Unknown event types: ${unknown.join(', ')} (docs/events.md).`, 'events');
      const { subscription, secret } = await subscriptions.createSubscription(
        await merchantContext(deps, required(values, 'merchant')),
        {
          name: required(values, 'name'),
          url: required(values, 'url'),
          format,
          eventTypes,
          secret: values.secret,
          appId: values['app-key'],
          partnerId: values['partner-id'],
        },
      );
      return { ...subscriptionView(subscription), secret };
    }
    case 'subscription:list':
      return (await subscriptions.listSubscriptions(await merchantContext(deps, required(values, 'merchant')))).map(
        subscriptionView,
      );
    case 'subscription:pause':
    case 'subscription:resume': {
      const ctx = await merchantContext(deps, required(values, 'merchant'));
      const active = command === 'subscription:resume';
      return subscriptionView(await subscriptions.setSubscriptionActive(ctx, { id: required(values, 'id'), active }));
    }
    case 'subscription:test': {
      const event = await subscriptions.testSubscription(
        await merchantContext(deps, required(values, 'merchant')),
        required(values, 'id'),
      );
      return { eventId: event.id, type: event.type };
    }
    case 'subscription:deliveries': {
      const ctx = await merchantContext(deps, required(values, 'merchant'));
      const status = values.status as DeliveryStatus | undefined;
      if (status && !Object.values(DeliveryStatus).includes(status)) {
        throw new UsageError(`--status is one of ${Object.values(DeliveryStatus).join(', ')}.`, 'status');
      }
      const page = await subscriptions.listDeliveries(ctx, {
        filter: { subscriptionId: values.id, status },
        offset: 0,
        limit: values.limit ? Number(values.limit) : 20,
      });
      return {
        totalItems: page.totalItems,
        items: page.items.map((d) => ({
          id: d.id,
          subscriptionId: d.subscriptionId,
          eventId: d.eventId,
          type: d.event.type,
          memberId: d.memberId,
          status: d.status,
          attempts: d.attemptLog.map((a) => ({
            attempt: a.attempt,
            ok: a.ok,
            responseCode: a.responseCode,
            latencyMs: a.latencyMs,
            error: a.error,
            at: a.createdAt,
          })),
        })),
      };
    }
    case 'subscription:replay': {
      const ctx = await merchantContext(deps, required(values, 'merchant'));
      return { replayed: await subscriptions.replayDeadLetters(ctx, { subscriptionId: required(values, 'id') }) };
    }
    case 'subscription:delete':
      return {
        deleted: await subscriptions.deleteSubscription(
          await merchantContext(deps, required(values, 'merchant')),
          required(values, 'id'),
        ),
      };
    case 'import': {
      const { kind, file, batchRows } = importArguments(values, extra);
      const ctx = await merchantContext(deps, required(values, 'merchant'));
      const progress = process.stderr.isTTY ? terminalProgress() : jsonProgress((line) => process.stderr.write(line));
      const report = await importCsv(deps, ctx.principal, kind, createReadStream(file), { progress, batchRows });
      if (report.errorCount) process.exitCode = 1;
      return report;
    }
    case 'bi:create':
      return createBiLogin(ownerOrm, platform.db.url, {
        merchantId: required(values, 'merchant'),
        login: values.name,
        connectionLimit: integerOption(values, 'connection-limit'),
        statementTimeoutMs: integerOption(values, 'statement-timeout-ms'),
      });
    case 'bi:list':
      return listBiLogins(ownerOrm, values.merchant);
    case 'bi:revoke':
      return revokeBiLogin(ownerOrm, required(values, 'merchant'), required(values, 'name'));
    case 'seed:analytics': {
      const merchantId = values.merchant
        ? (await merchantContext(deps, values.merchant)).principal.merchantId
        : (await createMerchant(orm, { name: 'Analytics', timeZone: 'Asia/Shanghai' })).id;
      const seeded = await seedAnalytics(platform.db.url, {
        merchantId,
        members: integerOption(values, 'members')!,
        entries: integerOption(values, 'entries')!,
        onProgress: (progress) => process.stderr.write(JSON.stringify({ progress }) + '\n'),
      });
      // The seed writes past days, which the day totals may already hold: sum them all again.
      await refreshDayTotals(ownerDb(ownerOrm), merchantId!, { rebuild: true });
      return seeded;
    }
    case 'analytics:refresh': {
      const owner = ownerDb(ownerOrm);
      const rebuild = values.rebuild ?? false;
      if (!values.merchant) return { refreshed: await refreshAllDayTotals(owner, { rebuild }) };
      const { merchantId } = (await merchantContext(deps, values.merchant)).principal;
      return { refreshed: [await refreshDayTotals(owner, merchantId!, { rebuild })] };
    }
    default:
      throw new UsageError(`Unknown command ${command}; --help lists them.`);
  }
}

async function main(): Promise<number> {
  let platform: Platform | undefined;
  try {
    const { values, positionals } = parseCommandLine();
    const [command, ...extra] = positionals;
    if (values.help || command === 'help') {
      process.stdout.write(usage);
      return 0;
    }
    if (!command) throw new UsageError('Name a command; --help lists them.');
    if (!COMMANDS.has(command)) throw new UsageError(`Unknown command ${command}; --help lists them.`);
    if (extra.length && command !== 'import') {
      throw new UsageError(`Unexpected argument ${extra[0]}; options are written --name value.`);
    }
    checkOptions(command, values, extra);
    const config = loadConfig();
    // Logs go to stderr so stdout carries only the JSON answer.
    const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, pino.destination(2));
    // While the server runs on the embedded database, the CLI uses that same PostgreSQL.
    platform = await openPlatform(config, log, { shareEmbedded: true, createDatabase: values['create-db'] });
    const result = await run(command, values, extra, platform, { orm: platform.orm, config, log, metrics: createMetrics() });
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof UsageError) {
      printErrors([{ code: 'USAGE', message: error.message, field: error.field }]);
      process.stderr.write('Run with --help for the commands and their options.\n');
      return 2;
    }
    if (error instanceof BusinessError || error instanceof InputErrors) {
      printErrors(error instanceof InputErrors ? error.errors : [error]);
      return 1;
    }
    throw error;
  } finally {
    await platform?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`cli failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
