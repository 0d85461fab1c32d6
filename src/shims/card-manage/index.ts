import express, { type Request, type Response, type Router } from 'express';
import type { AppDeps } from '../../request/context.js';
import { sendLegacyJson } from '../common/legacy-json.js';
import { createShimRouter } from '../common/shim-router.js';
import { cmFailure, CmCode } from './codes.js';
import { CM_DEFAULT_BASE, CM_MERCHANT_BASE, cardManageDialect } from './dialect.js';
import { operateRoutes } from './operate.routes.js';
import { queryRoutes } from './query.routes.js';
import { EdgeFailure } from '../common/shim-error.js';

export const cardManageRoutes = [...operateRoutes, ...queryRoutes];

/**
 * 5.1 manage/upload/image: the multipart image goes to the platform's own upload endpoint
 * (POST /uploads/images, docs/cards.md "Images") with the caller's token as its bearer, and its
 * answer comes back in the card-manage envelope. The token comes as the `token` header, a bearer
 * or `?token=` (a multipart body is not read before the upload endpoint streams it).
 */
function uploadImage(req: Request, res: Response, next: express.NextFunction): void {
  const token = req.get('token') ?? (typeof req.query.token === 'string' ? req.query.token : '');
  if (token && !req.get('authorization')) req.headers.authorization = `Bearer ${token}`;
  if (!req.get('authorization')) {
    const { errCode, msg } = cmFailure(EdgeFailure.UNKNOWN_APP, 'Log in first: send the token.');
    sendLegacyJson(res, 200, { errCode, result: errCode, msg, time: Date.now() });
    return;
  }
  // The upload endpoint answers `{url, contentType, size}` or `{error: {code, message}}` with a status.
  res.json = ((body: { url?: string; error?: { message?: string } }) => {
    const ok = res.statusCode < 300;
    const status = res.statusCode;
    res.status(200);
    if (ok) {
      sendLegacyJson(res, 200, { errCode: CmCode.OK, result: CmCode.OK, msg: '上传成功', time: Date.now(), data: body.url });
    } else {
      const code = status === 401 ? CmCode.LOGIN_REQUIRED : status === 403 ? CmCode.PERMISSION_DENIED : CmCode.FAILED;
      sendLegacyJson(res, 200, {
        errCode: code,
        result: code,
        msg: `图片上传失败: ${body.error?.message ?? JSON.stringify(body)}`,
        time: Date.now(),
      });
    }
    return res;
  }) as Response['json'];
  req.url = '/uploads/images';
  // Re-enter the application with the rewritten path: the upload endpoint handles the rest.
  (req.app as unknown as { handle(rq: Request, rs: Response, nx: express.NextFunction): void }).handle(req, res, next);
}

/**
 * card-manage for every merchant at /web/m/<merchant id>/manage/..., and unprefixed at
 * /web/manage/... for CARD_MANAGE_DEFAULT_MERCHANT when a deployment sets one.
 */
export function cardManageRouter(deps: AppDeps): Router {
  const router = express.Router();
  router.post(`${CM_MERCHANT_BASE}/upload/image`, uploadImage);
  router.use(
    createShimRouter(
      deps,
      cardManageDialect(CM_MERCHANT_BASE, (req) => (typeof req.params.merchant === 'string' ? req.params.merchant : null)),
      cardManageRoutes,
    ),
  );
  const fallback = deps.config.CARD_MANAGE_DEFAULT_MERCHANT;
  if (fallback) {
    router.post(`${CM_DEFAULT_BASE}/upload/image`, uploadImage);
    router.use(
      createShimRouter(
        deps,
        cardManageDialect(CM_DEFAULT_BASE, () => fallback),
        cardManageRoutes,
      ),
    );
  }
  return router;
}
