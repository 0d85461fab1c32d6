import type { Express, Router } from 'express';
import type { AppDeps } from '../request/context.js';
import { SERVED_CONTRACTS, type ServedContract } from './contracts.js';
import { cardManageRouter } from './card-manage/index.js';
import { cpointInnerRouter } from './cpoint-inner/index.js';
import { erpMemberPointsRouter } from './erp-member-points/index.js';
import { membersRestRouter } from './members-rest/index.js';
import { partnerOpenApiRouter } from './partner-openapi/index.js';

/** One router per served contract: a contract added to SERVED_CONTRACTS must get its router here. */
const routers: Record<ServedContract, (deps: AppDeps) => Router> = {
  'partner-openapi': partnerOpenApiRouter,
  'erp-member-points': erpMemberPointsRouter,
  'cpoint-inner': cpointInnerRouter,
  'members-rest': membersRestRouter,
};

/**
 * Mounts every legacy-contract shim on the app. Each shim is an Express router that translates
 * its contract into GraphQL operations run in-process against the one schema.
 */
export function mountShims(app: Express, deps: AppDeps): void {
  for (const contract of SERVED_CONTRACTS) app.use(routers[contract](deps));
  // card-manage's callers are staff users (login tokens), not shim apps: no app can be created for it.
  app.use(cardManageRouter(deps));
}
