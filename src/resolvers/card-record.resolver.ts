import type { ClassType } from 'type-graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
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
import { listRecords, RECORDS, type RecordSpec } from '../services/card-record.service.js';
import { listCost, pageQuery } from './lists.js';

@ArgsType()
class RecordArgs {
  @Field(() => RecordFilter, { nullable: true })
  filter?: RecordFilter | null;

  @Field(() => PageInput, { nullable: true })
  page?: PageInput | null;
}

const list = (ctx: RequestContext, spec: (typeof RECORDS)[keyof typeof RECORDS], { filter, page }: RecordArgs) =>
  listRecords(ctx, { spec: spec as RecordSpec<{ id: string }>, filter, ...pageQuery(page) }).then(({ totals, ...rest }) => ({
    ...rest,
    ...totals,
  }));

/** Record lists with filters, paging and totals (legacy 4.1, 4.2, 4.3, 8.4). */
@Resolver()
export class CardRecordResolver {
  @Query(() => RechargeList, { complexity: listCost })
  rechargeRecords(@Ctx() ctx: RequestContext, @Args(() => RecordArgs) args: RecordArgs) {
    return list(ctx, RECORDS.recharges, args);
  }

  @Query(() => SpendList, { complexity: listCost })
  spendRecords(@Ctx() ctx: RequestContext, @Args(() => RecordArgs) args: RecordArgs) {
    return list(ctx, RECORDS.spends, args);
  }

  @Query(() => RefundList, { complexity: listCost })
  refundRecords(@Ctx() ctx: RequestContext, @Args(() => RecordArgs) args: RecordArgs) {
    return list(ctx, RECORDS.refunds, args);
  }

  @Query(() => InvoiceList, { complexity: listCost })
  invoices(@Ctx() ctx: RequestContext, @Args(() => RecordArgs) args: RecordArgs) {
    return list(ctx, RECORDS.invoices, args);
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
