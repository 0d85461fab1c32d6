import express, { type Request } from 'express';
import { ShimContract } from '../../domain/access.enums.js';
import { hmacSecretOf } from '../../request/authenticate.js';
import { sendJson } from '../common/legacy-json.js';
import { EdgeFailure, ShimError, legacyCode } from '../common/shim-error.js';
import { appCallers, type Dialect } from '../common/shim-router.js';
import { hmacSha256Hex, verifyHmacHex } from '../common/signing.js';
import { erpCodes } from './codes.js';

/** How far a request's X-Timestamp may be from the server clock: bounds replays of a captured call. */
export const ERP_CLOCK_SKEW_SECONDS = 300;

/** The string an ERP caller signs: the timestamp, a line feed, and the raw body bytes. */
export const erpSigningString = (timestamp: string, rawBody: string) => `${timestamp}\n${rawBody}`;
export const erpSignature = (secret: string, timestamp: string, rawBody: string) =>
  hmacSha256Hex(secret, erpSigningString(timestamp, rawBody));

const rawBodyOf = (req: Request) => (req as Request & { rawBody?: Buffer }).rawBody?.toString('utf8') ?? '';

/**
 * erp-member-points: a plain JSON body; `{code: 10000, msg, data}` on success and
 * `{code: 20000, info: {error}, msg}` on failure, HTTP 200 either way. The document names no
 * authentication; ours is an HMAC-SHA256 over timestamp and raw body (docs/shims/erp-member-points.md).
 */
export function erpDialect(): Dialect {
  return {
    contract: ShimContract.ERP_MEMBER_POINTS,
    title: 'MemberGraph erp-member-points shim',
    basePath: '',
    parsers: (limit) => [
      express.json({
        limit,
        // The signature covers the exact bytes sent, so keep them.
        verify: (req, _res, buf) => {
          (req as unknown as { rawBody: Buffer }).rawBody = buf;
        },
      }),
    ],
    ...appCallers(ShimContract.ERP_MEMBER_POINTS, (req) => {
      const appId = req.get('x-app-id');
      if (!appId) throw new ShimError(EdgeFailure.UNKNOWN_APP, 'Send the header X-App-Id.');
      return appId;
    }),
    verify(req, app) {
      const signature = req.get('x-signature') ?? '';
      if (!(app.allowUnsigned && (signature === '' || signature === 'skip'))) {
        const timestamp = req.get('x-timestamp') ?? '';
        if (!/^\d{10}$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > ERP_CLOCK_SKEW_SECONDS) {
          throw new ShimError(
            EdgeFailure.BAD_SIGNATURE,
            `X-Timestamp must be epoch seconds within ${ERP_CLOCK_SKEW_SECONDS}s of now.`,
          );
        }
        if (!app.sealedSecret || !verifyHmacHex(hmacSecretOf(app)!, erpSigningString(timestamp, rawBodyOf(req)), signature)) {
          throw new ShimError(EdgeFailure.BAD_SIGNATURE, 'The signature does not verify.');
        }
      }
      if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
        throw new ShimError(EdgeFailure.BAD_PARAMETERS, 'The body must be a JSON object.');
      }
      return req.body as Record<string, unknown>;
    },
    success(res, _app, data) {
      sendJson(res, 200, { code: erpCodes.success, msg: '成功', data });
    },
    failure(res, _app, failure, message) {
      const internal = failure === EdgeFailure.INTERNAL;
      sendJson(res, 200, { code: legacyCode(erpCodes, failure), info: { error: failure }, msg: internal ? '请求失败' : message });
    },
    openapi: {
      securitySchemes: {
        appId: { type: 'apiKey', in: 'header', name: 'X-App-Id', description: 'The app key (shimapp:create).' },
        timestamp: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Timestamp',
          description: `Epoch seconds, within ${ERP_CLOCK_SKEW_SECONDS} s of the server clock.`,
        },
        signature: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Signature',
          description:
            'Hex HMAC-SHA256 with the app secret over X-Timestamp, a line feed and the raw body; "skip" only for apps that allow it.',
        },
      },
      request: (inner) => inner,
      response: (inner) => ({
        type: 'object',
        properties: {
          code: { type: 'integer', enum: [10000, 20000] },
          msg: { type: 'string' },
          data: inner,
          info: { type: 'object', properties: { error: { type: 'string' } }, description: 'On failure only.' },
        },
      }),
    },
  };
}
