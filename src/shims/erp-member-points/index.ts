import type { Router } from 'express';
import type { AppDeps } from '../../request/context.js';
import { createShimRouter } from '../common/shim-router.js';
import { erpDialect } from './dialect.js';
import { memberPoints } from './member-points.route.js';

/** erp-member-points at the root: POST /user/memberPoints. */
export function erpMemberPointsRouter(deps: AppDeps): Router {
  return createShimRouter(deps, erpDialect(), [memberPoints]);
}
