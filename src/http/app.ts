import { randomUUID } from 'node:crypto';
import bytes from 'bytes';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import { GraphQLError, Kind, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { pinoHttp } from 'pino-http';
import { unwrapResolverError } from '@apollo/server/errors';
import { createRequestContext, type AppDeps, type RequestContext } from '../request/context.js';
import type { Principal } from '../request/principal.js';
import { getSchema } from '../graphql/build-schema.js';
import { DATABASE_UNAVAILABLE, EXPOSED_CODES, callerMistake, formatBusinessError } from '../errors/graphql-errors.js';
import { isDatabaseUnavailable } from '../db/database.js';
import { installSecretsKey, resolveSecretsKey } from '../db/secret-box.js';
import { requireApiKey } from './auth.js';
import { authenticateBearer } from '../request/authenticate.js';
import { uploadsRouter } from './uploads.js';
import { importsRouter } from './imports.js';
import { exportsRouter } from './exports.js';
import { graphiqlAssets, graphiqlPage } from './graphiql.js';
import { healthRouter, type HealthSignals } from './health.js';
import { metricsEndpoint, type Metrics } from '../observability/metrics.js';
import { inputLimits, inputProblems, limitRules, type QueryLimits } from './query-limits.js';
import { costLimit, queryCosts } from './query-cost.js';
import { compiledQueries, type CompiledQueries } from './compiled-queries.js';
import { queryTransaction } from './query-transaction.js';
import { listenForCredentialChanges } from '../request/credential-cache.js';

export interface App {
  app: Express;
  apollo: ApolloServer<RequestContext>;
  metrics: Metrics;
  /** The lane that answers queries on compiled documents (http/compiled-queries.ts). */
  compiledQueries: CompiledQueries;
}

/**
 * Known protocol errors pass through; anything else is logged whole and masked, so no stack trace,
 * SQL or constraint name ever reaches a caller. Apollo's formatError, also used by the compiled lane.
 */
export function formatGraphQLError(log: Logger): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const mistake = callerMistake(unwrapResolverError(error), formatted);
    if (mistake) return mistake;
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && EXPOSED_CODES.has(code)) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original)) {
      log.warn({ err: original, path: formatted.path }, 'database unavailable');
      return { ...DATABASE_UNAVAILABLE, path: formatted.path };
    }
    const business = formatBusinessError(original, formatted);
    if (business) return business;
    log.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Root fields an anonymous caller (no Authorization header) may use: logging in, nothing else. */
const PUBLIC_ROOT_FIELDS = new Set(['staffLogin', '__typename']);

/**
 * Anonymous requests get this far only so that a staff user can log in through GraphQL. Any
 * operation that selects more than the public root fields is refused with 401, as before.
 */
function requireAuthentication(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.principal.kind !== 'anonymous') return;
          const publicOnly =
            !!operation &&
            operation.selectionSet.selections.every(
              (selection) => selection.kind === Kind.FIELD && PUBLIC_ROOT_FIELDS.has(selection.name.value),
            );
          if (!publicOnly) {
            throw new GraphQLError('Send the header Authorization: Bearer <API key or staff token>.', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}

/**
 * Counts operations by what the schema names: the single root field selected (`member`,
 * `changePoints`), `multiple`, or `none` when the request never became an operation (unparsable,
 * invalid, unauthenticated). The client's operationName is its own choice: as a label it let
 * anyone create series without end.
 */
export function operationLabel(operation: OperationDefinitionNode): string {
  const fields = operation.selectionSet.selections;
  return fields.length === 1 && fields[0]!.kind === Kind.FIELD ? fields[0]!.name.value : 'multiple';
}

function countOperations(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, errors }) {
          const rejected = errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          const label = !operation || rejected ? 'none' : operationLabel(operation);
          metrics.graphqlOperations.inc({ operation: label, outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}

/**
 * An answer whose every error is the database being unreachable goes out as 503, whatever found it
 * first: a query's transaction starts with its first read (db/deferred-begin.ts), so a connection
 * lost while pooled shows in a resolver, not before execution.
 */
function databaseUnavailableStatus(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (errors?.length && errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) response.http.status = 503;
        },
      };
    },
  };
}

/**
 * The credential cache of this server instance lives as long as its GraphQL server: it starts
 * listening for credential changes with it and stops with it (request/credential-cache.ts). The
 * shims and uploads of the same instance authenticate through the same cache.
 */
function credentialChanges({ orm, config, log }: AppDeps): ApolloServerPlugin<RequestContext> {
  return {
    async serverWillStart() {
      const listener = listenForCredentialChanges(orm, {
        // Directly to PostgreSQL where there is a choice: APP_DATABASE_URL may go through PgBouncer,
        // which cannot LISTEN in transaction pooling; DATABASE_URL (the migrations') does not.
        url: config.DATABASE_URL ?? orm.config.get('clientUrl')!,
        ttlSeconds: config.CREDENTIAL_CACHE_SECONDS,
        log,
      });
      await listener.ready;
      return {
        async serverWillStop() {
          await listener.stop();
        },
      };
    },
  };
}

