import { timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request, type RequestHandler } from 'express';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Config } from '../config.js';

/** Path prefixes served without an Express route of their own (mounted apps, static files). */
const MOUNTED = ['/graphql', '/uploads', '/shims'];

/**
 * A request's `route` label: the Express route that handled it (`/member/score/opt/:type`), the
 * mount it went to (`/graphql`), or `unmatched`. Never the path as sent: every made-up path
 * would become a series of its own.
 */
function routeLabel(req: Request): string {
  if (req.route?.path && typeof req.route.path === 'string') return `${req.baseUrl}${req.route.path}`;
  const path = req.originalUrl.split('?')[0] ?? '';
  return MOUNTED.find((prefix) => path === prefix || path.startsWith(`${prefix}/`)) ?? 'unmatched';
}

/** One registry per app instance (not the global one), so tests can build several apps. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const graphqlOperations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by root field (the schema names them, not the client) and outcome.',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });

  const signatureSeconds = new Counter({
    name: 'shim_signature_seconds_total',
    help: "Time spent on RSA signatures by contract: verifying callers' requests and signing answers (partner-openapi's contract requires both on every call).",
    labelNames: ['contract', 'operation'],
    registers: [registry],
  });

  const timeRequests: RequestHandler = (req, res, next) => {
    const end = httpDuration.startTimer();
    res.on('finish', () => {
      const method = ['GET', 'POST', 'HEAD', 'OPTIONS'].includes(req.method) ? req.method : 'OTHER';
      end({ method, route: routeLabel(req), status: String(res.statusCode) });
    });
    next();
  };

  return { registry, timeRequests, graphqlOperations, signatureSeconds };
}
export type Metrics = ReturnType<typeof createMetrics>;

/** Runs synchronous work and adds the seconds it took to a counter. */
export function timedInto<T>(counter: { inc(value: number): void }, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    counter.inc((performance.now() - started) / 1000);
  }
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * Who may read /metrics: with METRICS_TOKEN, callers sending `Authorization: Bearer <token>`;
 * without one, callers on this host only (Express's `req.ip`, so a client behind a trusted proxy
 * is the client, not the proxy).
 */
export function metricsGuard(config: Config): RequestHandler {
  const token = config.METRICS_TOKEN ? Buffer.from(`Bearer ${config.METRICS_TOKEN}`) : null;
  return (req, res, next) => {
    if (token) {
      const sent = Buffer.from(req.get('authorization') ?? '');
      if (sent.length === token.length && timingSafeEqual(sent, token)) return next();
      res.status(401).set('www-authenticate', 'Bearer').json({ error: 'Send Authorization: Bearer <METRICS_TOKEN>.' });
      return;
    }
    if (LOOPBACK.test(req.ip ?? '')) return next();
    res.status(403).json({ error: 'Metrics are served to this host only; set METRICS_TOKEN or METRICS_PORT.' });
  };
}

/** The /metrics answer: Prometheus text. */
export function serveMetrics(metrics: Metrics): RequestHandler {
  return async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/** /metrics on the main port, guarded as {@link metricsGuard} says. */
export const metricsEndpoint = (metrics: Metrics, config: Config): RequestHandler[] => [
  metricsGuard(config),
  serveMetrics(metrics),
];

/**
 * A separate app serving only /metrics, for METRICS_PORT (listening on METRICS_HOST). There the
 * port is the guard (typically a private interface); a METRICS_TOKEN still applies.
 */
export function createMetricsApp(metrics: Metrics, config: Config): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', ...(config.METRICS_TOKEN ? [metricsGuard(config)] : []), serveMetrics(metrics));
  return app;
}
