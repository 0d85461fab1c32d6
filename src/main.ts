import 'reflect-metadata';
import { createServer, type RequestListener, type Server } from 'node:http';
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { loadConfig } from './config.js';
import { countMerchants, openPlatform, type Platform } from './db/bootstrap.js';
import type { App } from './http/app.js';
import type { ensureDemoMerchant } from './services/merchant.service.js';
import type { EventWorker } from './events/worker.js';
import type { DayTotalsRefresher } from './services/analytics/day-totals.js';
import type { AppDeps } from './request/context.js';
import { createLogger } from './observability/logger.js';
import { createMetrics, createMetricsApp } from './observability/metrics.js';

/** Binds the port before anything else starts, so a taken port fails at once and says which. */
function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `port ${port} is already in use by another process; stop it or set PORT to a free port`
          : error.code === 'EACCES'
            ? `port ${port} needs privileges this process does not have; set PORT above 1023`
            : `cannot listen on port ${port}: ${error.message}`;
      reject(new Error(reason, { cause: error }));
    });
    server.listen(port, () => resolve());
  });
}

function printDemoKey(demo: NonNullable<Awaited<ReturnType<typeof ensureDemoMerchant>>>, port: number): void {
  // Printed once, in plain text, because it is meant for the person at the terminal.
  process.stdout.write(
    `\n  Demo merchant created (id ${demo.merchant.id}). Its admin API key (shown only now; make another with apikey:create):\n\n    ${demo.apiKey}\n\n` +
      `  Try: curl -s http://localhost:${port}/graphql -H 'content-type: application/json' \\\n` +
      `         -H 'authorization: Bearer ${demo.apiKey}' -d '{"query":"{ merchant { name } }"}'\n\n` +
      `  Legacy shim apps (unsigned requests accepted: development only):\n` +
      demo.shimApps
        .map(
          (a) =>
            `    ${a.contract.padEnd(18)} app ${a.appKey}${a.partnerId ? `  partnerId ${a.partnerId}` : ''}${a.secret ? `  secret ${a.secret}` : ''}`,
        )
        .join('\n') +
      '\n\n' +
      `  card-manage (store app) base path: http://localhost:${port}/web/m/${demo.merchant.id}/manage\n` +
      `    staff login: username ${demo.cardManage.username}  password ${demo.cardManage.password} (send its MD5 hex, as the app does)\n\n`,
  );
}

/** Everything that is running, so that any exit (signal, fatal error, failed start) stops it in order. */
interface Running {
  server: Server;
  platform?: Platform;
  app?: App;
  /** The /metrics listener when METRICS_PORT puts it on a port of its own. */
  metricsServer?: Server;
  /** Event delivery in this process (EVENTS_WORKER=on), once started. */
  events?: EventWorker;
  /** The aggregates' day totals kept up to date (ANALYTICS_DAY_TOTALS_REFRESH_SECONDS > 0). */
  dayTotals?: DayTotalsRefresher;
  eventsStarting?: Promise<void>;
}

/**
 * Starts event delivery beside the server without holding up (or failing) the start: the API
 * serves while the worker starts, and a database that is away makes the worker try again later
 * (the server's own health answers for the database meanwhile).
 */
async function startEvents(
  deps: AppDeps,
  platform: Platform,
  running: Running,
  log: Logger,
  stopping: () => boolean,
): Promise<void> {
  const { startEventWorker } = await import('./events/worker.js');
  for (let attempt = 0; !stopping(); attempt++) {
    try {
      const worker = await startEventWorker(deps, { ownerUrl: platform.db.url });
      if (stopping()) await worker.stop();
      else running.events = worker;
      return;
    } catch (error) {
      const seconds = Math.min(30, 2 ** attempt);
      log.warn({ err: error, retryInSeconds: seconds }, 'event worker could not start; retrying');
      await new Promise((done) => setTimeout(done, seconds * 1000).unref());
    }
  }
}

async function stop(running: Running, log: Logger): Promise<void> {
  running.server.close();
  running.server.closeIdleConnections();
  running.metricsServer?.close();
  // Each step runs whatever happened to the one before.
  for (const [step, run] of [
    ['graphql', () => running.app?.apollo.stop()],
    [
      'events',
      async () => {
        // A start still retrying stops itself (it checks `stopping`); one in progress gets a moment.
        await Promise.race([running.eventsStarting, new Promise((done) => setTimeout(done, 2000).unref())]);
        await running.events?.stop();
      },
    ],
    ['day totals', () => running.dayTotals?.stop()],
    ['database', () => running.platform?.close()],
  ] as const) {
    try {
      await run();
    } catch (error) {
      log.warn({ err: error, step }, 'shutdown step failed');
    }
  }
}

