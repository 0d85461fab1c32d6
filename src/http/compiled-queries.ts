import type { RequestHandler } from 'express';
import {
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { coerceVariables, compileOperation, runCompiled, type CompiledOperation } from '../graphql/compiled-operations.js';
import { runsWithoutTransaction } from '../graphql/transaction-free.js';
import { isDatabaseUnavailable } from '../db/database.js';
import { DATABASE_UNAVAILABLE } from '../errors/graphql-errors.js';
import { bearerCredential } from './auth.js';
import { readJsonBody } from './json-body.js';
import { createRequestContext, type AppDeps } from '../request/context.js';
import type { Principal } from '../request/principal.js';
import type { QueryCosts } from './query-cost.js';

/** Documents kept compiled; more and the cache starts over (a bound on memory under a flood of distinct texts). */
const MAX_PLANS = 500;

/** A query document compiled once: everything a request of the same text and operation reuses. */
interface Plan extends CompiledOperation {
  document: DocumentNode;
  /** The metrics label of the operation (app.ts operationLabel). */
  label: string;
  /** False when every field reads through one-message statements (graphql/transaction-free.ts). */
  transaction: boolean;
}

export interface CompiledQueryOptions {
  /** The body limit in bytes, the /graphql route's (readJsonBody reads as its express.json does). */
  bodyLimit: number;
  /** What every answered request passes through first: its id and access log, its timing. */
  accounting: RequestHandler[];
  /** Resolves `Authorization: Bearer <credential>` (request/authenticate.ts), from the credential cache when it can. */
  authenticate: (credential: string) => Promise<Principal | null>;
  schema: GraphQLSchema;
  /** The validation rules Apollo adds to graphql's specified rules (query-limits.ts limitRules). */
  validationRules: ValidationRule[];
  maxTokens: number;
  costs: QueryCosts;
  inputProblem: (document: DocumentNode, variables: Record<string, unknown>) => string | null;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  label: (operation: OperationDefinitionNode) => string;
}

export interface CompiledQueries {
  /** Mounted first, ahead of the access log, metrics and routes: see compiledQueries. */
  handler: RequestHandler;
  /** Mounted on /graphql before its body parser: passes on a body error the lane found (see handler). */
  replayBodyError: RequestHandler;
  /** Requests answered here since start (the rest went on to Apollo): for tests and the bench. */
  readonly served: number;
}

const JSON_TYPE = /^application\/json(?:\s*;\s*charset=utf-8)?$/i;

/**
 * The answer's media type is Apollo's to negotiate: this lane answers `application/json`, so it
 * takes only requests that accept nothing else in particular (no Accept header, any type, or
 * `application/json`); one preferring `application/graphql-response+json` goes on to Apollo.
 */
function acceptsPlainJson(accept: string | undefined): boolean {
  return accept === undefined || accept === '*/*' || JSON_TYPE.test(accept);
}

const noop = () => undefined;

/**
 * The read path for queries: documents compiled once (graphql-jit) and run without Apollo's request
 * pipeline. Apollo still answers everything else (mutations, anonymous callers, introspection, GET,
 * batches, persisted queries, and every request that a check below refuses), so each refusal keeps
 * its one wording and status there: this lane only serves what Apollo would run and answer 200.
 *
 * Per request it does what Apollo's pipeline and the plugins of app.ts do for a query, in the same
 * order: the input limits, the cost limit, one read-only merchant-scoped transaction around the
 * execution (query-transaction.ts), errors formatted by the same formatError, the same answer
 * (`{"errors":…,"data":…}` + newline, application/json), status 503 when every error is the
 * database being unreachable, and the operation counted in the same metric. What it skips is the
 * cost of doing the unchanging part again: parsing and validating the text, planning the
 * execution (resolvers, argument coercion and serializers are bound once per document), and
 * Apollo's per-request plugin machinery (a fifth of a read's CPU in the read bench's profile).
 *
 * It is the app's first middleware, so a request it answers skips Express's walk through every
 * route: it takes only `POST /graphql` with a JSON body and a bearer credential, reads the body as
 * the route's parser would (json-body.ts: same limit, same refusals), authenticates through the same cache, and, only once it knows it
 * will answer, gives the request its id, access-log line and timing (`accounting`). Anything else
 * goes on (`next()`) untouched but for the parsed body (`req.body`: the route's parser leaves a
 * request whose body was read as it is) or the body's error, which `replayBodyError` hands to the route's error handling.
 */
export function compiledQueries(deps: AppDeps, options: CompiledQueryOptions): CompiledQueries {
  const { schema, costs, formatError } = options;
  const rules = [...specifiedRules, ...options.validationRules];
  /** Query text + operation name -> its plan, or null: not for this lane (Apollo answers it). */
  const plans = new Map<string, Plan | null>();
  let served = 0;

  const planFor = (query: string, operationName: string | undefined): Plan | null => {
    const key = operationName === undefined ? query : `${operationName}\n${query}`;
    let plan = plans.get(key);
    if (plan !== undefined) return plan;
    plan = null;
    try {
      const document = parse(query, { maxTokens: options.maxTokens });
      const operation = validate(schema, document, rules).length ? null : getOperationAST(document, operationName);
      const compiled = operation ? compileOperation(schema, document, operation) : null;
      if (compiled) {
        const transaction = !runsWithoutTransaction(schema, document);
        plan = { document, ...compiled, label: options.label(compiled.operation), transaction };
      }
    } catch {
      // Unparsable (or too many tokens): Apollo answers it with its own error.
    }
    if (plans.size >= MAX_PLANS) plans.clear();
    plans.set(key, plan);
    return plan;
  };

  const handler: RequestHandler = (req, res, next) => {
    const { headers } = req;
    if (
      req.method !== 'POST' ||
      req.url !== '/graphql' ||
      !JSON_TYPE.test(headers['content-type'] ?? '') ||
      headers['content-encoding'] !== undefined ||
      !acceptsPlainJson(headers.accept) ||
      !headers.authorization
    ) {
      next();
      return;
    }
    readJsonBody(req, options.bodyLimit, (error, body) => {
      if (error) {
        res.locals.bodyError = error;
        next();
        return;
      }
      req.body = body;
      take(req, res, next).catch(next);
    });
  };

  const replayBodyError: RequestHandler = (_req, res, next) => {
    const error = res.locals.bodyError as unknown;
    if (error) res.locals.bodyError = undefined;
    next(error);
  };

  /** With the body parsed: answers the request here, or hands it on before anything is sent or run. */
  async function take(req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1], next: () => void): Promise<void> {
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
    if (
      !body ||
      typeof body.query !== 'string' ||
      body.extensions !== undefined ||
      (body.operationName !== undefined && body.operationName !== null && typeof body.operationName !== 'string') ||
      (body.variables != null && (typeof body.variables !== 'object' || Array.isArray(body.variables)))
    ) {
      next();
      return;
    }
    const plan = planFor(body.query, (body.operationName as string | null) ?? undefined);
    if (!plan) {
      next();
      return;
    }
    const variables = (body.variables ?? {}) as Record<string, unknown>;
    // The refusals are Apollo's to word: input limits, then cost (variables that do not fit their
    // types have no cost, and get Apollo's 400 too).
    if (options.inputProblem(plan.document, variables)) {
      next();
      return;
    }
    const cost = costs.costOf(schema, plan.document, plan.operation, variables);
    if (cost === undefined || cost > costs.maxCost) {
      next();
      return;
    }
    const coerced = coerceVariables(schema, plan.operation, variables);
    if ('errors' in coerced) {
      next();
      return;
    }
    // A credential that resolves to nothing (or a database that cannot be asked) is answered on
    // the route (http/auth.ts): 401, or 503.
    const credential = bearerCredential(req.headers.authorization);
    const principal = credential ? await options.authenticate(credential).catch(() => null) : null;
    if (!principal?.merchantId || principal.kind === 'anonymous') {
      next();
      return;
    }
    for (const account of options.accounting) account(req, res, noop);
    await answer(req.id as string, req.ip ?? '', principal, plan, coerced.coerced, res, next);
  }

  async function answer(
    requestId: string,
    ip: string,
    principal: Principal,
    plan: Plan,
    variables: Record<string, unknown>,
    res: Parameters<RequestHandler>[1],
    next: (error?: unknown) => void,
  ): Promise<void> {
    const ctx = createRequestContext(deps, principal, requestId, ip);
    let result: ExecutionResult;
    try {
      if (!plan.transaction) {
        // Every read is one message with its merchant (graphql/transaction-free.ts).
        result = await runCompiled(plan, ctx, variables);
      } else {
        // The transaction starts with its first read and its end rides with the connection's next
        // message (db/deferred-begin.ts): neither costs a round trip of its own.
        await ctx.em.begin({ readOnly: true });
        try {
          result = await runCompiled(plan, ctx, variables);
        } finally {
          await ctx.em.rollback();
        }
      }
    } catch (error) {
      if (!isDatabaseUnavailable(error)) {
        next(error);
        return;
      }
      ctx.log.warn({ err: error }, 'database unavailable');
      send(res, 503, { errors: [DATABASE_UNAVAILABLE] });
      return;
    }
    served++;
    let status = 200;
    let errors: GraphQLFormattedError[] | undefined;
    if (result.errors?.length) {
      errors = result.errors.map((error) => {
        // As Apollo's error normalisation: a code on every error, `http` taken off into the answer's status.
        const { http, ...rest } = (error.extensions ?? {}) as { http?: { status?: number }; code?: unknown };
        if (http?.status) status = http.status;
        const extensions = { ...rest, code: rest.code ?? 'INTERNAL_SERVER_ERROR' };
        return formatError({ ...(error as GraphQLError).toJSON(), extensions }, error);
      });
      if (errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) status = 503;
    }
    deps.metrics.graphqlOperations.inc({ operation: plan.label, outcome: errors ? 'error' : 'ok' });
    send(res, status, { errors, data: result.data });
  }

  return {
    handler,
    replayBodyError,
    get served() {
      return served;
    },
  };
}

/** The answer as Apollo writes it: JSON plus a newline, `application/json; charset=utf-8`. */
function send(res: Parameters<RequestHandler>[1], status: number, body: object): void {
  const json = JSON.stringify(body) + '\n';
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(json));
  res.end(json);
}
