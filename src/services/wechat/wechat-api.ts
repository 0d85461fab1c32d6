import { BusinessError, ErrorCode } from '../../errors/error-code.js';

/** What WeChat's OAuth API answers for a code or a refresh token. */
export interface WechatGrant {
  openid: string;
  refreshToken: string;
  unionId: string | null;
}

export interface WechatApp {
  baseUrl: string;
  appId: string;
  appSecret: string;
  timeoutMs: number;
}

const failed = (message: string) => new BusinessError(ErrorCode.WECHAT_OAUTH_FAILED, message, 'code');

/**
 * One call to the WeChat OAuth API. Its URLs carry the app secret and the code, so neither the
 * URL nor the answer's tokens ever reach an error message or a log: failures name WeChat's
 * errcode and errmsg only.
 */
async function call(app: WechatApp, path: string, params: Record<string, string>): Promise<WechatGrant> {
  const url = new URL(path, app.baseUrl.endsWith('/') ? app.baseUrl : `${app.baseUrl}/`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  let body: Record<string, unknown>;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(app.timeoutMs) });
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    throw failed('WeChat could not be reached.');
  }
  if (body.errcode) throw failed(`WeChat refused: ${String(body.errcode)} ${String(body.errmsg ?? '').slice(0, 200)}`.trim());
  const { openid, refresh_token: refreshToken, unionid } = body;
  if (typeof openid !== 'string' || !openid || openid.length > 128 || typeof refreshToken !== 'string' || !refreshToken) {
    throw failed('WeChat answered without an openid and refresh token.');
  }
  return { openid, refreshToken, unionId: typeof unionid === 'string' && unionid ? unionid : null };
}

/** Exchanges an OAuth code (from the member's WeChat browser) for the openid and a refresh token. */
export function exchangeCode(app: WechatApp, code: string): Promise<WechatGrant> {
  return call(app, 'sns/oauth2/access_token', {
    appid: app.appId,
    secret: app.appSecret,
    code,
    grant_type: 'authorization_code',
  });
}

/** Uses a refresh token; WeChat answers the openid it belongs to, which proves who holds it. */
export function refreshGrant(app: WechatApp, refreshToken: string): Promise<WechatGrant> {
  return call(app, 'sns/oauth2/refresh_token', { appid: app.appId, grant_type: 'refresh_token', refresh_token: refreshToken });
}
