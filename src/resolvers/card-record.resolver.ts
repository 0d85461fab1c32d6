import type { ClassType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../request/context.js';
import {
  CardRecharge,
  CardRefund,
  CardSpend,
  RechargeList,
  RecordFilter,
  RefundList,
  SpendList,
} from '../schema/card-money.types.js';
import { MemberCard, RechargeEvent } from '../schema/card.types.js';
import { PageInput } from '../schema/common.types.js';
import { Invoice, InvoiceList } from '../schema/invoice.types.js';
import { Member } from '../schema/member.types.js';
import { Store } from '../schema/merchant.types.js';
import { StaffUser } from '../schema/staff.types.js';
import { listRecords } from '../services/card-record.service.js';
import type { CardRecordKind } from '../services/filters/lists.js';
import { CreatedOrder, InvoiceWhere, RechargeRecordWhere, RefundRecordWhere, SpendRecordWhere } from '../schema/where.types.js';
import { listCost, pageQuery, selectsAny } from './lists.js';

@ArgsType()
class RecordArgs {
  @Field(() => RecordFilter, { nullable: true, description: 'The older fixed filter; AND-ed with where.' })
  filter?: RecordFilter | null;

  @Field(() => CreatedOrder, { nullable: true, description: 'Newest first by default.' })
  orderBy?: CreatedOrder | null;

  @Field(() => PageInput, { nullable: true })
  page?: PageInput | null;
}

/** `where: <Record>Where` beside the shared arguments, one ArgsType per list (type-graphql needs a class per input type). */
function recordArgs<W extends object>(where: ClassType<W>) {
  @ArgsType()
  class Args extends RecordArgs {
    @Field(() => where, { nullable: true, description: 'The filter language (docs/analytics.md).' })
    where?: W | null;
  }
  return Args;
}
const RechargeArgs = recordArgs(RechargeRecordWhere);
const SpendArgs = recordArgs(SpendRecordWhere);
const RefundArgs = recordArgs(RefundRecordWhere);
const InvoiceArgs = recordArgs(InvoiceWhere);
type ListArgs = RecordArgs & { where?: object | null };

/** The count and sums over the whole list are read only when one of them is selected. */
const SUMMARY_FIELDS = ['totalItems', 'totalAmount', 'totalBonus'];

const list = (ctx: RequestContext, info: GraphQLResolveInfo, kind: CardRecordKind, { where, filter, orderBy, page }: ListArgs) =>
  listRecords(ctx, {
    kind,
    where,
    filter,
    direction: orderBy?.direction,
    ...pageQuery(page),
    summarise: selectsAny(info, SUMMARY_FIELDS),
  }).then(({ totals, ...rest }) => ({ ...rest, ...totals }));

/** Record lists with filters, paging and totals (legacy 4.1, 4.2, 4.3, 8.4). */
@Resolver()
export class CardRecordResolver {
  @Query(() => RechargeList, { complexity: listCost })
  rechargeRecords(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => RechargeArgs) args: ListArgs) {
    return list(ctx, info, 'recharges', args);
  }

  @Query(() => SpendList, { complexity: listCost })
  spendRecords(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => SpendArgs) args: ListArgs) {
    return list(ctx, info, 'spends', args);
  }

  @Query(() => RefundList, { complexity: listCost })
  refundRecords(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => RefundArgs) args: ListArgs) {
    return list(ctx, info, 'refunds', args);
  }

  @Query(() => InvoiceList, { complexity: listCost })
  invoices(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Args(() => InvoiceArgs) args: ListArgs) {
    return list(ctx, info, 'invoices', args);
  }
}

interface RecordRow {
  memberId: string;
  memberCardId: string;
  storeId: string | null;
  staffUserId: string | null;
}

/** The relations every card record shows, through per-request loaders (no N+1 on a page). */
function recordRelations<T extends object>(type: ClassType<T>) {
  @Resolver(() => type)
  class RecordRelations {
    @FieldResolver(() => Member, { nullable: true })
    member(@Root() row: RecordRow, @Ctx() ctx: RequestContext) {
      return ctx.loaders.memberById.load(row.memberId);
    }

    @FieldResolver(() => MemberCard, { nullable: true })
    card(@Root() row: RecordRow, @Ctx() ctx: RequestContext) {
      return ctx.loaders.cards.memberCardById.load(row.memberCardId);
    }

    @FieldResolver(() => Store, { nullable: true })
    store(@Root() row: RecordRow, @Ctx() ctx: RequestContext) {
      return row.storeId ? ctx.loaders.storeById.load(row.storeId) : null;
    }

    @FieldResolver(() => StaffUser, { nullable: true })
    staffUser(@Root() row: RecordRow, @Ctx() ctx: RequestContext) {
      return row.staffUserId ? ctx.loaders.cards.staffUserById.load(row.staffUserId) : null;
    }
  }
  return RecordRelations;
}

export const RechargeRelations = recordRelations(CardRecharge);
export const SpendRelations = recordRelations(CardSpend);
export const RefundRelations = recordRelations(CardRefund);
export const InvoiceRelations = recordRelations(Invoice);

@Resolver(() => CardRecharge)
export class RechargeEventRelation {
  @FieldResolver(() => RechargeEvent, { nullable: true })
  event(@Root() recharge: CardRecharge, @Ctx() ctx: RequestContext) {
    return recharge.rechargeEventId ? ctx.loaders.cards.rechargeEventById.load(recharge.rechargeEventId) : null;
  }
}
