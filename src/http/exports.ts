import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ApolloServer } from '@apollo/server';
import { stringify } from 'csv-stringify';
import express, { type Response, type Router } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { createRequestContext, type AppDeps, type RequestContext } from '../request/context.js';
import type { Principal } from '../request/principal.js';
import { getSchema } from '../graphql/build-schema.js';
import { ExportRefused, PAGE_INFO_KEY, PAGE_VARIABLE, planExport, recordOf, type ExportPlan } from '../graphql/csv-export.js';
import { requireApiKey } from './auth.js';

/** The HTTP status of an export refused by GraphQL, when Apollo did not set one. */
const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

class PageFailed extends Error {
  constructor(
    readonly errors: readonly GraphQLFormattedError[],
    readonly status: number,
  ) {
    super(errors[0]?.message ?? 'The export failed.');
  }
}

interface Page {
  rows: Record<string, unknown>[];
  endCursor: string | null;
  hasNextPage: boolean;
}

function refuse(res: Response, status: number, errors: readonly GraphQLFormattedError[]): void {
  res.status(status).json({ errors });
}

/**
 * `POST /exports/csv` with `{ query, variables, operationName, bom }`: runs a GraphQL query through
 * the schema with the caller's credential (same permissions, filters and row-level security as
 * /graphql) and streams the rows as CSV. A list is walked page by page (cursor `page.after`, or
 * offsets for a list without cursors), each page in a fresh request context so memory stays flat
 * however long the list; rows go through csv-stringify, which the response's backpressure paces.
 * Anything wrong with the document, the variables or the caller is answered as GraphQL-style JSON
 * errors with a status, before the first byte of CSV.
 */
export function exportsRouter(deps: AppDeps, apollo: ApolloServer<RequestContext>): Router {
  const { config, log, orm } = deps;
  const router = express.Router();
  router.post('/exports/csv', express.json({ limit: config.BODY_LIMIT }), requireApiKey(orm), async (req, res, next) => {
    const principal = res.locals.principal as Principal;
    const body = (req.body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown; bom?: unknown };
    const variables = body.variables ?? {};
    if (
      typeof body.query !== 'string' ||
      typeof variables !== 'object' ||
      Array.isArray(variables) ||
      (body.operationName != null && typeof body.operationName !== 'string') ||
      (body.bom != null && typeof body.bom !== 'boolean')
    ) {
      refuse(res, 400, [
        {
          message: 'Send JSON { "query": "<GraphQL query>", "variables": { … }, "operationName": "…", "bom": true|false }.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ]);
      return;
    }
    let plan: ExportPlan;
    try {
      plan = planExport(await getSchema(), body.query, (body.operationName as string | undefined) ?? undefined);
    } catch (error) {
      if (!(error instanceof ExportRefused)) throw error;
      refuse(
        res,
        400,
        error.messages.map((message) => ({ message, extensions: { code: error.code } })),
      );
      return;
    }

    const runPage = async (page: { offset: number; limit: number; after: string | null }): Promise<Page> => {
      // A context per page: its EntityManager and loaders hold one page, never the whole export.
      const contextValue = createRequestContext(deps, principal, String(req.id), req.ip ?? '');
      const response = await apollo.executeOperation(
        {
          query: plan.document,
          operationName: plan.operationName,
          variables: plan.paged ? { ...variables, [PAGE_VARIABLE]: page } : variables,
        },
        { contextValue },
      );
      if (response.body.kind !== 'single') throw new Error('An export operation answered incrementally.');
      const { data, errors } = response.body.singleResult;
      if (errors?.length) {
        const code = String(errors[0]!.extensions?.code ?? '');
        throw new PageFailed(errors, response.http.status ?? STATUS_OF[code] ?? 400);
      }
      const root = (data as Record<string, unknown>)[plan.rootKey] as Record<string, unknown> | unknown[] | null;
      if (plan.shape === 'rows') return { rows: (root ?? []) as Record<string, unknown>[], endCursor: null, hasNextPage: false };
      const list = root as Record<string, unknown> | null;
      const info = list?.[PAGE_INFO_KEY] as { endCursor: string | null; hasNextPage: boolean } | undefined;
      return {
        rows: (list?.items ?? []) as Record<string, unknown>[],
        endCursor: info?.endCursor ?? null,
        hasNextPage: plan.paged && !!info?.hasNextPage,
      };
    };

    let limit = config.MAX_PAGE_SIZE;
    let first: Page;
    try {
      // A page too costly for QUERY_MAX_COST is asked for again, smaller, before giving up.
      for (;;) {
        try {
          first = await runPage({ offset: 0, limit, after: null });
          break;
        } catch (error) {
          if (!(error instanceof PageFailed) || error.errors[0]?.extensions?.code !== 'QUERY_TOO_COMPLEX' || limit <= 1)
            throw error;
          limit = Math.floor(limit / 2);
        }
      }
    } catch (error) {
      if (error instanceof PageFailed) refuse(res, error.status, error.errors);
      else next(error);
      return;
    }

    async function* records(): AsyncGenerator<(string | null)[]> {
      let page = first;
      let offset = 0;
      for (;;) {
        for (const row of page.rows) yield recordOf(row, plan.columns);
        if (!page.hasNextPage) return;
        offset += limit;
        // Lists on keyset pages go by cursor; a list that has no cursors yet goes by offset.
        page = await runPage(page.endCursor ? { offset: 0, limit, after: page.endCursor } : { offset, limit, after: null });
      }
    }

    res.status(200).set({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${plan.rootKey}.csv"`,
      'cache-control': 'no-store',
    });
    try {
      await pipeline(
        Readable.from(records()),
        stringify({ header: true, columns: plan.columns.map((c) => c.header), bom: body.bom === true }),
        res,
      );
    } catch (error) {
      // Past the first byte the status is sent: the connection is cut, so the client sees a failed
      // download rather than a file that silently misses rows.
      log.warn({ err: error, requestId: req.id, merchantId: principal.merchantId }, 'CSV export aborted');
      res.destroy();
    }
  });
  return router;
}
