import express, { type Request, type Response } from 'express';
import { ShimContract } from '../../domain/access.enums.js';
import { authenticateStaffToken } from '../../request/authenticate.js';
import { ANONYMOUS, type Principal } from '../../request/principal.js';
import { sendLegacyJson } from '../common/legacy-json.js';
import { EdgeFailure, ShimError } from '../common/shim-error.js';
import type { Dialect } from '../common/shim-router.js';
import { cmFailure, CmCode } from './codes.js';

/** Who calls card-manage: a merchant's staff user behind a login token, or (login only) nobody yet. */
export interface CmCaller {
  merchantId: string;
  principal: Principal;
  /** CARD_MANAGE_REPEAT_WINDOW_SECONDS: 3.5/3.6 without a request id refuse a repeat within it. */
  repeatWindowSeconds: number;
}

/** What a route answers: `data`, the example's success `msg`, and for listing routes the paging fields. */
export interface CmAnswer {
  msg?: string;
  data?: unknown;
  page?: { total: number; pageNum: number; pageSize: number };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The base path of every merchant's card-manage: the merchant id names the tenant the login lacks. */
export const CM_MERCHANT_BASE = '/web/m/:merchant/manage';
/** The unprefixed base, served for the deployment's default merchant (CARD_MANAGE_DEFAULT_MERCHANT). */
export const CM_DEFAULT_BASE = '/web/manage';

/** The token as the document sends it (a form or JSON field), or as a `token` header or a bearer. */
function tokenOf(req: Request): string {
  const body = req.body as Record<string, unknown> | undefined;
  const fromBody = body && typeof body === 'object' && !Array.isArray(body) ? body.token : undefined;
  if (typeof fromBody === 'string' && fromBody) return fromBody.trim();
  const header = req.get('token');
  if (header) return header.trim();
  const bearer = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
  return bearer?.[1]?.trim() ?? '';
}

/**
 * card-manage: POST bodies as a form (`application/x-www-form-urlencoded`) or JSON; every outcome
 * is HTTP 200 with `{errCode, result, msg, time, data}` and, for lists, `total, pages, pageNum,
 * pageSize` beside `data`. Money and long numbers are written as exact JSON numbers.
 *
 * `merchantOf` says which merchant a request addresses: the `:merchant` path parameter of the
 * per-merchant base, or the configured default for the unprefixed one.
 */
export function cardManageDialect(basePath: string, merchantOf: (req: Request) => string | null): Dialect<CmCaller> {
  const requireMerchant = (req: Request): string => {
    const merchant = merchantOf(req);
    if (!merchant || !UUID.test(merchant)) throw new ShimError(EdgeFailure.UNKNOWN_APP, 'No such merchant at this address.');
    return merchant.toLowerCase();
  };
  return {
    contract: ShimContract.CARD_MANAGE,
    title: 'MemberGraph card-manage shim',
    basePath,
    parsers: (limit) => [express.json({ limit }), express.urlencoded({ extended: false, limit, parameterLimit: 100 })],
    async authenticate(req, route, deps) {
      const merchantId = requireMerchant(req);
      const repeatWindowSeconds = deps.config.CARD_MANAGE_REPEAT_WINDOW_SECONDS;
      // Login names no merchant: the address does. It runs with no credential, like /graphql's.
      if (route.public) return { merchantId, principal: { ...ANONYMOUS }, repeatWindowSeconds };
      const token = tokenOf(req);
      if (!token) throw new ShimError(EdgeFailure.UNKNOWN_APP, 'Log in first: send the token.');
      const principal = await authenticateStaffToken(deps.orm, token);
      // Another merchant's token is no login here: the same answer as an unknown token.
      if (!principal || principal.merchantId !== merchantId) {
        throw new ShimError(EdgeFailure.UNKNOWN_APP, 'The token is unknown, expired or was revoked: log in again.');
      }
      return { merchantId, principal, repeatWindowSeconds };
    },
    principalOf: (caller) => caller.principal,
    verify(req) {
      const body: unknown = req.body ?? {};
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new ShimError(EdgeFailure.BAD_PARAMETERS, 'The body must be a form or a JSON object.');
      }
      // 3.5/3.6's optional request id may also come as the standard header.
      const key = req.get('idempotency-key');
      return key && !('requestId' in body) ? { ...body, requestId: key } : (body as Record<string, unknown>);
    },
    success(res, _caller, answer) {
      const { msg, data, page } = (answer ?? {}) as CmAnswer;
      sendLegacyJson(res, 200, {
        errCode: CmCode.OK,
        result: CmCode.OK,
        ...(msg !== undefined ? { msg } : {}),
        time: Date.now(),
        ...(data !== undefined ? { data } : {}),
        ...(page
          ? {
              total: page.total,
              pages: Math.ceil(page.total / page.pageSize),
              pageNum: page.pageNum,
              pageSize: page.pageSize,
            }
          : {}),
      });
    },
    failure(res: Response, _caller, failure, message) {
      const { errCode, msg } = cmFailure(failure, failure === EdgeFailure.INTERNAL ? '' : message);
      sendLegacyJson(res, 200, { errCode, result: errCode, msg, time: Date.now() });
    },
    openapi: {
      securitySchemes: {
        token: {
          type: 'apiKey',
          in: 'header',
          name: 'token',
          description:
            'The token manage/user/login answers; also accepted as the `token` form or JSON field (as the document sends it) or as `Authorization: Bearer`.',
        },
      },
      request: (inner) => inner,
      response: (inner) => ({
        type: 'object',
        required: ['errCode', 'result', 'time'],
        properties: {
          errCode: {
            type: 'integer',
            description:
              '0 success; 1 failed, 4 missing/invalid parameter, 1002 login required, 1003 permission denied, 1005 user not found, 1006 wrong SMS code, 1007 phone registered',
          },
          result: { type: 'integer', description: 'Same as errCode.' },
          msg: { type: 'string' },
          time: { type: 'integer', description: 'Server time, epoch milliseconds.' },
          data: inner,
          total: { type: 'integer', description: 'Listing routes: rows in all pages.' },
          pages: { type: 'integer' },
          pageNum: { type: 'integer' },
          pageSize: { type: 'integer' },
        },
      }),
    },
  };
}
