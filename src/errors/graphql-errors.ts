import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { BusinessError, ErrorCode, InputErrors } from './error-code.js';

/**
 * Catalogue codes that are not the caller's bad input and get a GraphQL code of their own; every
 * other business error that escapes a resolver is BAD_USER_INPUT with the catalogue code beside it.
 */
const OWN_GRAPHQL_CODES: Partial<Record<ErrorCode, string>> = { [ErrorCode.QUERY_TIMEOUT]: 'QUERY_TIMEOUT' };
const graphqlCodeOf = (error: BusinessError | undefined) => (error && OWN_GRAPHQL_CODES[error.code]) ?? 'BAD_USER_INPUT';

/**
 * Errors that are not business outcomes but protocol ones. They use Apollo's code names so
 * generic GraphQL clients understand them.
 */
export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

/**
 * A business error that escaped a resolver (a query has no payload to carry it, e.g. a page over
 * the limit): the caller's mistake, answered as BAD_USER_INPUT with the catalogue code beside it.
 * Null for anything else.
 */
export function formatBusinessError(error: unknown, formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  if (!(error instanceof BusinessError) && !(error instanceof InputErrors)) return null;
  const first = error instanceof InputErrors ? error.errors[0] : error;
  return {
    message: error.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: graphqlCodeOf(first), errorCode: first?.code, ...(first?.field ? { field: first.field } : {}) },
  };
}

/** What a caller is told when PostgreSQL cannot be reached, on every path (Apollo's, the compiled lane's, the final handler's). */
export const DATABASE_UNAVAILABLE: GraphQLFormattedError = {
  message: 'The database is unavailable right now; retry shortly.',
  extensions: { code: 'SERVICE_UNAVAILABLE' },
};

export function forbidden(message = 'This API key is not allowed to do that.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 200 } } });
}

/** Error codes that are safe to show to the caller as they are; anything else is masked. */
export const EXPOSED_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  'QUERY_TIMEOUT',
]);

/**
 * A business error that escaped a payload (a query's service refused the arguments, as
 * memberCard does without an identifier) is the caller's mistake: BAD_USER_INPUT with the
 * catalogue code beside it, never INTERNAL_SERVER_ERROR. null for anything else.
 */
export function callerMistake(error: unknown, formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  // Apollo's request pipeline refuses some requests with a code-less error of its own (a
  // persisted-query hash that does not match the query): not thrown by our code, not at a path.
  // (Apollo fills in INTERNAL_SERVER_ERROR on `formatted`; the raw error shows it had no code.)
  const raw = error as { originalError?: unknown; path?: unknown; extensions?: { code?: unknown } } | null;
  if (
    raw &&
    typeof raw === 'object' &&
    'extensions' in raw &&
    !raw.originalError &&
    !raw.path &&
    raw.extensions?.code === undefined
  ) {
    return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  const first = error instanceof InputErrors ? error.errors[0] : error;
  if (!(first instanceof BusinessError)) return null;
  return {
    message: error instanceof Error ? error.message : first.message,
    path: formatted.path,
    extensions: { code: graphqlCodeOf(first), errorCode: first.code, ...(first.field ? { field: first.field } : {}) },
  };
}
