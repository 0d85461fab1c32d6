import 'reflect-metadata';
import { callResolversDirectly, noteDataOnlyClasses } from './direct-resolvers.js';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { MemberChannelResolver, MemberResolver } from '../resolvers/member.resolver.js';
import { MerchantResolver } from '../resolvers/merchant.resolver.js';
import { GradeResolver } from '../resolvers/grade.resolver.js';
import { LedgerResolver } from '../resolvers/ledger.resolver.js';
import { LoyaltyAccountResolver, MemberLoyaltyResolver } from '../resolvers/member-loyalty.resolver.js';
import { PointsOrderResolver } from '../resolvers/points-order.resolver.js';
import { ShimAppResolver } from '../resolvers/shim-app.resolver.js';
import { EventSubscriptionResolver } from '../resolvers/event.resolver.js';
import { TaskResolver } from '../resolvers/task.resolver.js';
import { CardMoneyResolver } from '../resolvers/card-money.resolver.js';
import { CardSettingsResolver } from '../resolvers/card-settings.resolver.js';
import { QrResolver } from '../resolvers/qr.resolver.js';
import {
  CardRecordResolver,
  InvoiceRelations,
  RechargeEventRelation,
  RechargeRelations,
  RefundRelations,
  SpendRelations,
} from '../resolvers/card-record.resolver.js';
import { CardTemplateResolver, RechargeEventResolver } from '../resolvers/card-template.resolver.js';
import { CouponResolver, CouponTemplateResolver } from '../resolvers/coupon.resolver.js';
import { MemberCardResolver, MemberCardsField } from '../resolvers/member-card.resolver.js';
import { StaffResolver } from '../resolvers/staff.resolver.js';
import { WechatResolver } from '../resolvers/wechat.resolver.js';
import { AnalyticsResolver } from '../resolvers/analytics.resolver.js';
import { refreshAfterWrite, type RequestContext } from '../request/context.js';
import { authChecker } from './auth-checker.js';
import { markTransactionFreeFields } from './transaction-free.js';
// Enum registrations that no resolver file happens to import.
import '../schema/enums.js';
import '../schema/loyalty-enums.js';

/** Every resolver class; the schema is built from these and nothing else. */
export const resolvers = [
  MemberResolver,
  MemberChannelResolver,
  MerchantResolver,
  ShimAppResolver,
  EventSubscriptionResolver,
  LedgerResolver,
  PointsOrderResolver,
  GradeResolver,
  TaskResolver,
  MemberLoyaltyResolver,
  LoyaltyAccountResolver,
  StaffResolver,
  CardTemplateResolver,
  RechargeEventResolver,
  MemberCardResolver,
  MemberCardsField,
  CardSettingsResolver,
  CardMoneyResolver,
  CardRecordResolver,
  RechargeRelations,
  RechargeEventRelation,
  SpendRelations,
  RefundRelations,
  InvoiceRelations,
  CouponResolver,
  CouponTemplateResolver,
  QrResolver,
  WechatResolver,
  AnalyticsResolver,
] as const;

// Every object type's class is loaded by now (the imports above), and the ORM has not started:
// see direct-resolvers.ts for why that moment.
noteDataOnlyClasses();

/**
 * Every mutation starts and ends with a fresh view of the database (refreshAfterWrite), whether it
 * succeeded or not. Wrapping the Mutation fields here, rather than a type-graphql global
 * middleware, costs nothing on the many query fields.
 */
function refreshLoadersAfterMutations(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = async (source, args, context: RequestContext, info) => {
      refreshAfterWrite(context);
      try {
        return await resolve(source, args, context, info);
      } finally {
        refreshAfterWrite(context);
      }
    };
  }
  return schema;
}

let built: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process (type-graphql metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...resolvers],
    authChecker,
    // Input is validated in services (zod), where it also serves the shims.
    validate: false,
  })
    .then(refreshLoadersAfterMutations)
    .then(markTransactionFreeFields)
    .then(callResolversDirectly);
  return built;
}
