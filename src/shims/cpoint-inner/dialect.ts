import express from 'express';
import { ShimContract } from '../../domain/access.enums.js';
import { hmacSecretOf } from '../../request/authenticate.js';
import { sendJson } from '../common/legacy-json.js';
import { EdgeFailure, ShimError, legacyCode } from '../common/shim-error.js';
import { appCallers, type Dialect } from '../common/shim-router.js';
import { canonicalRequest, verifyHmacHex } from '../common/signing.js';
import { cpointCodes, cpointMessages } from './codes.js';

/**
 * The string a cpoint-inner caller signs: `POST`, the route's path (`/cm/inner/task/submit`) and
 * every parameter but `sig`, percent-encoded and sorted (docs/shims/cpoint-inner.md).
 */
export const cpointSigningString = (routePath: string, params: Record<string, unknown>) =>
  canonicalRequest('POST', routePath, params, ['sig']);

const serverTime = () => Math.floor(Date.now() / 1000);

/**
 * cpoint-inner: urlencoded or JSON bodies naming the app (`appName`) and signing with `sig`;
 * answers `{status, message, serverTime, data}` with HTTP 200, status 200 on success.
 */
export function cpointDialect(): Dialect {
  return {
    contract: ShimContract.CPOINT_INNER,
    title: 'MemberGraph cpoint-inner shim',
    basePath: '/cm/inner',
    parsers: (limit) => [express.json({ limit }), express.urlencoded({ limit, extended: false })],
    ...appCallers(ShimContract.CPOINT_INNER, (req) => {
      const appName = req.body?.appName;
      if (typeof appName !== 'string' || !appName) throw new ShimError(EdgeFailure.BAD_PARAMETERS, 'appName is required.');
      return appName;
    }),
    verify(req, app, routePath) {
      const params = req.body as Record<string, unknown>;
      const sig = typeof params.sig === 'string' ? params.sig : '';
      const unsigned = sig === '' || sig === 'skip';
      if (
        unsigned
          ? !app.allowUnsigned
          : !app.sealedSecret || !verifyHmacHex(hmacSecretOf(app)!, cpointSigningString(routePath, params), sig)
      ) {
        throw new ShimError(EdgeFailure.BAD_SIGNATURE, unsigned ? 'sig is required.' : 'sig does not verify.');
      }
      return params;
    },
    success(res, _app, data) {
      sendJson(res, 200, { status: cpointCodes.success, message: '', serverTime: serverTime(), data: data ?? {} });
    },
    failure(res, _app, failure, message) {
      const status = legacyCode(cpointCodes, failure);
      sendJson(res, 200, { status, message: cpointMessages[status] ?? message, serverTime: serverTime(), data: {} });
    },
    openapi: {
      // OpenAPI has no scheme for credentials in the body; an http scheme of its own name documents it.
      securitySchemes: {
        signedParameters: {
          type: 'http',
          scheme: 'cpoint-sig',
          description:
            'Not a header: the body names the app (`appName`) and carries `sig`, a hex HMAC-SHA256 with the app secret over every other parameter sorted as k=v joined by & (docs/shims/cpoint-inner.md).',
        },
      },
      request: (inner) => ({
        ...inner,
        description: 'Also accepted as application/x-www-form-urlencoded. appName and sig are required.',
      }),
      response: (inner) => ({
        type: 'object',
        properties: {
          status: { type: 'integer', description: '200 success; see docs/shims/cpoint-inner.md' },
          message: { type: 'string' },
          serverTime: { type: 'integer', description: 'epoch seconds' },
          data: inner,
        },
      }),
    },
  };
}
