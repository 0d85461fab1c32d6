import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import express, { type Response, type Router } from 'express';
import type { AppDeps } from '../request/context.js';
import type { Principal } from '../request/principal.js';
import { Permission } from '../domain/access.enums.js';
import { permissionsOf } from '../request/principal.js';
import { requireApiKey } from './auth.js';

/** Image formats accepted, recognised by their first bytes (the file name and header are ignored). */
const SIGNATURES: { type: string; ext: string; matches: (b: Buffer) => boolean }[] = [
  { type: 'image/jpeg', ext: 'jpg', matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: 'image/png',
    ext: 'png',
    matches: (b) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    type: 'image/webp',
    ext: 'webp',
    matches: (b) => b.length > 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  },
];

/** Returns the sniffed image type of `bytes`, or null when it is none of the accepted formats. */
export function sniffImage(bytes: Buffer): { type: string; ext: string } | null {
  return SIGNATURES.find((s) => s.matches(bytes)) ?? null;
}

const UPLOAD_PERMISSIONS = [Permission.CARD_OPERATE, Permission.CARD_CONFIG, Permission.STAFF_MANAGE];
/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD = 16 * 1024;

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** The error a body over its byte limit fails with. */
export class TooLarge extends Error {}

/** Passes bytes through until `max`, then fails the stream, so a huge body is never buffered. */
export function limitBytes(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > max ? new TooLarge() : null, chunk);
    },
  });
}

/**
 * `POST /uploads/images`: one image as multipart/form-data (any field name), for an authenticated
 * caller who may configure or operate cards. Stored under UPLOAD_DIR/<merchant>/<random>.<ext>
 * and answered with its URL. `GET /uploads/<merchant>/<name>` serves it back.
 *
 * The body is parsed by the platform's own multipart parser (the fetch API's FormData) behind a
 * byte limit, so no multipart dependency is needed and nothing past the limit is read.
 */
export function uploadsRouter(deps: AppDeps): Router {
  const { config, log, orm } = deps;
  const root = resolve(config.UPLOAD_DIR);
  const router = express.Router();

  router.post('/uploads/images', requireApiKey(orm), async (req, res, next) => {
    const principal = res.locals.principal as Principal;
    if (!UPLOAD_PERMISSIONS.some((p) => permissionsOf(principal).includes(p))) {
      fail(res, 403, 'FORBIDDEN', 'This caller may not upload images.');
      return;
    }
    const contentType = req.get('content-type') ?? '';
    if (!/^multipart\/form-data;/i.test(contentType)) {
      fail(res, 400, 'BAD_REQUEST', 'Send the image as multipart/form-data.');
      return;
    }
    const limit = config.UPLOAD_MAX_BYTES + MULTIPART_OVERHEAD;
    if (Number(req.get('content-length') ?? 0) > limit) {
      fail(res, 413, 'PAYLOAD_TOO_LARGE', `An image may have at most ${config.UPLOAD_MAX_BYTES} bytes.`);
      return;
    }
    let file: File | undefined;
    try {
      const body = Readable.toWeb(req.pipe(limitBytes(limit))) as ReadableStream<Uint8Array>;
      const form = await new Request('http://upload.local/', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
        duplex: 'half',
      } as RequestInit).formData();
      file = [...form.values()].find(
        (value): value is File => typeof value === 'object' && value !== null && 'arrayBuffer' in value,
      );
    } catch (error) {
      if (error instanceof TooLarge || (error as Error)?.cause instanceof TooLarge) {
        fail(res, 413, 'PAYLOAD_TOO_LARGE', `An image may have at most ${config.UPLOAD_MAX_BYTES} bytes.`);
      } else {
        fail(res, 400, 'BAD_REQUEST', 'The multipart body could not be read.');
      }
      return;
    }
    if (!file) {
      fail(res, 400, 'BAD_REQUEST', 'The form has no file.');
      return;
    }
    if (file.size > config.UPLOAD_MAX_BYTES) {
      fail(res, 413, 'PAYLOAD_TOO_LARGE', `An image may have at most ${config.UPLOAD_MAX_BYTES} bytes.`);
      return;
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    const kind = sniffImage(bytes);
    if (!kind) {
      fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Only JPEG, PNG and WebP images are accepted.');
      return;
    }
    try {
      // Random names: nothing of the client's file name reaches the disk, and URLs cannot be guessed.
      const name = `${randomBytes(16).toString('hex')}.${kind.ext}`;
      const folder = join(root, principal.merchantId);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, name), bytes, { flag: 'wx' });
      log.info({ merchantId: principal.merchantId, name, size: bytes.length }, 'image uploaded');
      const url = `${config.UPLOAD_PUBLIC_BASE.replace(/\/$/, '')}/${principal.merchantId}/${name}`;
      res.status(201).json({ url, contentType: kind.type, size: bytes.length });
    } catch (error) {
      next(error);
    }
  });

  router.use(
    '/uploads',
    (_req, res, next) => {
      res.set('X-Content-Type-Options', 'nosniff');
      next();
    },
    express.static(root, { index: false, dotfiles: 'deny', maxAge: '30d', immutable: true, fallthrough: false }),
  );
  return router;
}
