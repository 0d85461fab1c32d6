import DataLoader from 'dataloader';
import type { EntityManager } from '../../db/orm.js';
import { ExperienceBalance } from '../../entities/experience.entity.js';
import { Grade } from '../../entities/grade.entity.js';
import { PointsBalance } from '../../entities/points.entity.js';
import { TaskOp } from '../../entities/task.entity.js';
import { keyed } from './loader-kit.js';

/**
 * Loyalty data that member lists show: balances and grade per member, the merchant's grade table
 * (fetched once per request whatever the page size), and the ops of each task.
 */
export function createLoyaltyLoaders(em: () => EntityManager) {
  return {
    pointsBalanceByMemberId: keyed(
      (ids) => em().find(PointsBalance, { memberId: { $in: ids } }, { refresh: true }),
      (b) => b.memberId,
      (rows) => rows[0] ?? null,
    ),
    experienceBalanceByMemberId: keyed(
      (ids) => em().find(ExperienceBalance, { memberId: { $in: ids } }, { refresh: true }),
      (b) => b.memberId,
      (rows) => rows[0] ?? null,
    ),
    /** Key: always 'all'. A loader rather than a memo so mutations can clear it. */
    gradeTable: new DataLoader<'all', Grade[]>(async (keys) => {
      const grades = await em().find(Grade, {}, { orderBy: { level: 'asc' } });
      return keys.map(() => grades);
    }),
    opsByTaskId: keyed(
      (taskIds) => em().find(TaskOp, { taskId: { $in: taskIds } }, { orderBy: { op: 'asc' } }),
      (o) => o.taskId,
      (rows) => rows.map((o) => o.op),
    ),
  };
}
