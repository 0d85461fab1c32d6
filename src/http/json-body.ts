import type { IncomingMessage } from 'node:http';

/** A body the request path refuses, with the status body-parser gives the same refusal (app.ts finalErrorHandler reads `status`). */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
    /** body-parser's name for the same failure. */
    readonly type: 'entity.too.large' | 'entity.parse.failed' | 'request.size.invalid' | 'request.aborted',
  ) {
    super(message);
  }
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Reads a JSON request body (UTF-8, no content encoding: the caller checked both) as
 * `express.json({ limit, strict: true })` does, for the GraphQL read lane (compiled-queries.ts):
 * its type checks, charset lookup, iconv decoder and raw-body's bookkeeping were 4 % of a
 * member(id) read's CPU, for a body the lane has already matched by its headers.
 *
 * The same outcomes: `{}` for an empty body, a leading byte-order mark dropped, 413 when the body
 * (declared or received) is over `limit`, 400 when it is not strict JSON (its first character
 * neither `{` nor `[`) or not as long as declared. A refused body is still read to its end before
 * `done` is called, as body-parser does, so the answer is not written into an unread request.
 */
export function readJsonBody(req: IncomingMessage, limit: number, done: (error: BodyError | null, body?: unknown) => void): void {
  const declaredHeader = req.headers['content-length'];
  const declared = declaredHeader === undefined ? undefined : Number(declaredHeader);
  let refused: BodyError | null =
    declared !== undefined && declared > limit ? new BodyError(413, 'request entity too large', 'entity.too.large') : null;
  const chunks: Buffer[] = [];
  let received = 0;
  let finished = false;
  const finish = (error: BodyError | null, body?: unknown) => {
    if (finished) return;
    finished = true;
    done(error, body);
  };
  req.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (refused) return;
    if (received > limit) {
      refused = new BodyError(413, 'request entity too large', 'entity.too.large');
      chunks.length = 0;
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (refused) return finish(refused);
    if (declared !== undefined && received !== declared) {
      return finish(new BodyError(400, 'request size did not match content length', 'request.size.invalid'));
    }
    const parsed = parseStrictJson(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received));
    if (parsed instanceof BodyError) finish(parsed);
    else finish(null, parsed);
  });
  // A caller that goes away mid-body: the request closes incomplete (or errs) and never ends.
  const aborted = () => finish(new BodyError(400, 'request aborted', 'request.aborted'));
  req.on('error', aborted);
  req.on('close', () => {
    if (!req.complete) aborted();
  });
}

/** body-parser's strict JSON: the value, or a BodyError for anything but an object or an array. */
function parseStrictJson(bytes: Buffer): unknown {
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) return {};
  let first = 0;
  while (first < text.length && WHITESPACE.has(text.charCodeAt(first))) first++;
  const opening = text[first];
  if (opening !== '{' && opening !== '[')
    return new BodyError(400, 'The body is not a JSON object or array.', 'entity.parse.failed');
  try {
    return JSON.parse(text);
  } catch (error) {
    return new BodyError(400, (error as Error).message, 'entity.parse.failed');
  }
}
