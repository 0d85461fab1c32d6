import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A WeChat OAuth API on loopback (`/sns/oauth2/access_token`, `/sns/oauth2/refresh_token`) for
 * one app: codes are spent on first use, answers and error codes as WeChat documents them. No
 * test reaches the internet.
 */
export interface FakeWechat {
  url: string;
  appId: string;
  appSecret: string;
  /** A new OAuth code for this WeChat user, as the member's browser would bring it. */
  codeFor(openid: string): string;
  /** The refresh token WeChat issued last for this user. */
  latestRefreshToken(openid: string): string | undefined;
  /** Every request path with its query, for assertions. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeWechat(
  appId = 'wx5f2a1b3c4d5e6f70',
  appSecret = 'fake-app-secret-0123456789',
): Promise<FakeWechat> {
  const codes = new Map<string, string>();
  const refreshTokens = new Map<string, string>();
  const requests: string[] = [];
  let seq = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const send = (body: object) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const q = url.searchParams;
    if (q.get('appid') !== appId) return send({ errcode: 40013, errmsg: 'invalid appid' });
    const grant = (openid: string) => {
      const refreshToken = `RT_${openid}_${++seq}_${'x'.repeat(40)}`;
      refreshTokens.set(refreshToken, openid);
      send({ access_token: `AT_${seq}`, expires_in: 7200, refresh_token: refreshToken, openid, scope: 'snsapi_userinfo' });
    };
    if (url.pathname === '/sns/oauth2/access_token') {
      if (q.get('secret') !== appSecret) return send({ errcode: 40125, errmsg: 'invalid appsecret' });
      const openid = codes.get(q.get('code') ?? '');
      if (!openid || q.get('grant_type') !== 'authorization_code') return send({ errcode: 40029, errmsg: 'invalid code' });
      codes.delete(q.get('code')!);
      return grant(openid);
    }
    if (url.pathname === '/sns/oauth2/refresh_token') {
      const openid = refreshTokens.get(q.get('refresh_token') ?? '');
      if (!openid || q.get('grant_type') !== 'refresh_token') return send({ errcode: 40030, errmsg: 'invalid refresh_token' });
      return grant(openid);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    appId,
    appSecret,
    codeFor(openid) {
      const code = `CODE${++seq}`;
      codes.set(code, openid);
      return code;
    },
    latestRefreshToken: (openid) => [...refreshTokens].filter(([, o]) => o === openid).at(-1)?.[0],
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
