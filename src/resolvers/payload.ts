import { BusinessError, InputErrors } from '../errors/error-code.js';
import type { UserError } from '../schema/common.types.js';

const toUserError = (e: BusinessError): UserError => ({ code: e.code, message: e.message, field: e.field });

/**
 * Runs a command and shapes its outcome as a payload: the result's fields with `errors: []`, or
 * only `errors` when the command failed for an expected business reason. Anything else is
 * rethrown, to be logged and masked by the server.
 */
export async function payload<T extends object>(run: () => Promise<T>): Promise<Partial<T> & { errors: UserError[] }> {
  try {
    return { ...(await run()), errors: [] };
  } catch (error) {
    if (error instanceof BusinessError) return { errors: [toUserError(error)] } as Partial<T> & { errors: UserError[] };
    if (error instanceof InputErrors) return { errors: error.errors.map(toUserError) } as Partial<T> & { errors: UserError[] };
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
