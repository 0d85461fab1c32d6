import type { Readable } from 'node:stream';
import type { AppDeps } from '../../request/context.js';
import type { Principal } from '../../request/principal.js';
import { BusinessError, ErrorCode } from '../../errors/error-code.js';
import type { ImportKind } from './import-kind.js';
import { runImport, type ImportProgress, type ImportReport } from './import-runner.js';
import { cardsImport } from './cards.import.js';
import { membersImport } from './members.import.js';
import { pointsImport } from './points.import.js';

export type { ImportProgress, ImportReport } from './import-runner.js';
export { jsonProgress, terminalProgress } from './progress.js';

/** The kinds of file `import <kind>` and `POST /imports/<kind>` accept. */
export const IMPORT_KINDS: Readonly<Record<string, ImportKind>> = {
  members: membersImport,
  points: pointsImport,
  cards: cardsImport,
};

/**
 * Imports a CSV file of one kind for the principal's merchant: the one code path of the CLI and
 * the upload endpoint (see import-runner.ts for the validation, batches and re-runs).
 */
export async function importCsv(
  deps: Pick<AppDeps, 'orm'>,
  principal: Principal,
  kindName: string,
  source: Readable,
  options: { progress?: ImportProgress; batchRows?: number } = {},
): Promise<ImportReport> {
  const kind = Object.hasOwn(IMPORT_KINDS, kindName) ? IMPORT_KINDS[kindName] : undefined;
  if (!kind) {
    throw new BusinessError(ErrorCode.INVALID_INPUT, `Imports are of ${Object.keys(IMPORT_KINDS).join(', ')}.`, 'kind');
  }
  return runImport({
    url: deps.orm.config.get('clientUrl')!,
    merchantId: principal.merchantId,
    credentialId: principal.credentialId,
    kind,
    source,
    ...options,
  });
}
