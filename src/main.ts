import 'reflect-metadata';
import { loadConfig } from './config.js';
import { countMerchants, openPlatform } from './db/bootstrap.js';
import { createApp, finalErrorHandler } from './http/app.js';
import { ensureDemoMerchant } from './services/merchant.service.js';
import { createLogger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { mountShims } from './shims/index.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const platform = await openPlatform(config, log);
  const deps = { orm: platform.orm, config, log, metrics: createMetrics() };

  if (!config.NO_DEMO) {
    const demo = await ensureDemoMerchant(deps, () => countMerchants(platform.ownerOrm));
    if (demo) {
      log.info({ merchantId: demo.merchant.id, storeId: demo.store.id }, 'created demo merchant');
      // Printed once, in plain text, because it is meant for the person at the terminal.
      process.stdout.write(
        `\n  Demo merchant created. Its admin API key (shown only now):\n\n    ${demo.apiKey}\n\n` +
          `  Try: curl -s http://localhost:${config.PORT}/graphql -H 'content-type: application/json' \\\n` +
          `         -H 'authorization: Bearer ${demo.apiKey}' -d '{"query":"{ merchant { name } }"}'\n\n` +
          `  Legacy shim apps (unsigned requests accepted: development only):\n` +
          demo.shimApps
            .map(
              (a) =>
                `    ${a.contract.padEnd(18)} app ${a.appKey}${a.partnerId ? `  partnerId ${a.partnerId}` : ''}${a.secret ? `  secret ${a.secret}` : ''}`,
            )
            .join('\n') +
          '\n\n',
      );
    }
  }

  const { app, apollo } = await createApp(deps);
  mountShims(app, deps);
  app.use(finalErrorHandler(deps));
  const server = app.listen(config.PORT, () => {
    log.info({ port: config.PORT, database: platform.db.embedded ? 'embedded' : 'external' }, 'MemberGraph listening');
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // A stuck connection must not keep the process (and the embedded database) alive forever.
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    server.close();
    server.closeIdleConnections();
    // Each step runs whatever happened to the one before: with Ctrl-C the embedded PostgreSQL
    // receives the signal too and may already be going away.
    for (const [step, run] of [
      ['graphql', () => apollo.stop()],
      ['database', () => platform.close()],
    ] as const) {
      try {
        await run();
      } catch (error) {
        log.warn({ err: error, step }, 'shutdown step failed');
      }
    }
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // A start-up failure is printed plainly: there is no server to log through yet.
  console.error('MemberGraph failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
