import type { MigrationObject } from '@mikro-orm/core';
import { FoundationMigration } from './m20261123-001-foundation.js';
import { LoyaltyMigration } from './m20261123-002-loyalty.js';
import { ShimAppsMigration } from './m20261123-004-shim-apps.js';
import { MemberDynamicCodesMigration } from './m20261123-005-member-dynamic-codes.js';
import { CardsMigration } from './m20261123-003-cards.js';
import { SecurityMigration } from './m20261124-001-security.js';
import { EventsMigration } from './m20261127-001-events.js';
import { BiMigration } from './m20261127-260-bi.js';
import { AnalyticsIndexesMigration } from './m20261127-261-analytics-indexes.js';
import { NumericIdsMigration } from './m20261125-010-numeric-ids.js';
import { MembersRestMigration } from './m20261125-101-members-rest.js';
import { CredentialNotifyMigration } from './m20261126-001-credential-notify.js';
import { FilterIndexesMigration } from './m20261127-200-filter-indexes.js';
import { BalanceRowsPerStatementMigration } from './m20261127-240-balance-rows-per-statement.js';
import { HotBalancesMigration } from './m20261127-280-perf-hot-balances.js';
import { DayTotalsMigration } from './m20261127-300-day-totals.js';
import { ListSearchMigration } from './m20261127-310-list-search.js';
import { RankTablesMigration } from './m20261127-310-rank-tables.js';
import { StatusCountMigration } from './m20261127-310-status-count.js';
import { ListFilterIndexesMigration } from './m20261127-320-list-filter-indexes.js';
import { MemberCountIndexesMigration } from './m20261127-330-member-count-indexes.js';
import { MemberCountsMigration } from './m20261127-340-member-counts.js';
import { LabelSearchMigration } from './m20261127-341-label-search.js';

/**
 * Every migration, in order. Listed explicitly (not discovered from the file system) so the same
 * list runs from compiled JavaScript, from TypeScript under the test runner, and from a bundle.
 */
export const migrations: MigrationObject[] = [
  { name: 'm20261123-001-foundation', class: FoundationMigration },
  { name: 'm20261123-002-loyalty', class: LoyaltyMigration },
  { name: 'm20261123-003-cards', class: CardsMigration },
  { name: 'm20261123-004-shim-apps', class: ShimAppsMigration },
  { name: 'm20261123-005-member-dynamic-codes', class: MemberDynamicCodesMigration },
  { name: 'm20261124-001-security', class: SecurityMigration },
  { name: 'm20261125-010-numeric-ids', class: NumericIdsMigration },
  { name: 'm20261125-101-members-rest', class: MembersRestMigration },
  { name: 'm20261126-001-credential-notify', class: CredentialNotifyMigration },
  { name: 'm20261127-001-events', class: EventsMigration },
  { name: 'm20261127-200-filter-indexes', class: FilterIndexesMigration },
  { name: 'm20261127-240-balance-rows-per-statement', class: BalanceRowsPerStatementMigration },
  { name: 'm20261127-260-bi', class: BiMigration },
  { name: 'm20261127-261-analytics-indexes', class: AnalyticsIndexesMigration },
  { name: 'm20261127-280-perf-hot-balances', class: HotBalancesMigration },
  { name: 'm20261127-300-day-totals', class: DayTotalsMigration },
  { name: 'm20261127-310-list-search', class: ListSearchMigration },
  { name: 'm20261127-310-rank-tables', class: RankTablesMigration },
  { name: 'm20261127-310-status-count', class: StatusCountMigration },
  { name: 'm20261127-320-list-filter-indexes', class: ListFilterIndexesMigration },
  { name: 'm20261127-330-member-count-indexes', class: MemberCountIndexesMigration },
  { name: 'm20261127-340-member-counts', class: MemberCountsMigration },
  { name: 'm20261127-341-label-search', class: LabelSearchMigration },
];
