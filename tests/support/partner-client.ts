import { generateKeyPairSync } from 'node:crypto';
import { requestSigningString, responseSigningString } from '../../src/shims/partner-openapi/dialect.js';
import { rsaSignBase64, rsaVerifyBase64 } from '../../src/shims/common/signing.js';
import type { TestApp, TestMerchant } from './test-app.js';
import { CreatePartnerShimAppDocument } from '../../src/generated/graphql.js';

export interface PartnerApp {
  appId: string;
  partnerId: string;
  privateKeyPem: string;
  /** The merchant's key that verifies our answers. */
  serverPublicKeyPem: string;
}

/** Creates a partner-openapi app over GraphQL with a fresh RSA key pair, as an integrator would. */
export async function createPartnerApp(
  app: TestApp,
  merchant: TestMerchant,
  options: { allowUnsigned?: boolean } = {},
): Promise<PartnerApp> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const res = await app.gql(merchant.adminKey, CreatePartnerShimAppDocument, {
    pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    unsigned: options.allowUnsigned ?? false,
  });
  const created = res.data!.createShimApp;
  if (created.errors.length) throw new Error(JSON.stringify(created.errors));
  return {
    appId: created.app!.appKey,
    partnerId: created.app!.partnerId!,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    serverPublicKeyPem: created.signingPublicKeyPem!,
  };
}

export interface PartnerAnswer {
  http: number;
  envelope: { ver: string; statusCode: string; message: string; responseBody?: string; sign: string };
  body: any;
  signatureValid: boolean;
}

/** Sends a signed envelope (or `sign` as given) and checks the answer's signature. */
export async function callPartner(
  app: TestApp,
  partner: PartnerApp,
  path: string,
  requestBody: string | Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): Promise<PartnerAnswer> {
  const env: Record<string, unknown> = {
    appId: partner.appId,
    partnerId: partner.partnerId,
    requestBody: typeof requestBody === 'string' ? requestBody : JSON.stringify(requestBody),
    ver: 1,
    ...overrides,
  };
  if (!('sign' in overrides)) {
    env.sign = rsaSignBase64(
      partner.privateKeyPem,
      requestSigningString(path, {
        appId: String(env.appId),
        partnerId: String(env.partnerId),
        requestBody: String(env.requestBody),
        ver: String(env.ver),
      }),
    );
  }
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(env),
  });
  const envelope = (await res.json()) as PartnerAnswer['envelope'];
  const { sign, ...fields } = envelope;
  return {
    http: res.status,
    envelope,
    body: envelope.responseBody ? JSON.parse(envelope.responseBody) : undefined,
    signatureValid: rsaVerifyBase64(partner.serverPublicKeyPem, responseSigningString(fields as Record<string, string>), sign),
  };
}
