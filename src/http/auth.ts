import type { RequestHandler } from 'express';
import type { Orm } from '../db/orm.js';
import { ANONYMOUS } from '../request/principal.js';
import { authenticateBearer } from '../request/authenticate.js';

function unauthenticated(res: Parameters<RequestHandler>[1], message: string): void {
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer')
    .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/** The credential of an `Authorization: Bearer <credential>` header, or null. */
export function bearerCredential(header: string | undefined): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? null;
}

/**
 * Authenticates `Authorization: Bearer <API key or staff token>` before any GraphQL work. A bad or
 * revoked credential gets 401 here. With `allowAnonymous`, a request with no Authorization header
 * goes on as ANONYMOUS (no merchant, no permissions): GraphQL then admits it only to public fields
 * such as staffLogin (see requireAuthentication in app.ts).
 */
export function requireApiKey(orm: Orm, options: { allowAnonymous?: boolean } = {}): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    if (!header && options.allowAnonymous) {
      res.locals.principal = ANONYMOUS;
      next();
      return;
    }
    const credential = bearerCredential(header);
    try {
      const principal = credential ? await authenticateBearer(orm, credential) : null;
      if (principal) {
        res.locals.principal = principal;
        next();
        return;
      }
      unauthenticated(
        res,
        credential
          ? 'The API key or token is not valid, expired or was revoked.'
          : 'Send the header Authorization: Bearer <API key or staff token>.',
      );
    } catch (error) {
      next(error);
    }
  };
}
