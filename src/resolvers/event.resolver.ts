import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../domain/access.enums.js';
import type { RequestContext } from '../request/context.js';
import { PageInput } from '../schema/common.types.js';
import {
  CreateEventSubscriptionInput,
  DeletePayload,
  EventDeliveryFilter,
  EventDeliveryList,
  EventSubscription,
  EventSubscriptionPayload,
  ReplayPayload,
  TestEventPayload,
  UpdateEventSubscriptionInput,
} from '../schema/event.types.js';
import * as subscriptions from '../services/event-subscription.service.js';
import { CreatedOrder, EventDeliveryWhere } from '../schema/where.types.js';
import { listCost, pageQuery } from './lists.js';
import { payload } from './payload.js';

@ArgsType()
class EventDeliveriesArgs {
  @Field(() => EventDeliveryWhere, { nullable: true, description: 'The filter language (docs/analytics.md).' })
  where?: EventDeliveryWhere | null;

  @Field(() => EventDeliveryFilter, { nullable: true, description: 'The older fixed filter; AND-ed with where.' })
  filter?: EventDeliveryFilter | null;

  @Field(() => CreatedOrder, { nullable: true, description: 'Event order; newest first by default.' })
  orderBy?: CreatedOrder | null;

  @Field(() => PageInput, { nullable: true })
  page?: PageInput | null;
}

/** Outbound event subscriptions and their delivery log (docs/events.md). Merchant administrators only. */
@Resolver()
export class EventSubscriptionResolver {
  @Authorized(Permission.ADMIN)
  @Query(() => [EventSubscription], { description: "The merchant's event subscriptions, paused ones included." })
  eventSubscriptions(@Ctx() ctx: RequestContext) {
    return subscriptions.listSubscriptions(ctx);
  }

  @Authorized(Permission.ADMIN)
  @Query(() => EventDeliveryList, { complexity: listCost, description: 'The delivery log, newest first, with every attempt.' })
  eventDeliveries(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => EventDeliveriesArgs) { where, filter, orderBy, page }: EventDeliveriesArgs,
  ) {
    return subscriptions.listDeliveries(ctx, { where, filter, direction: orderBy?.direction, ...pageQuery(page, info) });
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => EventSubscriptionPayload, { description: 'Subscribes a URL to events; answers the secret once.' })
  createEventSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateEventSubscriptionInput) input: CreateEventSubscriptionInput,
  ) {
    return payload(() => subscriptions.createSubscription(ctx, input));
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => EventSubscriptionPayload, {
    description: 'Changes a subscription; `active: false` pauses it, `true` resumes it.',
  })
  updateEventSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateEventSubscriptionInput) input: UpdateEventSubscriptionInput,
  ) {
    return payload(() => subscriptions.updateSubscription(ctx, input));
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => DeletePayload, { description: 'Deletes a subscription with its deliveries and log.' })
  deleteEventSubscription(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return payload(async () => ({ deleted: await subscriptions.deleteSubscription(ctx, id) }));
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => TestEventPayload, { description: 'Sends a subscription.test event to this subscription alone.' })
  testEventSubscription(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return payload(async () => ({ event: await subscriptions.testSubscription(ctx, id) }));
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => ReplayPayload, { description: "Puts a subscription's dead letters (all, or the given ones) back in line." })
  replayDeadLetters(
    @Ctx() ctx: RequestContext,
    @Arg('subscriptionId', () => ID) subscriptionId: string,
    @Arg('deliveryIds', () => [ID], { nullable: true }) deliveryIds?: string[] | null,
  ) {
    return payload(async () => ({ replayed: await subscriptions.replayDeadLetters(ctx, { subscriptionId, deliveryIds }) }));
  }
}
