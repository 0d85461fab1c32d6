import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ApiKeyRole, ShimAppStatus, type ShimContract } from '../../domain/access.enums.js';
import { createRequestContext, inRequestTransaction, type AppDeps, type RequestContext } from '../../request/context.js';
import type { Principal } from '../../request/principal.js';
import { resolveShimApp, type ResolvedShimApp } from '../../request/authenticate.js';
import { findNul } from '../../domain/text-input.js';
import { runOperation } from './run-operation.js';
import { EdgeFailure, ShimError, type ShimFailure } from './shim-error.js';

/** What a route handler gets: the caller (an app for most contracts) and a way to run GraphQL as it. */
export interface ShimCall<Caller = ResolvedShimApp> {
  caller: Caller;
  requestId: string;
  log: Logger;
  run<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R>;
}

export type ShimMethod = 'GET' | 'POST' | 'PUT';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- routes of any input share one list
export interface ShimRoute<Input = any, Caller = ResolvedShimApp> {
  /** POST unless the contract says otherwise (members-rest reads with GET and updates with PUT). */
  method?: ShimMethod;
  /** Path under the contract's base, as the legacy document writes it. */
  path: string;
  summary: string;
  /**
   * A route the contract lets anyone call (card-manage's login): the dialect's `authenticate` is
   * still called and decides what such a caller is (usually: which merchant, nobody yet).
   */
  public?: boolean;
  /**
   * `request` (the default): the whole legacy call is one transaction, so a route that runs several
   * operations keeps all their work or none. `operation`: each operation commits on its own, for
   * routes whose failure answer must keep what the operation recorded (a failed login counts
   * towards the lockout even though the route answers an error), and for routes that run exactly
   * one mutation (the same outcome, one round trip fewer). `read`: the call only reads, in one
   * read-only transaction (a write in it fails), as a GraphQL query does.
   */
  transaction?: 'request' | 'operation' | 'read';
  /** Validates the decoded parameters; also the source of the OpenAPI request schema. */
  input: z.ZodType<Input>;
  /** The shape of `data` on success, for the OpenAPI document. */
  output: z.ZodType;
  /**
   * The role the route's GraphQL runs as: OPERATOR (change members and points) unless the
   * contract itself gives its callers an admin route (cpoint-inner's taskCnfUpdate).
   */
  role?: ApiKeyRole;
  handle(call: ShimCall<Caller>, input: Input): Promise<unknown>;
}

/**
 * Everything that differs between contracts: how callers name themselves, sign, and get answers.
 * `Caller` is what `authenticate` resolves: a shim app for the signed contracts ({@link appCallers}),
 * a staff session or an app for the others.
 */
export interface Dialect<Caller = ResolvedShimApp> {
  contract: ShimContract;
  title: string;
  /** Prefix of every route; may hold path parameters (`/web/m/:merchant/manage`). */
  basePath: string;
  /** Body parsers the contract accepts (JSON, urlencoded...), each with the size limit. */
  parsers(limit: string): express.RequestHandler[];
  /** Resolves the caller from its credential; throws a ShimError (UNKNOWN_APP, FORBIDDEN...) when it cannot. */
  authenticate(req: Request, route: ShimRoute<unknown, Caller>, deps: AppDeps): Promise<Caller>;
  /** Whom the route's GraphQL runs as: the caller's merchant and role or staff permissions. */
  principalOf(caller: Caller, route: ShimRoute<unknown, Caller>): Principal;
  /**
   * Verifies the request against the caller (signature, partner) and returns the parameters.
   * `routePath` is the route's own path with its path parameters filled in
   * (`/member/score/opt/1`, `/cm/inner/task/submit`): signatures bind it (docs/security.md).
   */
  verify(req: Request, caller: Caller, routePath: string): Record<string, unknown>;
  success(res: Response, caller: Caller, data: unknown): void | Promise<void>;
  /** `caller` is null when the caller could not be identified. */
  failure(res: Response, caller: Caller | null, failure: ShimFailure, message: string): void | Promise<void>;
  /** OpenAPI schemas of the envelope around a route's input and output. */
  openapi: {
    request(input: Record<string, unknown>): Record<string, unknown>;
    response(output: Record<string, unknown>): Record<string, unknown>;
    /** How callers authenticate, as OpenAPI security schemes; every route but public ones requires all of them. */
    securitySchemes: Record<string, Record<string, unknown>>;
    /** Callers use any one of the schemes instead (members-rest: an app or a staff token). */
    anyScheme?: boolean;
    /**
     * The responses object of a route, for contracts that answer with HTTP statuses (members-rest);
     * without it, one 200 whose body is `response(output)`.
     */
    responses?(output: Record<string, unknown>): Record<string, unknown>;
  };
}

