import type { Router } from 'express';
import type { AppDeps } from '../../request/context.js';
import { createShimRouter } from '../common/shim-router.js';
import { membersRestDialect } from './dialect.js';
import { createMemberRoute, getMemberRoute, listMembersRoute, updateMemberRoute } from './members.routes.js';
import { wxoauthLookupRoute, wxoauthPairRoute } from './wxoauth.routes.js';

/** members-rest under /members-rest: /members, /members/:id and /wxoauth (docs/shims/members-rest.md). */
export function membersRestRouter(deps: AppDeps): Router {
  return createShimRouter(deps, membersRestDialect(), [
    createMemberRoute,
    listMembersRoute,
    getMemberRoute,
    updateMemberRoute,
    wxoauthLookupRoute,
    wxoauthPairRoute,
  ]);
}
