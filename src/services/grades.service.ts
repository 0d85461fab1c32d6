import { sql } from 'kysely';
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { Grade, GradeChange } from '../entities/grade.entity.js';
import type { RequestContext } from '../request/context.js';
import { fields, parseInput } from './validation.js';
import { GRADE_CHANGE_ORDERS, gradeChangeWhereSql, scopeId } from './filters/lists.js';
import { entityPage, listOrder } from './filters/pages.js';
import type { ListResult, PageQuery } from './paging.js';
import { eventActor, gradeEventCte } from './outbox.js';

const gradeSchema = z.object({
  level: z.number().int().min(1, 'A level is 1 or more.').max(999, 'A level is at most 999.'),
  code: fields.code,
  name: z.string().trim().min(1, 'Must not be empty.').max(100, 'At most 100 characters.'),
  threshold: z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, 'A threshold is a non-negative decimal with at most 2 places.'),
});

/** A grade table is a ladder: distinct levels and codes, and a higher level needs more experience. */
const tableSchema = z
  .array(gradeSchema)
  .max(100, 'At most 100 grades.')
  .superRefine((grades, issue) => {
    const sorted = [...grades].sort((a, b) => a.level - b.level);
    const seenCodes = new Set<string>();
    sorted.forEach((g, i) => {
      const index = grades.indexOf(g);
      if (seenCodes.has(g.code))
        issue.addIssue({ code: 'custom', message: `Code ${g.code} appears twice.`, path: [index, 'code'] });
      seenCodes.add(g.code);
      const previous = sorted[i - 1];
      if (previous && previous.level === g.level) {
        issue.addIssue({ code: 'custom', message: `Level ${g.level} appears twice.`, path: [index, 'level'] });
      } else if (previous && !new Decimal(g.threshold).gt(previous.threshold)) {
        issue.addIssue({
          code: 'custom',
          message: `Level ${g.level} needs more experience than level ${previous.level}.`,
          path: [index, 'threshold'],
        });
      }
    });
  });
export type GradeData = z.input<typeof gradeSchema>;

export function listGrades(ctx: RequestContext): Promise<Grade[]> {
  return ctx.em.find(Grade, {}, { orderBy: { level: 'asc' } });
}

/**
 * Replaces the merchant's grade table and regrades every member at once, recording each move.
 * The SHARE lock on exp_balance makes concurrent experience changes wait for this transaction,
 * so none of them can grade a member by the old table after the new one is in place. It blocks
 * experience writes of all merchants for the few moments a regrade takes: grade tables change
 * rarely, and correctness of every member's grade is worth that.
 */
export async function setGrades(ctx: RequestContext, input: GradeData[]): Promise<{ grades: Grade[]; membersRegraded: number }> {
  const table = parseInput(tableSchema, input);
  const membersRegraded = await ctx.em.transactional(async (em) => {
    await em.execute('lock table exp_balance in share mode');
    await em.nativeDelete(Grade, {});
    for (const g of table) {
      em.create(Grade, {
        merchantId: ctx.principal.merchantId,
        level: g.level,
        code: g.code,
        name: g.name,
        threshold: new Decimal(g.threshold).toFixed(2),
      });
    }
    await em.flush();
    const [row] = await em.execute<{ n: number }[]>(
      `
      with regraded as (
        update exp_balance b set grade_level = n.level, updated_at = now()
          from (select x.member_id, x.grade_level as old_level,
                       coalesce((select max(g.level) from grade g where g.threshold <= x.current), 0) as level
                  from exp_balance x) n
         where b.member_id = n.member_id and n.level <> n.old_level
        returning b.member_id, n.old_level, b.grade_level, b.current
      ), rank as (
        update exp_rank r set grade_level = regraded.grade_level from regraded where r.member_id = regraded.member_id
      ), hist as (
        insert into grade_change (id, merchant_id, member_id, from_level, to_level, experience, reason)
        select gen_random_uuid(), app_merchant_id(), member_id, old_level, grade_level, current, 'GRADE_TABLE' from regraded
        returning member_id, from_level, to_level, experience, reason
      ),${gradeEventCte('grade_event', 'hist', '?::text')}
      select count(*)::int as n from hist`,
      [eventActor(ctx)],
    );
    return row?.n ?? 0;
  });
  return { grades: await listGrades(ctx), membersRegraded };
}

/** Grade moves, newest first by default: one member's (memberId) or, with a where, any member's; offset or cursor pages. */
export function listGradeChanges(
  ctx: RequestContext,
  query: PageQuery & { memberId?: string | null; where?: object | null; direction?: 'ASC' | 'DESC' | null },
): Promise<ListResult<GradeChange>> {
  const where = gradeChangeWhereSql({ and: [query.where ?? {}, { memberId: scopeId(query.memberId) }] }, 'g');
  const order = listOrder('gradeChanges', 'CREATED_AT', GRADE_CHANGE_ORDERS.CREATED_AT, query.direction ?? 'DESC');
  return entityPage(ctx, GradeChange, { from: sql`grade_change g`, alias: 'g', where }, order, query);
}
