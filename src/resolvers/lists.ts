import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';
import { ArgsType, Field, ID, type ClassType } from 'type-graphql';
import { PageInput } from '../schema/common.types.js';
import { CreatedOrder } from '../schema/where.types.js';
import type { PageQuery } from '../services/paging.js';

/**
 * The arguments of a member history list in write order (grade changes, points orders): one
 * member's rows or everyone's, the list's `where`, newest or oldest first, a page.
 */
export function memberHistoryArgs<W extends object>(where: ClassType<W>, describe: { rows: string; order: string }) {
  @ArgsType()
  class MemberHistoryArgs {
    @Field(() => ID, { nullable: true, description: `One member's ${describe.rows}; omitted: every member's.` })
    memberId?: string | null;

    @Field(() => where, {
      nullable: true,
      description: 'The filter language (docs/analytics.md); AND-ed with memberId.',
    })
    where?: W | null;

    @Field(() => CreatedOrder, { nullable: true, description: `${describe.order}; newest first by default.` })
    orderBy?: CreatedOrder | null;

    @Field(() => PageInput, { nullable: true })
    page?: PageInput | null;
  }
  return MemberHistoryArgs;
}

/** Query cost of a list: its page size times what each item costs. */
export const listCost = ({ args, childComplexity }: { args: { page?: PageInput }; childComplexity: number }) =>
  1 + (args.page?.limit ?? DEFAULT_PAGE_SIZE) * Math.max(1, childComplexity);

const DEFAULT_PAGE_SIZE = 20;

/**
 * The page a list argument asks for, with the schema's defaults (first page of 20), and whether the
 * client selected `totalItems`: counting a whole list (a `count(*)` over every member) is the most
 * expensive part of a page, so with the field's `info` it runs only when someone will read it.
 * Lists whose totals come from the counting statement anyway (card records) pass no info.
 */
export const pageQuery = (page: PageInput | null | undefined, info?: GraphQLResolveInfo): PageQuery => ({
  offset: page?.offset ?? 0,
  limit: page?.limit ?? DEFAULT_PAGE_SIZE,
  after: page?.after ?? null,
  countTotal: !info || info.fieldNodes.some((node) => selects(node.selectionSet, 'totalItems', info)),
});

/** Does the list field of `info` select any of `fields` (totals read by a summary statement)? */
export const selectsAny = (info: GraphQLResolveInfo, fields: string[]) =>
  info.fieldNodes.some((node) => fields.some((field) => selects(node.selectionSet, field, info)));

/** Does the list field of `info` select `inner` under `outer` (`items { channels }`)? */
export const selectsWithin = (info: GraphQLResolveInfo, outer: string, inner: string) =>
  info.fieldNodes.some((node) =>
    fieldsNamed(node.selectionSet, outer, info).some((field) => selects(field.selectionSet, inner, info)),
  );

/** Is a selection kept under the request's variables (not dropped by `@skip` or `@include`)? */
function included(selection: FieldNode | InlineFragmentNode | FragmentSpreadNode, info: GraphQLResolveInfo): boolean {
  if (!selection.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues)?.if !== false;
}

/** The fields named `name` a selection set picks, directly or through fragments. */
function fieldsNamed(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection) => {
    if (!included(selection, info)) return [];
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(selection.selectionSet, name, info);
    return fieldsNamed(info.fragments[selection.name.value]?.selectionSet, name, info);
  });
}

/** Does a selection set pick `field`, directly or through a fragment, under the request's `@skip` / `@include`? */
function selects(set: SelectionSetNode | undefined, field: string, info: GraphQLResolveInfo): boolean {
  return (set?.selections ?? []).some((selection) => {
    if (!included(selection, info)) return false;
    if (selection.kind === Kind.FIELD) return selection.name.value === field;
    if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet, field, info);
    return selects(info.fragments[selection.name.value]?.selectionSet, field, info);
  });
}
