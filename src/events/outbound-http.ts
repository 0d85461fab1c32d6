import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';

/**
 * The one way an event leaves the platform: an HTTP(S) POST with a hard deadline, to http and
 * https URLs only, optionally never to a non-public address (docs/events.md, "Receivers").
 * @module
 */

export interface OutboundRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface OutboundResponse {
  status: number;
  /** At most MAX_ANSWER_BYTES of the answer, as text. */
  body: string;
}

export interface SendOptions {
  timeoutMs: number;
  blockPrivateAddresses: boolean;
}

/** Why a request did not get an answer (refused URL, DNS, connection, timeout). */
export class OutboundError extends Error {}

const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * Addresses that are not the public internet: loopback, RFC 1918 and CGNAT, link-local (cloud
 * metadata at 169.254.169.254), "this network", multicast and reserved, and their IPv6 kin
 * (unique-local, link-local, v4-mapped forms of the above).
 */
const nonPublic = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  nonPublic.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  nonPublic.addSubnet(net, bits, 'ipv6');
}

export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return nonPublic.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    return mapped ? nonPublic.check(mapped[1]!, 'ipv4') : nonPublic.check(address, 'ipv6');
  }
  return true;
}

/** Checks a subscription URL when it is saved: absolute, http or https, no credentials in it. */
export function checkUrlShape(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Not an absolute URL.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Only http and https URLs are allowed.';
  if (url.username || url.password) return 'A URL must not carry credentials; use the subscription secret.';
  return null;
}

/**
 * The resolver the request connects with: when private addresses are refused, the check is made on
 * the addresses the connection will actually use (so a DNS answer cannot swap in 127.0.0.1 after a
 * check made earlier).
 */
function guardedLookup(block: boolean): typeof dnsLookup {
  const guarded = (hostname: string, options: object, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error);
      const allowed = block ? addresses.filter((a) => !isNonPublicAddress(a.address)) : addresses;
      if (!allowed.length)
        return callback(new OutboundError(`${hostname} resolves only to non-public addresses, which are refused.`));
      if ((options as { all?: boolean }).all) return callback(null, allowed);
      return callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
  return guarded as unknown as typeof dnsLookup;
}

/** POSTs the request; resolves with the answer (any status) or rejects with an OutboundError. */
export function postOutbound(request: OutboundRequest, options: SendOptions): Promise<OutboundResponse> {
  const shape = checkUrlShape(request.url);
  if (shape) return Promise.reject(new OutboundError(shape));
  const url = new URL(request.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (options.blockPrivateAddresses && isIP(host) && isNonPublicAddress(host)) {
    return Promise.reject(new OutboundError(`${host} is a non-public address, which is refused.`));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          ...request.headers,
          'content-length': Buffer.byteLength(request.body),
        },
        lookup: guardedLookup(options.blockPrivateAddresses),
        // Never reuse a connection: each delivery stands alone, and a dead receiver's socket is not kept.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_ANSWER_BYTES) chunks.push(chunk.subarray(0, MAX_ANSWER_BYTES - size));
          size += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (error) => reject(new OutboundError(`The answer broke off: ${error.message}`)));
      },
    );
    // One deadline for the whole exchange, connect to the last byte of the answer.
    const timer = setTimeout(
      () => req.destroy(new OutboundError(`No complete answer within ${options.timeoutMs} ms.`)),
      options.timeoutMs,
    );
    req.on('close', () => clearTimeout(timer));
    req.on('error', (error) =>
      reject(
        error instanceof OutboundError
          ? error
          : new OutboundError(`${(error as NodeJS.ErrnoException).code ?? 'Error'}: ${error.message}`),
      ),
    );
    req.end(request.body);
  });
}
