import { randomBytes } from 'node:crypto';
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config.js';
import { openPlatform } from '../src/db/bootstrap.js';
import { operatorContext } from '../src/request/context.js';
import { createMetrics } from '../src/observability/metrics.js';
import { ApiKeyRole } from '../src/domain/access.enums.js';
import { createApp, finalErrorHandler } from '../src/http/app.js';
import { createLogger } from '../src/observability/logger.js';
import { createApiKey } from '../src/services/api-key.service.js';
import { createMerchant } from '../src/services/merchant.service.js';
import { mountShims } from '../src/shims/index.js';
import { reportStatsOnRequest } from './server-stats.js';

/**
 * The server under benchmark, in its own process so the load generator does not share its
 * thread: the same code as `npm start`, plus a fresh merchant and admin key printed as one JSON
 * line on stdout. Stops on SIGTERM.
 *
 * Bench mode only: every statement the request ORM's connections send is counted (the same
 * place the tests count them, at the connection: transaction control, set_config and the API key
 * lookup included), and the count is reported with CPU and RSS over the IPC channel when the
 * bench asks (server-stats.ts).
 */
let statements = 0;

const config = loadConfig({
  // A bench makes its own data: any key seals it, unless one is given.
  SECRETS_KEY: randomBytes(32).toString('base64'),
  ...process.env,
  LOG_LEVEL: 'silent',
  NO_DEMO: '1',
  DB_POOL_MAX: process.env.DB_POOL_MAX ?? '20',
});
const log = createLogger('silent');
const platform = await openPlatform(config, log, { onQuery: () => void statements++ });
const deps = { orm: platform.orm, config, log, metrics: createMetrics() };
reportStatsOnRequest(
  () => statements,
  async () => (await deps.metrics.signatureSeconds.get()).values.reduce((sum, { value }) => sum + value * 1e6, 0),
);
const { app, apollo } = await createApp(deps);
mountShims(app, deps);
app.use(finalErrorHandler(deps));
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const merchant = await createMerchant(platform.orm, { name: `bench ${new Date().toISOString()}` });
const { secret } = await createApiKey(operatorContext(deps, merchant.id), { name: 'bench', role: ApiKeyRole.ADMIN });
process.stdout.write(
  JSON.stringify({
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    merchantId: merchant.id,
    apiKey: secret,
    databaseUrl: platform.db.url,
  }) + '\n',
);
process.on('SIGTERM', async () => {
  server.closeAllConnections();
  server.close();
  await apollo.stop();
  await platform.close();
  process.exit(0);
});
