import type { MigrationObject } from '@mikro-orm/core';
import { FoundationMigration } from './m20261123-001-foundation.js';
import { CardsMigration } from './m20261123-003-cards.js';

/**
 * Every migration, in order. Listed explicitly (not discovered from the file system) so the same
 * list runs from compiled JavaScript, from TypeScript under the test runner, and from a bundle.
 */
export const migrations: MigrationObject[] = [
  { name: 'm20261123-001-foundation', class: FoundationMigration },
  { name: 'm20261123-003-cards', class: CardsMigration },
];
