import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GradeChange as GradeChangeRow } from '../entities/grade.entity.js';
import { Permission } from '../domain/access.enums.js';
import type { RequestContext } from '../request/context.js';
import { Grade, GradeChange, GradeChangeList, GradeInput, SetGradesPayload } from '../schema/grade.types.js';
import { listGradeChanges, listGrades, setGrades } from '../services/grades.service.js';
import { GradeChangeWhere } from '../schema/where.types.js';
import { listCost, memberHistoryArgs, pageQuery } from './lists.js';
import { payload } from './payload.js';

/** Finds the grade of a level in the request's grade table (one statement per request). */
export async function gradeAt(ctx: RequestContext, level: number | null | undefined) {
  if (!level) return null;
  return (await ctx.loaders.gradeTable.load('all')).find((g) => g.level === level) ?? null;
}

const GradeChangesArgs = memberHistoryArgs(GradeChangeWhere, { rows: 'moves', order: 'Write order (the history sequence)' });
type GradeChangesArgs = InstanceType<typeof GradeChangesArgs>;

@Resolver(() => GradeChange)
export class GradeResolver {
  @Query(() => [Grade], { description: 'The grade ladder, lowest first (cpoint-inner gradeCnfList).' })
  grades(@Ctx() ctx: RequestContext) {
    return listGrades(ctx);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => SetGradesPayload, { description: 'Replace the grade table; every member is regraded at once, with history.' })
  setGrades(@Ctx() ctx: RequestContext, @Arg('grades', () => [GradeInput]) grades: GradeInput[]) {
    return payload(() => setGrades(ctx, grades));
  }

  @Query(() => GradeChangeList, { complexity: listCost, description: 'Grade moves, newest first by default.' })
  gradeChanges(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => GradeChangesArgs) { memberId, where, orderBy, page }: GradeChangesArgs,
  ) {
    return listGradeChanges(ctx, { memberId, where, direction: orderBy?.direction, ...pageQuery(page, info) });
  }

  @FieldResolver(() => Grade, { nullable: true, description: 'Null for level 0 or a level no longer in the table.' })
  fromGrade(@Root() change: GradeChangeRow, @Ctx() ctx: RequestContext) {
    return gradeAt(ctx, change.fromLevel);
  }

  @FieldResolver(() => Grade, { nullable: true })
  toGrade(@Root() change: GradeChangeRow, @Ctx() ctx: RequestContext) {
    return gradeAt(ctx, change.toLevel);
  }
}
