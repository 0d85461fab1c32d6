import type { AuthChecker } from 'type-graphql';
import { forbidden } from '../errors/graphql-errors.js';
import type { RequestContext } from '../request/context.js';
import { Permission } from '../domain/access.enums.js';
import { permissionsOf } from '../request/principal.js';

/**
 * Every request is authenticated before GraphQL runs (anonymous callers reach only the public
 * fields, see http/app.ts); this checks that the caller holds every permission the field needs.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, required) => {
  const held = permissionsOf(context.principal);
  if (required.every((p) => held.includes(p as Permission))) return true;
  const who = context.principal.kind === 'staff' ? 'This staff user' : `A ${context.principal.role ?? 'anonymous'} caller`;
  throw forbidden(`${who} cannot do this; it needs ${required.join(', ')}.`);
};
