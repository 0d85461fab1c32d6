import express, { type Request, type Response, type Router } from 'express';
import type { AppDeps } from '../../request/context.js';
import { sendLegacyJson } from '../common/legacy-json.js';
import { createShimRouter } from '../common/shim-router.js';
import { cmFailure, CmCode } from './codes.js';
import { CM_DEFAULT_BASE, CM_MERCHANT_BASE, cardManageDialect } from './dialect.js';
import { operateRoutes } from './operate.routes.js';
import { queryRoutes } from './query.routes.js';
import { EdgeFailure } from '../common/shim-error.js';
import { authenticateStaffToken } from '../../request/authenticate.js';

export const cardManageRoutes = [...operateRoutes, ...queryRoutes];

/** A failure in the card-manage envelope, outside the shim router (5.1, unknown paths and methods). */
function sendFailure(res: Response, status: number, errCode: number, msg: string): void {
  sendLegacyJson(res, status, { errCode, result: errCode, msg, time: Date.now() });
}

/**
 * 5.1 manage/upload/image: the multipart image goes to the platform's own upload endpoint
 * (POST /uploads/images, docs/cards.md "Images") with the caller's token as its bearer, and its
 * answer comes back in the card-manage envelope. The token comes as the `token` header, a bearer
 * or `?token=` (a multipart body is not read before the upload endpoint streams it), and must be a
 * staff login of the merchant the address names, as on every other route.
 */
function uploadImage(deps: AppDeps, merchantOf: (req: Request) => string | null): express.RequestHandler {
  return async (req, res, next) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1];
    const token = (req.get('token') ?? bearer ?? (typeof req.query.token === 'string' ? req.query.token : '')).trim();
    const merchant = merchantOf(req)?.toLowerCase();
    const principal = token ? await authenticateStaffToken(deps.orm, token).catch(() => null) : null;
    if (!principal || principal.merchantId !== merchant) {
      const { errCode, msg } = cmFailure(
        EdgeFailure.UNKNOWN_APP,
        token ? 'The token is unknown, expired or was revoked: log in again.' : 'Log in first: send the token.',
      );
      sendFailure(res, 200, errCode, msg);
      return;
    }
    req.headers.authorization = `Bearer ${token}`;
    // The upload endpoint answers `{url, contentType, size}` or `{error: {code, message}}` with a status.
    res.json = ((body: { url?: string; error?: { message?: string } }) => {
      const status = res.statusCode;
      if (status < 300) {
        sendLegacyJson(res, 200, { errCode: CmCode.OK, result: CmCode.OK, msg: '上传成功', time: Date.now(), data: body.url });
      } else {
        const code = status === 401 ? CmCode.LOGIN_REQUIRED : status === 403 ? CmCode.PERMISSION_DENIED : CmCode.FAILED;
        const text = code === CmCode.PERMISSION_DENIED ? '权限拒绝' : '图片上传失败';
        sendFailure(res, 200, code, `${text}: ${body.error?.message ?? JSON.stringify(body)}`);
      }
      return res;
    }) as Response['json'];
    req.url = '/uploads/images';
    // Re-enter the application with the rewritten path: the upload endpoint handles the rest.
    (req.app as unknown as { handle(rq: Request, rs: Response, nx: express.NextFunction): void }).handle(req, res, next);
  };
}

/** Paths under a card-manage base, as the routes declare them (`/v3/userCard/charge`). */
const SERVED_PATHS = new Set(['/upload/image', ...cardManageRoutes.map((r) => r.path)]);

/**
 * What is left under a card-manage base after the routes: a route's path with another method than
 * POST (405, `Allow: POST`), or a path the document does not have (404), both in the envelope
 * with the HTTP codes of the document's table, instead of Express's HTML page.
 */
function notServed(req: Request, res: Response): void {
  const rest = req.params.rest;
  const path = `/${Array.isArray(rest) ? rest.join('/') : String(rest ?? '')}`;
  if (SERVED_PATHS.has(path)) {
    res.set('Allow', 'POST');
    sendFailure(res, 405, CmCode.FAILED, `方法禁用: ${req.method} is not allowed here, send POST.`);
  } else {
    sendFailure(res, 404, CmCode.FAILED, `未找到: no card-manage route ${path}.`);
  }
}

/**
 * card-manage for every merchant at /web/m/<merchant id>/manage/..., and unprefixed at
 * /web/manage/... for CARD_MANAGE_DEFAULT_MERCHANT when a deployment sets one.
 */
export function cardManageRouter(deps: AppDeps): Router {
  const router = express.Router();
  const bases: [string, (req: Request) => string | null][] = [
    [CM_MERCHANT_BASE, (req) => (typeof req.params.merchant === 'string' ? req.params.merchant : null)],
  ];
  const fallback = deps.config.CARD_MANAGE_DEFAULT_MERCHANT;
  if (fallback) bases.push([CM_DEFAULT_BASE, () => fallback]);
  for (const [base, merchantOf] of bases) {
    router.post(`${base}/upload/image`, uploadImage(deps, merchantOf));
    router.use(createShimRouter(deps, cardManageDialect(base, merchantOf), cardManageRoutes));
    router.all(`${base}{/*rest}`, notServed);
  }
  return router;
}
