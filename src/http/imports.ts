import type { Readable } from 'node:stream';
import busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import type { AppDeps } from '../request/context.js';
import { Permission } from '../domain/access.enums.js';
import { permissionsOf, type Principal } from '../request/principal.js';
import { IMPORT_KINDS, importCsv } from '../services/import/index.js';
import { requireApiKey } from './auth.js';
import { limitBytes, TooLarge } from './uploads.js';

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * The CSV of the request: the body itself (`text/csv`), or the first file of a
 * multipart/form-data body. Either way a stream behind the byte limit: nothing is buffered whole.
 */
function csvSource(req: Request, max: number): Promise<Readable | null> {
  const type = req.get('content-type') ?? '';
  if (/^text\/csv\b/i.test(type)) {
    const limited = limitBytes(max);
    req.on('error', (error) => limited.destroy(error));
    // The body flows as soon as it is piped; an error before the import attaches its pipeline
    // (which reads the stream's stored error) must not be an unhandled 'error' event.
    limited.on('error', () => {});
    return Promise.resolve(req.pipe(limited));
  }
  if (!/^multipart\/form-data\b/i.test(type)) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const form = busboy({ headers: req.headers, limits: { files: 1, fileSize: max } });
    form.on('file', (_field, file) => {
      file.on('limit', () => file.destroy(new TooLarge()));
      file.on('error', () => {});
      resolve(file);
    });
    form.on('close', () => resolve(null));
    form.on('error', reject);
    req.pipe(form);
  });
}

/**
 * `POST /imports/<members|points|cards>`: the CSV import of the CLI (`npm run cli -- import`) for back
 * offices, for callers with the ADMIN permission. The body is `text/csv`, or multipart/form-data
 * with the file in any field. Answers the import report: 200 when imported, 422 with the
 * row-numbered errors when any row is bad (then nothing was imported).
 */
export function importsRouter(deps: AppDeps): Router {
  const { config, log, orm } = deps;
  const router = express.Router();
  router.post('/imports/:kind', requireApiKey(orm), async (req, res, next) => {
    const principal = res.locals.principal as Principal;
    if (!permissionsOf(principal).includes(Permission.ADMIN)) {
      fail(res, 403, 'FORBIDDEN', 'Imports need the ADMIN permission.');
      return;
    }
    const kind = String(req.params.kind);
    if (!Object.hasOwn(IMPORT_KINDS, kind)) {
      fail(res, 404, 'NOT_FOUND', `Imports are of ${Object.keys(IMPORT_KINDS).join(', ')}.`);
      return;
    }
    try {
      const source = await csvSource(req, config.IMPORT_MAX_BYTES);
      if (!source) {
        fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the CSV as text/csv, or as a file in multipart/form-data.');
        return;
      }
      const report = await importCsv(deps, principal, kind, source);
      log.info({ merchantId: principal.merchantId, kind, rows: report.rows, written: report.written }, 'import finished');
      res.status(report.errorCount ? 422 : 200).json(report);
    } catch (error) {
      if (error instanceof TooLarge || (error as Error)?.cause instanceof TooLarge) {
        fail(res, 413, 'PAYLOAD_TOO_LARGE', `An import file may have at most ${config.IMPORT_MAX_BYTES} bytes.`);
      } else if (
        (error as Error)?.message?.includes('Unexpected end of form') ||
        /multipart/i.test(String((error as Error)?.message))
      ) {
        fail(res, 400, 'BAD_REQUEST', 'The multipart body could not be read.');
      } else next(error);
    }
  });
  return router;
}