/** The request id: the caller's `x-request-id` (trimmed) or a fresh one, echoed in the answer. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/**
 * One access-log line per request (pino-http) when the log level writes it (info or lower);
 * otherwise only the request id. pino-http builds a child logger per request with the request
 * serialized and redacted up front, whether or not its line is ever written: 3.6 % of the
 * server's CPU in the read bench's profile at LOG_LEVEL=silent. Errors are logged where they are
 * handled, with the request id, at any level.
 */
function requestLog(log: Logger): RequestHandler {
  if (log.isLevelEnabled('info')) {
    return pinoHttp({
      logger: log,
      genReqId: requestId,
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    });
  }
  return (req, res, next) => {
    req.id = requestId(req, res);
    next();
  };
}

/**
 * Builds the HTTP application: health (with what the server knows about its database), metrics, the GraphQL endpoint behind API-key auth, and the
 * offline GraphiQL IDE. Shims mount their routers on the returned app.
 */
export async function createApp(deps: AppDeps, health: HealthSignals = {}): Promise<App> {
  const { config, log, orm } = deps;
  installSecretsKey(resolveSecretsKey(config));
  const { metrics } = deps;
  const schema = await getSchema();
  const limits: QueryLimits = {
    maxDepth: config.QUERY_MAX_DEPTH,
    maxAliases: config.QUERY_MAX_ALIASES,
    maxRootFields: config.QUERY_MAX_ROOT_FIELDS,
    maxVariables: config.QUERY_MAX_VARIABLES,
    maxListLength: config.QUERY_MAX_LIST_LENGTH,
  };

  const validationRules = limitRules(limits);
  const costs = queryCosts(config.QUERY_MAX_COST);
  const formatError = formatGraphQLError(log);
  const parseJson = express.json({ limit: config.BODY_LIMIT });
  const accessLog = requestLog(log);
  const compiled = compiledQueries(deps, {
    bodyLimit: bytes.parse(config.BODY_LIMIT) ?? 1024 * 1024,
    accounting: [accessLog, metrics.timeRequests],
    authenticate: (credential) => authenticateBearer(orm, credential),
    schema,
    validationRules,
    maxTokens: config.QUERY_MAX_TOKENS,
    costs,
    inputProblem: inputProblems(limits),
    formatError,
    label: operationLabel,
  });

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    // main.ts owns shutdown: it drains HTTP, stops Apollo, then closes the database in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.QUERY_MAX_TOKENS },
    validationRules,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs its cache-control plugin unless told not to: it wraps every field's resolver
      // (willResolveField) to compute Cache-Control hints that no field here declares and no POST
      // answer may use. 1.2 % of the server's CPU in the read bench's profile, for nothing.
      ApolloServerPluginCacheControlDisabled(),
      requireAuthentication(),
      inputLimits(limits),
      costLimit(costs),
      queryTransaction(),
      countOperations(metrics),
      databaseUnavailableStatus(),
      credentialChanges(deps),
    ],
    formatError,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  // No ETag on API answers: none is cacheable (POST, per caller), and hashing every body cost 0.5 %
  // of a read's CPU. Static assets (GraphiQL) keep theirs (express.static sets its own).
  app.set('etag', false);
  // Queries on compiled documents are answered before anything else runs (compiled-queries.ts).
  if (config.GRAPHQL_COMPILED_QUERIES === 'true') app.use(compiled.handler);
  app.use(accessLog);
  app.use(metrics.timeRequests);

  app.use(healthRouter(orm, log, health));
  // With METRICS_PORT, /metrics is served there only (main.ts); here it is guarded (metrics.ts).
  if (!config.METRICS_PORT) app.get('/metrics', ...metricsEndpoint(metrics, config));
  app.use(graphiqlAssets());
  app.get('/graphql', (req, res, next) => {
    // A browser asking for a page gets the IDE; API clients (GET queries) go on to Apollo.
    if (req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query) {
      res.type('html').send(graphiqlPage);
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    compiled.replayBodyError,
    parseJson,
    requireApiKey(orm, { allowAnonymous: true }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createRequestContext(deps, res.locals.principal as Principal, String(req.id), req.ip ?? ''),
    }),
  );
  app.use(uploadsRouter(deps));
  app.use(importsRouter(deps));
  app.use(exportsRouter(deps, apollo));
  return { app, apollo, metrics, compiledQueries: compiled };
}

/**
 * Last resort for errors outside GraphQL (malformed JSON, bodies over the limit, bugs): a JSON
 * answer with a status, never a stack. Mounted after the shims so it covers them too.
 */
export function finalErrorHandler(deps: AppDeps): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (isDatabaseUnavailable(error)) {
      deps.log.warn({ err: error, requestId: req.id }, 'database unavailable');
      res.status(503).json({ errors: [DATABASE_UNAVAILABLE] });
      return;
    }
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) deps.log.error({ err: error, requestId: req.id }, 'unhandled error');
    const message =
      status === 413
        ? 'The request body is larger than the limit.'
        : status === 400
          ? 'The request body is not valid JSON.'
          : status < 500
            ? String(error.message ?? 'Bad request.')
            : 'Internal server error.';
    res
      .status(status)
      .json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  };
}
