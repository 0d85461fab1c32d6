import type { RequestHandler } from 'express';
import type { Orm } from '../db/orm.js';
import { authenticateApiKey } from '../services/api-key.service.js';

/** Rejects a request without a live API key with 401 before any GraphQL work happens. */
export function requireApiKey(orm: Orm): RequestHandler {
  return async (req, res, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    try {
      const principal = match ? await authenticateApiKey(orm, match[1]!) : null;
      if (principal) {
        res.locals.principal = principal;
        next();
        return;
      }
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({
          errors: [
            {
              message: match ? 'The API key is not valid or was revoked.' : 'Send the header Authorization: Bearer <API key>.',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        });
    } catch (error) {
      next(error);
    }
  };
}
