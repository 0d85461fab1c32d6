import type { Router } from 'express';
import type { AppDeps } from '../../request/context.js';
import { createShimRouter } from '../common/shim-router.js';
import { gradeCnfList, taskCnfList, taskCnfUpdate } from './config.routes.js';
import { cpointDialect } from './dialect.js';
import { adminAddCpoint, adminReduceCpoint, checkConsumeIsSucc, consume, getCpoint, orderList, revoke } from './points.routes.js';
import { taskSubmit } from './task.routes.js';
import { listInfo, listSortInfo } from './users.routes.js';

/** cpoint-inner under /cm/inner/, in the document's order (the order list at its own path, order/list). */
export function cpointInnerRouter(deps: AppDeps): Router {
  return createShimRouter(deps, cpointDialect(), [
    getCpoint,
    adminAddCpoint,
    adminReduceCpoint,
    consume,
    checkConsumeIsSucc,
    revoke,
    orderList,
    taskCnfList,
    gradeCnfList,
    taskCnfUpdate,
    listInfo,
    listSortInfo,
    taskSubmit,
  ]);
}
