import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PointsOrder as PointsOrderRow } from '../entities/points-order.entity.js';
import { Permission } from '../domain/access.enums.js';
import type { RequestContext } from '../request/context.js';
import { DecimalScalar } from '../schema/decimal.scalar.js';
import { PointsOrderStatus } from '../domain/loyalty-codes.js';
import { orderStatus, revocablePoints } from '../domain/order-rules.js';
import {
  ConsumePointsInput,
  PointsOrder,
  PointsOrderList,
  PointsOrderPayload,
  ReturnOrderPointsInput,
  RevokeOrderPointsInput,
} from '../schema/order.types.js';
import * as orders from '../services/orders.service.js';
import { PointsOrderWhere } from '../schema/where.types.js';
import { listCost, memberHistoryArgs, pageQuery } from './lists.js';
import { payload } from './payload.js';

const PointsOrdersArgs = memberHistoryArgs(PointsOrderWhere, { rows: 'orders', order: 'Creation time' });
type PointsOrdersArgs = InstanceType<typeof PointsOrdersArgs>;

/** Points spent on and earned by orders (cpoint-inner consume / check / revoke / list; partner returnScore). */
@Resolver(() => PointsOrder)
export class PointsOrderResolver {
  @Authorized(Permission.WRITE)
  @Mutation(() => PointsOrderPayload, { description: 'Spend points on an order, once per order id.' })
  consumePointsForOrder(@Ctx() ctx: RequestContext, @Arg('input', () => ConsumePointsInput) input: ConsumePointsInput) {
    return payload(() => orders.consumePointsForOrder(ctx, input));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => PointsOrderPayload, { description: 'Give back part or all of what an order spent; never more.' })
  revokeOrderPoints(@Ctx() ctx: RequestContext, @Arg('input', () => RevokeOrderPointsInput) input: RevokeOrderPointsInput) {
    return payload(() => orders.revokeOrderPoints(ctx, input));
  }

  @Authorized(Permission.WRITE)
  @Mutation(() => PointsOrderPayload, { description: 'Reverse everything an order still holds, earned and spent; once.' })
  returnOrderPoints(@Ctx() ctx: RequestContext, @Arg('input', () => ReturnOrderPointsInput) input: ReturnOrderPointsInput) {
    return payload(() => orders.returnOrderPoints(ctx, input));
  }

  @Query(() => PointsOrder, { nullable: true, description: "One of a member's orders; null when there is none." })
  pointsOrder(
    @Ctx() ctx: RequestContext,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('orderId', () => String) orderId: string,
  ) {
    return orders.findOrder(ctx, { memberId, orderId });
  }

  @Query(() => PointsOrderList, { complexity: listCost, description: 'Points orders, newest first by default.' })
  pointsOrders(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PointsOrdersArgs) { memberId, where, orderBy, page }: PointsOrdersArgs,
  ) {
    return orders.listOrders(ctx, { memberId, where, direction: orderBy?.direction, ...pageQuery(page, info) });
  }

  @FieldResolver(() => PointsOrderStatus)
  status(@Root() order: PointsOrderRow): PointsOrderStatus {
    return orderStatus(order);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Spent points that can still be revoked.' })
  revocable(@Root() order: PointsOrderRow): string {
    return revocablePoints(order).toFixed(2);
  }
}
