import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ApiKeyRole, ShimAppStatus, type ShimContract } from '../../domain/access.enums.js';
import { createRequestContext, inRequestTransaction, type AppDeps } from '../../request/context.js';
import type { Principal } from '../../request/principal.js';
import { resolveShimApp, type ResolvedShimApp } from '../../request/authenticate.js';
import { findNul } from '../../domain/text-input.js';
import { runOperation } from './run-operation.js';
import { EdgeFailure, ShimError, type ShimFailure } from './shim-error.js';

/** What a route handler gets: the caller's app and a way to run GraphQL as that app. */
export interface ShimCall {
  app: ResolvedShimApp;
  requestId: string;
  log: Logger;
  run<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- routes of any input share one list
export interface ShimRoute<Input = any> {
  /** Path under the contract's base, as the legacy document writes it. */
  path: string;
  summary: string;
  /** Validates the decoded parameters; also the source of the OpenAPI request schema. */
  input: z.ZodType<Input>;
  /** The shape of `data` on success, for the OpenAPI document. */
  output: z.ZodType;
  /**
   * The role the route's GraphQL runs as: OPERATOR (change members and points) unless the
   * contract itself gives its callers an admin route (cpoint-inner's taskCnfUpdate).
   */
  role?: ApiKeyRole;
  handle(call: ShimCall, input: Input): Promise<unknown>;
}

/** Everything that differs between contracts: how callers name themselves, sign, and get answers. */
export interface Dialect {
  contract: ShimContract;
  title: string;
  basePath: string;
  /** Body parsers the contract accepts (JSON, urlencoded...), each with the size limit. */
  parsers(limit: string): express.RequestHandler[];
  /** The app key the caller sent; throws when there is none. */
  appKeyOf(req: Request): string;
  /**
   * Verifies the request against the app (signature, partner) and returns the parameters.
   * `routePath` is the route's own path with its path parameters filled in
   * (`/member/score/opt/1`, `/cm/inner/task/submit`): signatures bind it (docs/security.md).
   */
  verify(req: Request, app: ResolvedShimApp, routePath: string): Record<string, unknown>;
  success(res: Response, app: ResolvedShimApp, data: unknown): void | Promise<void>;
  /** `app` is null when the caller could not be identified. */
  failure(res: Response, app: ResolvedShimApp | null, failure: ShimFailure, message: string): void | Promise<void>;
  /** OpenAPI schemas of the envelope around a route's input and output. */
  openapi: {
    request(input: Record<string, unknown>): Record<string, unknown>;
    response(output: Record<string, unknown>): Record<string, unknown>;
    /** How callers authenticate, as OpenAPI security schemes; every route requires all of them. */
    securitySchemes: Record<string, Record<string, unknown>>;
  };
}

/**
 * The path a signature binds: the route as declared, its parameters filled in with the decoded
 * values the request addressed. It does not depend on how the caller spelled the URL (`%31` for
 * `1`) or on a proxy's prefix, only on which route runs and with what path parameters.
 */
function routePathOf(dialect: Dialect, route: ShimRoute, req: Request): string {
  return `${dialect.basePath}${route.path}`.replace(/:(\w+)/g, (_, name: string) => String(req.params[name] ?? ''));
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
export function createShimRouter(deps: AppDeps, dialect: Dialect, routes: ShimRoute[]): Router {
  const router = express.Router();

  router.get(`/shims/${dialect.contract}/openapi.json`, (_req, res) => {
    res.json(openApiDocument(dialect, routes));
  });

  for (const route of routes) {
    router.post(`${dialect.basePath}${route.path}`, ...dialect.parsers(deps.config.BODY_LIMIT), async (req, res) => {
      let app: ResolvedShimApp | null = null;
      try {
        app = await resolveShimApp(deps.orm, dialect.contract, dialect.appKeyOf(req));
        if (!app) throw new ShimError(EdgeFailure.UNKNOWN_APP, 'Unknown or revoked app.');
        if (app.status === ShimAppStatus.CLOSED)
          throw new ShimError(EdgeFailure.APP_CLOSED, 'This interface is temporarily closed for the app.');
        // Path parameters (partner-openapi's /score/opt/{type}) take precedence over the body.
        const params = { ...dialect.verify(req, app, routePathOf(dialect, route, req)), ...req.params };
        // PostgreSQL stores no NUL in text: refuse it here, as the caller's mistake.
        const nul = findNul(params, 'params');
        if (nul)
          throw new ShimError(EdgeFailure.BAD_PARAMETERS, `${nul.slice('params.'.length)}: must not contain the NUL character`);
        const parsed = route.input.safeParse(params);
        if (!parsed.success) throw new ShimError(EdgeFailure.BAD_PARAMETERS, firstIssue(parsed.error));
        const resolved = app;
        const principal: Principal = {
          merchantId: app.merchantId,
          role: route.role ?? ApiKeyRole.OPERATOR,
          credentialId: app.appId,
        };
        const requestId = String(req.id);
        const ctx = createRequestContext(deps, principal, requestId, req.ip ?? '');
        // The whole legacy call is one transaction: a route that runs several operations (the ERP
        // push: look up, register, change points) either keeps all their work or none of it. A
        // failed step throws a ShimError, which rolls the transaction back before the answer.
        const data = await inRequestTransaction(ctx, (tx) =>
          route.handle(
            {
              app: resolved,
              requestId,
              log: tx.log.child({ shim: dialect.contract, appId: resolved.appId }),
              run: (document, variables) => runOperation(deps, tx, document, variables),
            },
            parsed.data,
          ),
        );
        await dialect.success(res, app, data);
      } catch (error) {
        if (error instanceof ShimError) {
          await dialect.failure(res, app, error.failure, error.message);
        } else {
          deps.log.error({ err: error, requestId: req.id, shim: dialect.contract }, 'shim request failed');
          await dialect.failure(res, app, EdgeFailure.INTERNAL, 'Internal error.');
        }
      }
    });
  }

  // Body-parser failures (malformed JSON, too large) still answer in the contract's envelope.
  const bodyErrors: ErrorRequestHandler = async (error, req, res, next) => {
    if (!req.path.startsWith(dialect.basePath) || res.headersSent) {
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
 * OpenAPI 3.1, generated from the same zod schemas that validate the requests: path parameters,
 * the server it is served from, how callers authenticate, and an operationId per route.
 */
export function openApiDocument(dialect: Dialect, routes: ShimRoute[]): Record<string, unknown> {
  const schema = (type: z.ZodType, io: 'input' | 'output') => {
    const { $schema: _drop, ...rest } = z.toJSONSchema(type, { io, unrepresentable: 'any' }) as Record<string, unknown>;
    return rest;
  };
  const security = [Object.fromEntries(Object.keys(dialect.openapi.securitySchemes).map((name) => [name, []]))];
  const paths: Record<string, unknown> = {};
  for (const route of routes) {
    const input = schema(route.input, 'input');
    const properties = (input.properties ?? {}) as Record<string, Record<string, unknown>>;
    const parameters = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
      name: name!,
      in: 'path',
      required: true,
      schema: properties[name!] ?? { type: 'string' },
    }));
    paths[`${dialect.basePath}${route.path}`.replace(/:(\w+)/g, '{$1}')] = {
      post: {
        operationId: operationIdOf(route.path),
        summary: route.summary,
        ...(parameters.length ? { parameters } : {}),
        requestBody: {
          required: true,
          content: { 'application/json': { schema: dialect.openapi.request(input) } },
        },
        responses: {
          '200': {
            description: 'Every outcome, success or failure, in the contract envelope (see docs/shims).',
            content: { 'application/json': { schema: dialect.openapi.response(schema(route.output, 'output')) } },
          },
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
