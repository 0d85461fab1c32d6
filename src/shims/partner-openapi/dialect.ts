import express from 'express';
import JSON5 from 'json5';
import { z } from 'zod';
import { ShimContract } from '../../domain/access.enums.js';
import type { AppDeps } from '../../request/context.js';
import { merchantSigningKeyPem } from '../../request/data/signing-key.js';
import type { ResolvedShimApp } from '../../request/authenticate.js';
import { sendJson } from '../common/legacy-json.js';
import { legacyText } from '../common/legacy-format.js';
import { EdgeFailure, ShimError, legacyCode } from '../common/shim-error.js';
import { appCallers, type Dialect } from '../common/shim-router.js';
import { timedInto } from '../../observability/metrics.js';
import { canonicalRequest, canonicalString, rsaSignBase64, rsaVerifyBase64 } from '../common/signing.js';
import { partnerCodes, partnerMessages } from './codes.js';

const envelope = z.object({
  appId: legacyText,
  partnerId: legacyText,
  requestBody: z.string({ error: 'requestBody must be a JSON string' }),
  sign: z.string().optional().default(''),
  ver: legacyText.optional().default('1'),
});

/**
 * What a partner signs: `POST`, the route's path (`/member/score/opt/1`) and the envelope's fields
 * but `sign`, percent-encoded and sorted (docs/shims/partner-openapi.md).
 */
export const requestSigningString = (
  routePath: string,
  env: Pick<z.output<typeof envelope>, 'appId' | 'partnerId' | 'requestBody' | 'ver'>,
) =>
  canonicalRequest('POST', routePath, { appId: env.appId, partnerId: env.partnerId, requestBody: env.requestBody, ver: env.ver });
/** What we sign in answers: the answer's fields but `sign`, sorted, `name=value` joined by `&`. */
export const responseSigningString = (fields: Record<string, string>) => canonicalString(fields, ['sign']);

const parseJsonOrNull = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * partner-openapi: `{appId, partnerId, requestBody: "<JSON string>", sign, ver}` in,
 * `{ver, statusCode, message, responseBody: "<JSON string>", sign}` out. requestBody is read as
 * JSON5 because partners write it with single quotes and numbers as strings.
 */
export function partnerDialect(deps: AppDeps): Dialect {
  // The RSA work the contract requires, timed so operators (and the shim bench) see its share.
  const signingTime = deps.metrics.signatureSeconds.labels(ShimContract.PARTNER_OPENAPI, 'sign');
  const verifyingTime = deps.metrics.signatureSeconds.labels(ShimContract.PARTNER_OPENAPI, 'verify');
  const answer = async (
    res: express.Response,
    app: ResolvedShimApp | null,
    statusCode: string,
    message: string,
    body?: unknown,
  ) => {
    const fields: Record<string, string> = {
      ver: String(res.locals.partnerVer ?? '1'),
      statusCode,
      message,
      ...(body === undefined ? {} : { responseBody: JSON.stringify(body) }),
    };
    // Unknown callers get an unsigned answer: there is no merchant whose key could sign it.
    let sign = '';
    if (app) {
      const pem = await merchantSigningKeyPem(deps.orm, app.merchantId);
      sign = timedInto(signingTime, () => rsaSignBase64(pem, responseSigningString(fields)));
    }
    sendJson(res, 200, { ...fields, sign });
  };

  return {
    contract: ShimContract.PARTNER_OPENAPI,
    title: 'MemberGraph partner-openapi shim',
    basePath: '',
    parsers: (limit) => [express.json({ limit, type: ['application/json', 'text/plain'] })],
    ...appCallers(ShimContract.PARTNER_OPENAPI, (req) => {
      const appId = req.body?.appId;
      if (typeof appId !== 'string' && typeof appId !== 'number')
        throw new ShimError(EdgeFailure.BAD_PARAMETERS, 'appId is required.');
      return String(appId);
    }),
    verify(req, app, routePath) {
      const parsed = envelope.safeParse(req.body);
      if (!parsed.success) throw new ShimError(EdgeFailure.BAD_PARAMETERS, parsed.error.issues[0]!.message);
      const env = parsed.data;
      req.res!.locals.partnerVer = env.ver;
      if (env.partnerId !== app.partnerId)
        throw new ShimError(EdgeFailure.PARTNER_MISMATCH, 'partnerId does not belong to this appId.');
      const unsigned = env.sign === '' || env.sign === 'skip';
      const partnerKey = app.publicKeyPem;
      if (
        unsigned
          ? !app.allowUnsigned
          : !partnerKey ||
            !timedInto(verifyingTime, () => rsaVerifyBase64(partnerKey, requestSigningString(routePath, env), env.sign))
      ) {
        throw new ShimError(
          EdgeFailure.BAD_SIGNATURE,
          unsigned ? 'This app must sign its requests.' : 'The signature does not verify.',
        );
      }
      let body: unknown;
      try {
        // Strict JSON first (what most partners send; JSON5's parser costs ten times as much), then
        // JSON5 for the rest: JSON5 reads every JSON text as JSON does.
        body = parseJsonOrNull(env.requestBody) ?? JSON5.parse(env.requestBody);
      } catch {
        throw new ShimError(EdgeFailure.BAD_PARAMETERS, 'requestBody is not a JSON object.');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new ShimError(EdgeFailure.BAD_PARAMETERS, 'requestBody is not a JSON object.');
      }
      const inner = (body as Record<string, unknown>).partnerId;
      if (inner !== undefined && inner !== '' && String(inner) !== env.partnerId) {
        throw new ShimError(EdgeFailure.PARTNER_MISMATCH, 'requestBody.partnerId differs from the envelope partnerId.');
      }
      return body as Record<string, unknown>;
    },
    success: (res, app, data) => answer(res, app, partnerCodes.success, partnerMessages['100']!, data),
    failure(res, app, failure, message) {
      const code = legacyCode(partnerCodes, failure);
      return answer(res, app, code, code === partnerCodes.internal ? partnerMessages[code]! : message || partnerMessages[code]!);
    },
    openapi: {
      // OpenAPI has no scheme for credentials in the body; an http scheme of its own name documents it.
      securitySchemes: {
        signedEnvelope: {
          type: 'http',
          scheme: 'partner-rsa-sign',
          description:
            'Not a header: the envelope carries appId and partnerId, and `sign`, an RSA-SHA256 signature (base64) with the partner key over appId, partnerId, requestBody and ver sorted as k=v joined by & (docs/shims/partner-openapi.md).',
        },
      },
      request: (inner) => ({
        type: 'object',
        required: ['appId', 'partnerId', 'requestBody', 'sign', 'ver'],
        properties: {
          appId: { type: 'string' },
          partnerId: { type: 'string' },
          requestBody: { type: 'string', contentMediaType: 'application/json', contentSchema: inner },
          sign: {
            type: 'string',
            description: 'RSA-SHA256, base64, over the canonical string; "skip" only for apps that allow it.',
          },
          ver: { type: ['string', 'integer'] },
        },
      }),
      response: (inner) => ({
        type: 'object',
        properties: {
          ver: { type: 'string' },
          statusCode: { type: 'string', description: '"100" success; see docs/shims/partner-openapi.md' },
          message: { type: 'string' },
          responseBody: { type: 'string', contentMediaType: 'application/json', contentSchema: inner },
          sign: { type: 'string' },
        },
      }),
    },
  };
}
