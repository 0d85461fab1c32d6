import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Request } from 'express';
import { ApiKeyRole, ShimAppStatus, ShimContract } from '../../domain/access.enums.js';
import { authenticateStaffToken, hmacSecretOf, resolveShimApp, STAFF_TOKEN_PREFIX } from '../../request/authenticate.js';
import type { Principal } from '../../request/principal.js';
import { sendLegacyJson } from '../common/legacy-json.js';
import { EdgeFailure, ShimError } from '../common/shim-error.js';
import type { Dialect } from '../common/shim-router.js';
import { restStatus } from './codes.js';
import { parseRawQuery } from './query.js';

/** Who calls members-rest: a members-rest app or a staff user, of one merchant. */
export interface RestCaller {
  merchantId: string;
  principal: Principal;
}

/** What a members-rest route answers: a status and a bare JSON body (no envelope). */
export interface RestAnswer {
  status: number;
  body: unknown;
}

export const MEMBERS_REST_BASE = '/members-rest';

const sha = (text: string) => createHash('sha256').update(text).digest();
const sameSecret = (given: string, expected: string) => timingSafeEqual(sha(given), sha(expected));

const unauthorized = (message: string) => new ShimError(EdgeFailure.UNKNOWN_APP, message);

/**
 * The credential of a call: `Authorization: Basic base64(appKey:secret)` for a members-rest app,
 * `Authorization: Bearer mgs_…` for a staff user (their role's permissions apply). The document's
 * own authentication section is struck out, but its 401 stays: nothing is answered to nobody.
 */
async function authenticate(req: Request, deps: Parameters<Dialect<RestCaller>['authenticate']>[2]): Promise<RestCaller> {
  const header = req.get('authorization') ?? '';
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme ?? '') && value.startsWith(STAFF_TOKEN_PREFIX)) {
    const principal = await authenticateStaffToken(deps.orm, value);
    if (!principal) throw unauthorized('The staff token is unknown or expired.');
    return { merchantId: principal.merchantId, principal };
  }
  if (/^basic$/i.test(scheme ?? '')) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const appKey = colon < 0 ? decoded : decoded.slice(0, colon);
    const secret = colon < 0 ? '' : decoded.slice(colon + 1);
    const app = await resolveShimApp(deps.orm, ShimContract.MEMBERS_REST, appKey);
    // Development apps (allowUnsigned, the demo's) are known by their key alone.
    const secretOk = app && (app.allowUnsigned || (app.sealedSecret !== null && sameSecret(secret, hmacSecretOf(app)!)));
    if (!app || !secretOk) throw unauthorized('Unknown app or wrong secret.');
    if (app.status === ShimAppStatus.CLOSED) throw new ShimError(EdgeFailure.APP_CLOSED, 'The app is temporarily closed.');
    return {
      merchantId: app.merchantId,
      principal: { merchantId: app.merchantId, role: ApiKeyRole.OPERATOR, credentialId: app.appId },
    };
  }
  throw unauthorized('Send Authorization: Basic base64(appKey:secret) of a members-rest app, or Bearer <staff token>.');
}

const errorBody = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } };

/**
 * members-rest: plain REST under {@link MEMBERS_REST_BASE}, bare JSON bodies and arrays, HTTP
 * statuses 200 / 400 / 401 / 404 (docs/shims/members-rest.md). The GET query string is read raw:
 * the document sends a URL-encoded JSON object as the whole query (`?{"point":{"$lt":10025}}`).
 */
export function membersRestDialect(): Dialect<RestCaller> {
  return {
    contract: ShimContract.MEMBERS_REST,
    title: 'MemberGraph members-rest shim',
    basePath: MEMBERS_REST_BASE,
    parsers: (limit) => [express.json({ limit, type: () => true })],
    authenticate: (req, _route, deps) => authenticate(req, deps),
    principalOf: (caller) => caller.principal,
    verify(req) {
      const query = parseRawQuery(req.originalUrl);
      if (req.method === 'GET') return query;
      const body: unknown = req.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new ShimError(EdgeFailure.BAD_PARAMETERS, 'The body must be a JSON object.');
      }
      return { body, query };
    },
    success(res, _caller, data) {
      const answer = data as RestAnswer;
      sendLegacyJson(res, answer.status, answer.body);
    },
    failure(res, _caller, failure, message) {
      const status = restStatus(failure);
      sendLegacyJson(res, status, { code: failure, message: status === 500 ? 'Internal error.' : message });
    },
    openapi: {
      securitySchemes: {
        app: { type: 'http', scheme: 'basic', description: 'A members-rest app: its app key and secret (shimapp:create).' },
        staff: { type: 'http', scheme: 'bearer', description: 'A staff login token (mgs_…); the role’s permissions apply.' },
      },
      anyScheme: true,
      request: (input) => (input.properties as Record<string, Record<string, unknown>> | undefined)?.body ?? input,
      response: (output) => output,
      responses: (output) => ({
        '200': { description: 'The member, or the list of members.', content: { 'application/json': { schema: output } } },
        '400': {
          description: 'Bad parameters, or a conflict (the document’s 409, answered 400 "for now").',
          content: { 'application/json': { schema: errorBody } },
        },
        '401': {
          description: 'No valid credential, or another merchant.',
          content: { 'application/json': { schema: errorBody } },
        },
        '404': { description: 'No such member.', content: { 'application/json': { schema: errorBody } } },
      }),
    },
  };
}
