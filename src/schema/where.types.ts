import { type ClassType, Field, InputType } from 'type-graphql';
import { MemberStatus, Sex } from '../domain/member.enums.js';
import { DateTimeFilter, DecimalFilter, enumFilter, IDFilter, IntFilter, LabelsFilter, StringFilter } from './filter.types.js';

/*
 * The lists' where inputs (docs/analytics.md, "Filter language"): a list's fields, each with its
 * operator input, and `and` / `or` / `not` over the same input. Each field here has its SQL in
 * the list's catalogue (services/filters/), which is the only place a field name meets SQL.
 */

/**
 * Gives a where input its `and`, `or` and `not`, typed with the input itself. Applied after the
 * class is declared (a decorator call like any other): a class cannot name itself in its own base
 * class, which a generic base class would need. The services read them as plain properties.
 */
export function combinable<T extends object>(where: ClassType<T>): void {
  Field(() => [where], { nullable: true, description: 'Every one of these holds ([] always holds).' })(where.prototype, 'and');
  Field(() => [where], { nullable: true, description: 'At least one of these holds ([] never holds).' })(where.prototype, 'or');
  Field(() => where, { nullable: true, description: 'This does not hold.' })(where.prototype, 'not');
}

export const MemberStatusFilter = enumFilter<MemberStatus>(MemberStatus, 'MemberStatusFilter');
export const SexFilter = enumFilter<Sex>(Sex, 'SexFilter');

@InputType({
  description:
    'Conditions on members; every condition given must hold. Nest with and / or / not (at most 5 levels, 100 conditions).',
})
export class MemberWhere {
  @Field(() => IDFilter, { nullable: true })
  id?: IDFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'Member code / card number.' })
  code?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  mobile?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  nickname?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  email?: StringFilter | null;

  @Field(() => SexFilter, { nullable: true })
  sex?: InstanceType<typeof SexFilter> | null;

  @Field(() => MemberStatusFilter, { nullable: true })
  status?: InstanceType<typeof MemberStatusFilter> | null;

  @Field(() => LabelsFilter, { nullable: true })
  labels?: LabelsFilter | null;

  @Field(() => DateTimeFilter, { nullable: true })
  registeredAt?: DateTimeFilter | null;

  @Field(() => IDFilter, { nullable: true })
  registerStoreId?: IDFilter | null;

  @Field(() => IDFilter, { nullable: true, description: 'The member who referred this one.' })
  referrerId?: IDFilter | null;

  @Field(() => DateTimeFilter, { nullable: true, description: 'Membership valid since.' })
  sinceAt?: DateTimeFilter | null;

  @Field(() => DateTimeFilter, { nullable: true, description: 'Membership due date.' })
  dueAt?: DateTimeFilter | null;

  @Field(() => DecimalFilter, { nullable: true, description: 'Available points (0 for a member who never had any).' })
  points?: DecimalFilter | null;

  @Field(() => DecimalFilter, { nullable: true, description: 'Experience (0 for a member who never had any).' })
  experience?: DecimalFilter | null;

  @Field(() => IntFilter, { nullable: true, description: 'Grade level (0: below every grade).' })
  gradeLevel?: IntFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'Code of the current grade (none below every grade).' })
  gradeCode?: StringFilter | null;
}
combinable(MemberWhere);
