import 'reflect-metadata';
import { readFileSync } from 'node:fs';
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

  migrate                                           apply pending migrations
  merchant:create --name <name> [--time-zone <IANA zone>]
  merchant:list
  store:create    --merchant <id> --code <code> --name <name> [--address a] [--phone p] [--area a] [--contact c] [--org-type 1|2|3]
  store:list      --merchant <id>
  apikey:create   --merchant <id> [--name <name>] [--role ADMIN|OPERATOR|READONLY]
  apikey:list     --merchant <id>
  apikey:revoke   --merchant <id> --id <key id>
  shimapp:create  --merchant <id> --contract partner-openapi|erp-member-points|cpoint-inner --name <name>
                  [--app-key <appId/appName>] [--partner-id <id>] [--public-key-file <pem>] [--allow-unsigned]
  shimapp:list    --merchant <id>
  shimapp:close   --merchant <id> --id <app id>      (shim answers "temporarily closed")
  shimapp:open    --merchant <id> --id <app id>
  shimapp:revoke  --merchant <id> --id <app id>
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
  help: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

function required(values: Values, name: keyof Values): string {
  const value = values[name];
  if (typeof value !== 'string' || !value) throw new UsageError(`--${name} is required.`);
  return value;
}

class UsageError extends Error {}

async function run(command: string, values: Values, platform: Platform, deps: AppDeps): Promise<unknown> {
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
      const role = (values.role ?? ApiKeyRole.ADMIN).toUpperCase();
      if (!(role in ApiKeyRole)) throw new UsageError(`--role is one of ${Object.keys(ApiKeyRole).join(', ')}.`);
      const ctx = await merchantContext(deps, required(values, 'merchant'));
      const { apiKey, secret } = await createApiKey(ctx, { name: values.name ?? 'cli key', role: role as ApiKeyRole });
      return { id: apiKey.id, name: apiKey.name, role: apiKey.role, prefix: apiKey.prefix, secret };
    }
    case 'apikey:list':
      return listApiKeys(await merchantContext(deps, required(values, 'merchant')));
    case 'apikey:revoke': {
      const apiKey = await revokeApiKey(await merchantContext(deps, required(values, 'merchant')), required(values, 'id'));
      return { id: apiKey.id, revokedAt: apiKey.revokedAt };
    }
    case 'shimapp:create': {
      const contract = required(values, 'contract') as ShimContract;
      if (!Object.values(ShimContract).includes(contract)) {
        throw new UsageError(`--contract is one of ${Object.values(ShimContract).join(', ')}.`);
      }
      const ctx = await merchantContext(deps, required(values, 'merchant'));
      const created = await createShimApp(ctx, {
        contract,
        name: required(values, 'name'),
        appKey: values['app-key'],
        partnerId: values['partner-id'],
        publicKeyPem: values['public-key-file'] ? readFileSync(values['public-key-file'], 'utf8') : undefined,
        allowUnsigned: values['allow-unsigned'] ?? false,
      });
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
    default:
      throw new UsageError(`Unknown command ${command}.`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options, allowPositionals: true, strict: true });
  const command = positionals[0];
  if (!command || values.help) {
    process.stderr.write(usage);
    return command ? 0 : 2;
  }
  const config = loadConfig();
  // Logs go to stderr so stdout carries only the JSON answer.
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, pino.destination(2));
  const platform = await openPlatform(config, log);
  try {
    const result = await run(command, values, platform, { orm: platform.orm, config, log, metrics: createMetrics() });
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof BusinessError || error instanceof InputErrors) {
      const errors = error instanceof InputErrors ? error.errors : [error];
      process.stdout.write(
        JSON.stringify({ errors: errors.map((e) => ({ code: e.code, message: e.message, field: e.field })) }, null, 2) + '\n',
      );
      return 1;
    }
    throw error;
  } finally {
    await platform.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`cli failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