/**
 * Authentication of the contracts whose callers are shim apps (`shimapp:create`): the app named by
 * `appKeyOf`, live and open, running as the route's role (OPERATOR unless the route says).
 */
export function appCallers(
  contract: ShimContract,
  appKeyOf: (req: Request) => string,
): Pick<Dialect<ResolvedShimApp>, 'authenticate' | 'principalOf'> {
  return {
    async authenticate(req, _route, deps) {
      const app = await resolveShimApp(deps.orm, contract, appKeyOf(req));
      if (!app) throw new ShimError(EdgeFailure.UNKNOWN_APP, 'Unknown or revoked app.');
      if (app.status === ShimAppStatus.CLOSED)
        throw new ShimError(EdgeFailure.APP_CLOSED, 'This interface is temporarily closed for the app.');
      return app;
    },
    principalOf: (app, route) => ({
      merchantId: app.merchantId,
      role: route.role ?? ApiKeyRole.OPERATOR,
      credentialId: app.appId,
    }),
  };
}

/** `/web/m/:merchant/manage` as a test of a request path: does the path lie under it? */
function basePathPattern(basePath: string): RegExp {
  const literal = basePath.split(/:\w+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('[^/]+')}(/|$)`);
}

/**
 * The path a signature binds: the route as declared, its parameters filled in with the decoded
 * values the request addressed. It does not depend on how the caller spelled the URL (`%31` for
 * `1`) or on a proxy's prefix, only on which route runs and with what path parameters.
 */
function routePathOf<C>(dialect: Dialect<C>, route: ShimRoute<unknown, C>): (req: Request) => string {
  const declared = `${dialect.basePath}${route.path}`;
  // Most routes have no path parameter: their path is the same for every request.
  if (!declared.includes(':')) return () => declared;
  return (req) => declared.replace(/:(\w+)/g, (_, name: string) => String(req.params[name] ?? ''));
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/**
 * Builds a contract's router: body parsing with a limit, app lookup, signature check, input
 * validation, the route's GraphQL work, and every outcome in the contract's own envelope. A shim
 * only supplies its dialect and routes.
 */
export function createShimRouter<Caller>(
  deps: AppDeps,
  dialect: Dialect<Caller>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- routes of any input share one list
  routes: ShimRoute<any, Caller>[],
): Router {
  const router = express.Router();

  router.get(`/shims/${dialect.contract}/openapi.json`, (_req, res) => {
    res.json(openApiDocument(dialect, routes));
  });

  for (const route of routes) {
    const method = (route.method ?? 'POST').toLowerCase() as 'get' | 'post' | 'put';
    const signedPath = routePathOf(dialect, route);
    router[method](`${dialect.basePath}${route.path}`, ...dialect.parsers(deps.config.BODY_LIMIT), async (req, res) => {
      let caller: Caller | null = null;
      try {
        caller = await dialect.authenticate(req, route, deps);
        // Path parameters (partner-openapi's /score/opt/{type}) take precedence over the body.
        const params = { ...dialect.verify(req, caller, signedPath(req)), ...req.params };
        // PostgreSQL stores no NUL in text: refuse it here, as the caller's mistake.
        const nul = findNul(params, 'params');
        if (nul)
          throw new ShimError(EdgeFailure.BAD_PARAMETERS, `${nul.slice('params.'.length)}: must not contain the NUL character`);
        const parsed = route.input.safeParse(params);
        if (!parsed.success) throw new ShimError(EdgeFailure.BAD_PARAMETERS, firstIssue(parsed.error));
        const resolved = caller;
        const requestId = String(req.id);
        const ctx = createRequestContext(deps, dialect.principalOf(caller, route), requestId, req.ip ?? '');
        const handle = (rc: RequestContext) => {
          // The route's logger is made when a route first logs (most never do): a child logger per
          // request cost more than some routes' own work.
          let log: Logger | undefined;
          return route.handle(
            {
              caller: resolved,
              requestId,
              get log() {
                return (log ??= rc.log.child({ shim: dialect.contract, credentialId: rc.principal.credentialId }));
              },
              run: (document, variables) => runOperation(deps, rc, document, variables),
            },
            parsed.data,
          );
        };
        // By default the whole legacy call is one transaction: a route that runs several operations
        // (the ERP push: look up, register, change points) keeps all their work or none of it. A
        // failed step throws a ShimError, which rolls the transaction back before the answer.
        const data = await (route.transaction === 'operation'
          ? handle(ctx)
          : inRequestTransaction(ctx, handle, { readOnly: route.transaction === 'read' }));
        await dialect.success(res, caller, data);
      } catch (error) {
        if (error instanceof ShimError) {
          await dialect.failure(res, caller, error.failure, error.message);
        } else {
          deps.log.error({ err: error, requestId: req.id, shim: dialect.contract }, 'shim request failed');
          await dialect.failure(res, caller, EdgeFailure.INTERNAL, 'Internal error.');
        }
      }
    });
  }

  // Body-parser failures (malformed JSON, too large) still answer in the contract's envelope.
  const underBase = basePathPattern(dialect.basePath);
  const bodyErrors: ErrorRequestHandler = async (error, req, res, next) => {
    if (!underBase.test(req.path) || res.headersSent) {
      next(error);
      return;
    }
    const tooLarge = error?.status === 413;
    await dialect.failure(
      res,
      null,
      tooLarge ? EdgeFailure.BODY_TOO_LARGE : EdgeFailure.BAD_PARAMETERS,
      tooLarge ? 'The request body is larger than the limit.' : 'The request body cannot be parsed.',
    );
  };
  router.use(bodyErrors);
  return router;
}

/** `/member/score/opt/{type}` → `memberScoreOptByType`: unique per document, stable across releases. */
export function operationIdOf(path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return words.map((w, i) => (i === 0 ? w[0]!.toLowerCase() : w[0]!.toUpperCase()) + w.slice(1)).join('');
}

/**
 * OpenAPI 3.1, generated from the same zod schemas that validate the requests: the method, path
 * parameters (of the base path too), query parameters of GET routes, the server it is served from,
 * how callers authenticate, and an operationId per route.
 */
export function openApiDocument<Caller>(
  dialect: Dialect<Caller>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- routes of any input share one list
  routes: ShimRoute<any, Caller>[],
): Record<string, unknown> {
  const schema = (type: z.ZodType, io: 'input' | 'output') => {
    const { $schema: _drop, ...rest } = z.toJSONSchema(type, { io, unrepresentable: 'any' }) as Record<string, unknown>;
    return rest;
  };
  const schemes = Object.keys(dialect.openapi.securitySchemes);
  const security = dialect.openapi.anyScheme
    ? schemes.map((name) => ({ [name]: [] }))
    : [Object.fromEntries(schemes.map((name) => [name, []]))];
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const method = route.method ?? 'POST';
    const fullPath = `${dialect.basePath}${route.path}`;
    const input = schema(route.input, 'input');
    const properties = (input.properties ?? {}) as Record<string, Record<string, unknown>>;
    const inPath = [...fullPath.matchAll(/:(\w+)/g)].map(([, name]) => name!);
    const parameters: Record<string, unknown>[] = inPath.map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: properties[name] ?? { type: 'string' },
    }));
    // A GET carries its parameters in the query string; the others in the body.
    if (method === 'GET') {
      const required = new Set((input.required ?? []) as string[]);
      for (const [name, property] of Object.entries(properties)) {
        if (!inPath.includes(name)) parameters.push({ name, in: 'query', required: required.has(name), schema: property });
      }
    }
    const openApiPath = fullPath.replace(/:(\w+)/g, '{$1}');
    paths[openApiPath] ??= {};
    paths[openApiPath][method.toLowerCase()] = {
      operationId: operationIdOf(`${method === 'POST' ? '' : method.toLowerCase()}/${route.path}`),
      summary: route.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(method === 'GET'
        ? {}
        : {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: dialect.openapi.request(input) } },
            },
          }),
      ...(route.public ? { security: [] } : {}),
      responses: dialect.openapi.responses?.(schema(route.output, 'output')) ?? {
        '200': {
          description: 'Every outcome, success or failure, in the contract envelope (see docs/shims).',
          content: { 'application/json': { schema: dialect.openapi.response(schema(route.output, 'output')) } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: dialect.title, version: '1.0.0' },
    // Relative: the document is served by the very server that answers the routes.
    servers: [{ url: '/', description: 'The MemberGraph server serving this document' }],
    components: { securitySchemes: dialect.openapi.securitySchemes },
    security,
    paths,
  };
}
