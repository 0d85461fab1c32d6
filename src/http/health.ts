import express, { type Router } from 'express';
import type { Logger } from 'pino';
import type { Orm } from '../db/orm.js';

/** What the process knows about itself beyond the pool: the server wires these in (main.ts). */
export interface HealthSignals {
  /** false while the embedded PostgreSQL is down and being restarted. */
  databaseRunning?: () => boolean;
  /** true once shutdown has begun: stop sending traffic here. */
  draining?: () => boolean;
}

type DatabaseHealth = 'up' | 'down' | 'restarting';

const PROBE_TIMEOUT_MS = 2000;

/**
 * `/healthz` and `/readyz` both say whether this process can serve requests right now, which
 * needs its database: neither answers 200 while nothing could be served. `/readyz` also turns
 * 503 as soon as shutdown begins, so load balancers stop routing before connections close.
 */
export function healthRouter(orm: Orm, log: Logger, signals: HealthSignals = {}): Router {
  const probe = async (): Promise<DatabaseHealth> => {
    if (signals.databaseRunning && !signals.databaseRunning()) return 'restarting';
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        orm.em.fork().execute('select 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
        }),
      ]);
      return 'up';
    } catch (error) {
      log.warn({ err: error }, 'database health check failed');
      return 'down';
    } finally {
      clearTimeout(timer);
    }
  };

  const router = express.Router();
  router.get('/healthz', async (_req, res) => {
    const database = await probe();
    res.status(database === 'up' ? 200 : 503).json({ status: database === 'up' ? 'ok' : 'unavailable', database });
  });
  router.get('/readyz', async (_req, res) => {
    if (signals.draining?.()) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const database = await probe();
    res.status(database === 'up' ? 200 : 503).json({ status: database === 'up' ? 'ok' : 'unavailable', database });
  });
  return router;
}
