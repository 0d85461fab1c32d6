import { z } from 'zod';
import { ErrorCode } from '../../errors/error-code.js';
import {
  CpointChangePointsDocument,
  CpointConsumeDocument,
  CpointMemberPointsDocument,
  CpointOrderDocument,
  CpointOrdersDocument,
  CpointRevokeDocument,
  type CpointOrderFieldsFragment,
} from '../../generated/graphql.js';
import { legacyNumber, optionalLegacyText } from '../common/legacy-format.js';
import { unwrapPayload } from '../common/run-operation.js';
import { ShimError } from '../common/shim-error.js';
import type { ShimRoute } from '../common/shim-router.js';
import { epochSeconds, idempotencyKeyOf, paging, positiveCpoint, requestId, requiredText, uid } from './params.js';

const orderId = requiredText();
const memberNotFound = (id: string) => new ShimError(ErrorCode.MEMBER_NOT_FOUND, `No member with uid ${id}.`);

const getCpointInput = z.object({ uid });

/** user/getCpoint: the member's c-points now. */
export const getCpoint: ShimRoute<z.output<typeof getCpointInput>> = {
  path: '/user/getCpoint',
  transaction: 'read',
  summary: "The member's c-points (member.points.current).",
  input: getCpointInput,
  output: z.object({ cpoint: z.number() }),
  async handle(call, input) {
    const member = (await call.run(CpointMemberPointsDocument, { id: input.uid })).member;
    if (!member) throw memberNotFound(input.uid);
    return { cpoint: legacyNumber(member.points.current) };
  },
};

const adminInput = z.object({ uid, cpoint: positiveCpoint, adminId: requiredText(), requestId });
const adminOutput = z.object({
  cpoint: z.number().describe('c-points after the change'),
  result: z.literal(1).describe('always 1: a refusal answers a status code instead'),
});

/**
 * user/adminAddCpoint and user/adminReduceCpoint: a manual grant or deduction by an admin. The
 * document gives them no id, so a retried call applies twice, unless the caller sends our
 * optional `requestId`, which then makes the retry a replay (docs/shims/cpoint-inner.md).
 */
function adminChange(direction: 'ADD' | 'DEDUCT'): ShimRoute<z.output<typeof adminInput>> {
  const add = direction === 'ADD';
  return {
    path: add ? '/user/adminAddCpoint' : '/user/adminReduceCpoint',
    // One mutation: its own transaction is the call's (one round trip, shim-router.ts).
    transaction: 'operation',
    summary: add
      ? 'Admin grant of c-points (changePoints ADD, MANUAL_GRANT). Optional requestId makes it retry-safe.'
      : 'Admin deduction of c-points (changePoints DEDUCT, MANUAL_DEDUCTION); 10001 when short. Optional requestId makes it retry-safe.',
    input: adminInput,
    output: adminOutput,
    async handle(call, input) {
      const payload = unwrapPayload(
        (
          await call.run(CpointChangePointsDocument, {
            input: {
              memberId: input.uid,
              direction,
              amount: input.cpoint,
              operationType: add ? 'MANUAL_GRANT' : 'MANUAL_DEDUCTION',
              operatorId: input.adminId,
              description: add ? 'cpoint-inner adminAddCpoint' : 'cpoint-inner adminReduceCpoint',
              idempotencyKey: idempotencyKeyOf(call, input.requestId),
            },
          })
        ).changePoints,
      );
      return { cpoint: legacyNumber(payload.balance!.current), result: 1 };
    },
  };
}
export const adminAddCpoint = adminChange('ADD');
export const adminReduceCpoint = adminChange('DEDUCT');

const consumeInput = z.object({ orderId, uid, cpoint: positiveCpoint });

/** useCpoint/consume: spend c-points on an order, once per order id (the order id is the key). */
export const consume: ShimRoute<z.output<typeof consumeInput>> = {
  path: '/useCpoint/consume',
  summary:
    'Spend c-points on an order (consumePointsForOrder), once per orderId: the same orderId and cpoint again replays; other content is 10409.',
  input: consumeInput,
  output: z.object({
    cpoint: z.number().describe("the member's c-points after the consumption"),
    id: z.string().describe('the consumption id: the orderId'),
  }),
  async handle(call, input) {
    const payload = unwrapPayload(
      (
        await call.run(CpointConsumeDocument, {
          input: { memberId: input.uid, orderId: input.orderId, amount: input.cpoint },
        })
      ).consumePointsForOrder,
    );
    return { cpoint: legacyNumber(payload.balance!.current), id: payload.order!.orderId };
  },
};

