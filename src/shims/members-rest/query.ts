import { EdgeFailure, ShimError } from '../common/shim-error.js';

const bad = (message: string) => new ShimError(EdgeFailure.BAD_PARAMETERS, message);

/** Longest raw query string read; a longer one is refused rather than parsed. */
const MAX_QUERY_LENGTH = 8192;

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw bad('The query string is not valid URL encoding.');
  }
}

/**
 * The query string as members-rest clients write it, read from the raw URL (Express's parser
 * would turn `?{"point":{"$lt":10025}}` into a key with an empty value). Each `&`-separated part
 * is either a URL-encoded JSON object (its keys merged in, nested `weixin.refresh_token` included)
 * or `name=value`. A name given twice is refused rather than guessed at.
 */
export function parseRawQuery(url: string): Record<string, unknown> {
  const at = url.indexOf('?');
  const raw = at < 0 ? '' : url.slice(at + 1);
  if (raw.length > MAX_QUERY_LENGTH) throw bad(`The query string is longer than ${MAX_QUERY_LENGTH} characters.`);
  const query: Record<string, unknown> = Object.create(null);
  const put = (name: string, value: unknown) => {
    if (name in query) throw bad(`${name} is given twice.`);
    query[name] = value;
  };
  for (const part of raw.split('&')) {
    if (!part) continue;
    const text = decode(part);
    if (text.trimStart().startsWith('{')) {
      let object: unknown;
      try {
        object = JSON.parse(text);
      } catch {
        throw bad('The query is not valid JSON: write it as ?{"point":{"$lt":10025}} (URL-encoded).');
      }
      if (typeof object !== 'object' || object === null || Array.isArray(object)) throw bad('The JSON query must be an object.');
      for (const [name, value] of Object.entries(object)) {
        // {"weixin": {"refresh_token": "…"}} is the JSON form of weixin.refresh_token.
        if (name === 'weixin' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
          for (const [inner, innerValue] of Object.entries(value)) put(`weixin.${inner}`, innerValue);
        } else put(name, value);
      }
      continue;
    }
    const eq = part.indexOf('=');
    put(decode(eq < 0 ? part : part.slice(0, eq)), eq < 0 ? '' : decode(part.slice(eq + 1)));
  }
  return { ...query };
}