async function main(): Promise<void> {
  const { values: flags } = parseArgs({ options: { 'create-db': { type: 'boolean' } }, strict: true });
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);

  // Until the app is built the port answers 503, so /healthz never claims health it does not have.
  let handler: RequestListener = (_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"starting"}');
  };
  const running: Running = { server: createServer((req, res) => handler(req, res)) };
  await listen(running.server, config.PORT);

  let stopping = false;
  let startup: Promise<void> = Promise.resolve();
  const shutdown = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'shutting down');
    // A stuck connection must not keep the process (and the embedded database) alive forever.
    setTimeout(() => process.exit(exitCode || 1), 15_000).unref();
    // A signal during start-up lets the start finish (or fail) first, so nothing is left running.
    await startup.catch(() => undefined);
    await stop(running, log);
    log.info('stopped');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));

  startup = (async () => {
    // The HTTP layer (Apollo, the schema, the shims) loads while PostgreSQL starts in its own
    // process: on two cores that overlap is most of a second of every start.
    const modules = Promise.all([import('./http/app.js'), import('./shims/index.js'), import('./services/merchant.service.js')]);
    modules.catch(() => undefined);
    running.platform = await openPlatform(config, log, {
      createDatabase: flags['create-db'],
      // Nothing can be served without the database: exit non-zero so a supervisor restarts us.
      onFatal: (error) => {
        log.fatal({ err: error }, 'the embedded PostgreSQL is gone; exiting');
        void shutdown('database lost', 1);
      },
    });
    if (stopping) return;
    const { platform } = running;
    const [{ createApp, finalErrorHandler }, { mountShims }, { ensureDemoMerchant }] = await modules;
    const deps = { orm: platform.orm, config, log, metrics: createMetrics() };
    if (!config.NO_DEMO) {
      const demo = await ensureDemoMerchant(deps, () => countMerchants(platform.ownerOrm));
      if (demo) {
        log.info({ merchantId: demo.merchant.id, storeId: demo.store.id }, 'created demo merchant');
        printDemoKey(demo, config.PORT);
      }
    }
    running.app = await createApp(deps, {
      databaseRunning: () => platform.db.running(),
      draining: () => stopping,
    });
    mountShims(running.app.app, deps);
    running.app.app.use(finalErrorHandler(deps));
    handler = running.app.app;
    if (config.EVENTS_WORKER === 'on') running.eventsStarting = startEvents(deps, platform, running, log, () => stopping);
    if (config.ANALYTICS_DAY_TOTALS_REFRESH_SECONDS > 0) {
      const { startDayTotalsRefresher } = await import('./services/analytics/day-totals.js');
      running.dayTotals = startDayTotalsRefresher(platform.ownerOrm, config.ANALYTICS_DAY_TOTALS_REFRESH_SECONDS, log);
    }
    if (config.METRICS_PORT) {
      running.metricsServer = createMetricsApp(deps.metrics, config).listen(config.METRICS_PORT, config.METRICS_HOST, () => {
        log.info({ port: config.METRICS_PORT, host: config.METRICS_HOST }, 'metrics listening');
      });
    }
  })();
  try {
    await startup;
  } catch (error) {
    if (!stopping) await stop(running, log);
    throw error;
  }
  if (stopping || !running.platform) return;
  log.info({ port: config.PORT, database: running.platform.db.embedded ? 'embedded' : 'external' }, 'MemberGraph listening');
}

/** The message of an error and of every cause behind it: "failed to start: undefined" helps no one. */
function describeFailure(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 5; depth++) {
    const message = e instanceof Error ? e.message || e.name : String(e);
    if (!parts.some((p) => p.includes(message))) parts.push(message);
    e = e instanceof Error ? e.cause : undefined;
  }
  return parts.join(': ') || 'unknown error';
}

main().catch((error: unknown) => {
  // A start-up failure is printed plainly: there may be no server to log through yet.
  console.error(`MemberGraph failed to start: ${describeFailure(error)}`);
  process.exit(1);
});