const checkInput = z.object({ orderId, uid });

/** order/checkConsumeIsSucc: did the consumption of this order take effect? */
export const checkConsumeIsSucc: ShimRoute<z.output<typeof checkInput>> = {
  path: '/order/checkConsumeIsSucc',
  transaction: 'read',
  summary:
    'Whether useCpoint/consume succeeded for the order (pointsOrder.consumedAt): 1 yes, 0 no (also for an order we never saw).',
  input: checkInput,
  output: z.object({ result: z.union([z.literal(0), z.literal(1)]) }),
  async handle(call, input) {
    const { member, pointsOrder } = await call.run(CpointOrderDocument, { memberId: input.uid, orderId: input.orderId });
    if (!member) throw memberNotFound(input.uid);
    return { result: pointsOrder?.consumedAt ? 1 : 0 };
  },
};

const revokeInput = z.object({ orderId, uid, cpoint: positiveCpoint, requestId });

/** useCpoint/revoke: give back part or all of what the order spent, never more. */
export const revoke: ShimRoute<z.output<typeof revokeInput>> = {
  path: '/useCpoint/revoke',
  summary:
    'Give back cpoint of what the order spent (revokeOrderPoints): 10003 no order, 10004 it spent nothing, 10007 more than is left or returned.',
  input: revokeInput,
  output: z.object({ id: z.string().describe('the consumption id: the orderId') }),
  async handle(call, input) {
    const payload = unwrapPayload(
      (
        await call.run(CpointRevokeDocument, {
          input: {
            memberId: input.uid,
            orderId: input.orderId,
            amount: input.cpoint,
            idempotencyKey: idempotencyKeyOf(call, input.requestId),
          },
        })
      ).revokeOrderPoints,
    );
    return { id: payload.order!.orderId };
  },
};

const orderListInput = z.object({ uid, orderId: optionalLegacyText, ...paging });

const orderView = (order: CpointOrderFieldsFragment) => ({
  id: order.orderId,
  status: order.status,
  cpoint: legacyNumber(order.spent),
  revokedCpoint: legacyNumber(order.spentReversed),
  revocableCpoint: legacyNumber(order.revocable),
  earnedCpoint: legacyNumber(order.earned),
  earnedReversedCpoint: legacyNumber(order.earnedReversed),
  consume_time: epochSeconds(order.consumedAt),
  return_time: epochSeconds(order.returnedAt),
  c_time: epochSeconds(order.createdAt),
  u_time: epochSeconds(order.updatedAt),
});

const orderOutput = z.object({
  id: z.string(),
  status: z.enum(['CONSUMED', 'PARTLY_REVOKED', 'REVOKED', 'RETURNED', 'EARNED']),
  cpoint: z.number(),
  revokedCpoint: z.number(),
  revocableCpoint: z.number(),
  earnedCpoint: z.number(),
  earnedReversedCpoint: z.number(),
  consume_time: z.union([z.number(), z.literal('')]),
  return_time: z.union([z.number(), z.literal('')]),
  c_time: z.number(),
  u_time: z.number(),
});

/**
 * The document's getUserOrderList: its URL and parameters are copies of revoke's, so it gets its
 * own path, order/list, with parameters and an answer of our own (docs/shims/cpoint-inner.md).
 */
export const orderList: ShimRoute<z.output<typeof orderListInput>> = {
  path: '/order/list',
  transaction: 'read',
  summary:
    "The member's orders, newest first (pointsOrders); with orderId, that order only. Our path: the document repeats revoke's URL.",
  input: orderListInput,
  output: z.object({ total: z.number(), page: z.number(), limit: z.number(), list: z.array(orderOutput) }),
  async handle(call, input) {
    if (input.orderId !== undefined) {
      const { member, pointsOrder: order } = await call.run(CpointOrderDocument, {
        memberId: input.uid,
        orderId: input.orderId,
      });
      if (!member) throw memberNotFound(input.uid);
      const list = order && input.page === 1 ? [orderView(order)] : [];
      return { total: order ? 1 : 0, page: input.page, limit: input.limit, list };
    }
    const { member, pointsOrders: orders } = await call.run(CpointOrdersDocument, {
      memberId: input.uid,
      page: { offset: (input.page - 1) * input.limit, limit: input.limit },
    });
    if (!member) throw memberNotFound(input.uid);
    return { total: orders.totalItems, page: input.page, limit: input.limit, list: orders.items.map(orderView) };
  },
};
