import type { Router } from 'express';
import type { AppDeps } from '../../request/context.js';
import { createShimRouter } from '../common/shim-router.js';
import { partnerDialect } from './dialect.js';
import { getMemberInfo, getMembers, registerByMobile } from './member.routes.js';
import { returnScore, scoreOpt, sendScore, statisticalScore, updateScore } from './score.routes.js';

/** partner-openapi at the root: /member/... as the partner document writes its paths. */
export function partnerOpenApiRouter(deps: AppDeps): Router {
  return createShimRouter(deps, partnerDialect(deps), [
    getMemberInfo,
    getMembers,
    registerByMobile,
    scoreOpt,
    updateScore,
    sendScore,
    returnScore,
    statisticalScore,
  ]);
}
