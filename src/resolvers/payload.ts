import { BusinessError, InputErrors } from '../errors/error-code.js';
import type { UserError } from '../schema/common.types.js';
import type { MutationPayload } from '../schema/generic.types.js';

/**
 * What `payload()` answers for a command whose result is `T`: the shape of every payload type
 * (schema/generic.types.ts), with the result's fields absent when the command failed.
 */
export type PayloadOf<T extends object> = Partial<T> & MutationPayload;

// A failed command has none of the result's fields; TypeScript cannot see that `{}` fits a generic Partial<T>.
const failed = <T extends object>(errors: UserError[]): PayloadOf<T> => ({ errors }) as PayloadOf<T>;

const toUserError = (e: BusinessError): UserError => ({ code: e.code, message: e.message, field: e.field });

/**
 * Runs a command and shapes its outcome as a payload: the result's fields with `errors: []`, or
 * only `errors` when the command failed for an expected business reason. Anything else is
 * rethrown, to be logged and masked by the server.
 */
export async function payload<T extends object>(run: () => Promise<T>): Promise<PayloadOf<T>> {
  try {
    return { ...(await run()), errors: [] };
  } catch (error) {
    if (error instanceof BusinessError) return failed<T>([toUserError(error)]);
    if (error instanceof InputErrors) return failed<T>(error.errors.map(toUserError));
    throw error;
  }
}

/** Loads many ids through a loader, dropping the missing ones. */
export async function loadAll<T>(
  loader: { loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> },
  ids: readonly string[],
): Promise<T[]> {
  return (await loader.loadMany(ids)).filter((row): row is T => row !== null && !(row instanceof Error));
}
