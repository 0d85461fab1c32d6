import type { Express } from 'express';
import type { AppDeps } from '../request/context.js';
import { cpointInnerRouter } from './cpoint-inner/index.js';
import { erpMemberPointsRouter } from './erp-member-points/index.js';
import { partnerOpenApiRouter } from './partner-openapi/index.js';

/**
 * Mounts every legacy-contract shim on the app. Each shim is an Express router that translates
 * its contract into GraphQL operations run in-process against the one schema.
 */
export function mountShims(app: Express, deps: AppDeps): void {
  app.use(partnerOpenApiRouter(deps));
  app.use(erpMemberPointsRouter(deps));
  app.use(cpointInnerRouter(deps));
}
