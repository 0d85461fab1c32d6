import 'reflect-metadata';
import { loadConfig } from './config.js';
import { openPlatform } from './db/bootstrap.js';
import { startEventWorker } from './events/worker.js';
import { createLogger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { startDayTotalsRefresher } from './services/analytics/day-totals.js';

/**
 * `npm run worker`: event delivery as a process of its own (docs/operations.md), so delivery scales
 * apart from the API; it also keeps the aggregates' day totals up to date. Any number may run at once, beside servers started with EVENTS_WORKER=off
 * or not. With the embedded database it uses the one a running server owns.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const platform = await openPlatform(config, log, { shareEmbedded: true });
  const worker = await startEventWorker(
    { orm: platform.orm, config, log, metrics: createMetrics() },
    { ownerUrl: platform.db.url },
  );
  const dayTotals =
    config.ANALYTICS_DAY_TOTALS_REFRESH_SECONDS > 0
      ? startDayTotalsRefresher(platform.ownerOrm, config.ANALYTICS_DAY_TOTALS_REFRESH_SECONDS, log)
      : undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'event worker stopping');
    setTimeout(() => process.exit(1), 15_000).unref();
    await worker.stop();
    await dayTotals?.stop();
    await platform.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`MemberGraph worker failed to start: ${(error as Error).message}`);
  process.exit(1);
});
