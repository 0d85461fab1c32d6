import type { Express } from 'express';
import type { AppDeps } from '../graphql/context.js';

/**
 * Mounts every legacy-contract shim on the app. Each shim is an Express router that translates
 * its contract into GraphQL operations run in-process against the one schema.
 */
export function mountShims(_app: Express, _deps: AppDeps): void {
  // Shims arrive with the legacy-contract issues.
}
