import { z } from 'zod';
import { businessTypeFromLegacy, operationTypeFromLegacy } from '../../domain/loyalty-codes.js';
import {
  PartnerChangePointsDocument,
  PartnerMemberPointsDocument,
  PartnerReturnOrderPointsDocument,
  type ChangePointsInput,
} from '../../generated/graphql.js';
import { ErrorCode } from '../../errors/error-code.js';
import { legacyAmount, legacyInt, legacyNumber, legacyText, optionalLegacyText } from '../common/legacy-format.js';
import { unwrapPayload } from '../common/run-operation.js';
import { ShimError } from '../common/shim-error.js';
import type { ShimCall, ShimRoute } from '../common/shim-router.js';

const operationType = legacyInt.transform((code, ctx) => {
  const type = operationTypeFromLegacy(code);
  if (!type) ctx.addIssue({ code: 'custom', message: 'operationType is 1 to 17' });
  return type!;
});
const businessType = legacyInt.refine((code) => !!businessTypeFromLegacy(code), 'idempotencyBussinessType is 1 to 16');
const positiveAmount = legacyAmount.refine((v) => Number(v) > 0, 'must be greater than 0');
const requiredText = (name: string) => legacyText.pipe(z.string().min(1, `${name} is required`));
const orgTypeName = { 1: 'HEAD_OFFICE', 2: 'BRANCH', 3: 'STORE' } as const;

/** Fields every points command of the contract may carry. */
const commandFields = {
  partnerId: optionalLegacyText,
  memberId: requiredText('memberId'),
  operationType,
  operationName: optionalLegacyText,
  orderId: optionalLegacyText,
  activityCode: optionalLegacyText,
  remark: optionalLegacyText,
  orgCode: optionalLegacyText,
  orgType: legacyInt.pipe(z.union([z.literal(1), z.literal(2), z.literal(3)])).optional(),
  idempotencyBussinessType: businessType.optional(),
};
type CommandFields = z.output<z.ZodObject<typeof commandFields>> & { idempotencyBussinessId?: string };

type BusinessEvent = { idempotencyBussinessId?: string; idempotencyBussinessType?: number };

/**
 * A partner business event's identity: its ids are unique only per business type, and only
 * within the app that sent them, so two partner apps of one merchant never share a key.
 */
const businessEvent = (call: ShimCall, input: BusinessEvent) =>
  input.idempotencyBussinessId
    ? `${call.caller.appId}:${input.idempotencyBussinessType ?? 0}:${input.idempotencyBussinessId}`
    : undefined;

/** The engine's idempotency key for the event: `partner-openapi:<app>:<type>:<id>`. */
const businessKey = (call: ShimCall, input: BusinessEvent) => {
  const event = businessEvent(call, input);
  return event && `partner-openapi:${event}`;
};

/**
 * The order a change is remembered under: the partner's orderId, or else its business event
 * ("biz:<app>:<type>:<id>"), so returnScore can reverse a change the partner names only by
 * business id (the document's own 2.3 example sends no orderId).
 */
const orderKey = (call: ShimCall, input: BusinessEvent & { orderId?: string }) => {
  const event = businessEvent(call, input);
  return input.orderId ?? (event && `biz:${event}`);
};

/** Business ids short enough for the order key above to fit an order id (128 characters). */
const businessId = (name: string) => z.string().max(80, `${name} has at most 80 characters`);

/**
 * The changePoints input for a partner command. The idempotency key is the business event
 * ("<type>:<id>"), so the same event retried through any score route is the same command.
 */
function pointsCommand(
  call: ShimCall,
  input: CommandFields,
  change: Pick<ChangePointsInput, 'direction' | 'amount' | 'money'>,
): ChangePointsInput {
  return {
    memberId: input.memberId,
    ...change,
    operationType: input.operationType,
    businessType: input.idempotencyBussinessType ? businessTypeFromLegacy(input.idempotencyBussinessType) : undefined,
    idempotencyKey: businessKey(call, input),
    description: input.operationName,
    orderId: orderKey(call, input),
    activityCode: input.activityCode,
    remark: input.remark,
    orgCode: input.orgCode,
    orgType: input.orgType ? orgTypeName[input.orgType] : undefined,
  };
}

async function changePoints(call: ShimCall, input: ChangePointsInput) {
  const payload = unwrapPayload((await call.run(PartnerChangePointsDocument, { input })).changePoints);
  return { current: legacyNumber(payload.balance!.current), changed: legacyNumber(payload.entry!.amount) };
}

/** `score` is points; `amount` is money, converted at the merchant's rate (docs/loyalty.md). */
const byScoreOrMoney = (input: { score?: string; amount?: string }) =>
  input.score !== undefined ? { amount: input.score } : { money: input.amount };

const changeOutput = z.object({ currentScore: z.number(), updateScore: z.number(), sendScore: z.number() });

const optInput = z
  .object({
    ...commandFields,
    type: legacyInt.pipe(z.union([z.literal(1), z.literal(15)], { error: 'type is 1 (add) or 15 (deduct)' })),
    amount: positiveAmount.optional(),
    score: positiveAmount.optional(),
    idempotencyBussinessId: requiredText('idempotencyBussinessId').pipe(businessId('idempotencyBussinessId')),
  })
  .refine((v) => v.amount !== undefined || v.score !== undefined, 'amount or score is required');

/** 1.3 /member/score/opt/{type}: 1 adds, 15 deducts. */
export const scoreOpt: ShimRoute<z.output<typeof optInput>> = {
  path: '/member/score/opt/:type',
  summary: '1.3 Add (type 1) or deduct (type 15) points, by score or by money amount; idempotent by business id.',
  input: optInput,
  output: changeOutput,
  async handle(call, input) {
    const result = await changePoints(
      call,
      pointsCommand(call, input, { direction: input.type === 1 ? 'ADD' : 'DEDUCT', ...byScoreOrMoney(input) }),
    );
    return { currentScore: result.current, updateScore: result.changed, sendScore: input.type === 1 ? result.changed : 0 };
  },
};

const updateInput = z.object({
  ...commandFields,
  changeScore: legacyAmount.refine((v) => Number(v) >= 1, 'changeScore is at least 1'),
  // The document's own example omits changeType: a bare changeScore adds.
  changeType: legacyInt.pipe(z.union([z.literal(1), z.literal(2)], { error: 'changeType is 1 (add) or 2 (deduct)' })).default(1),
  operator: optionalLegacyText,
  operatorId: optionalLegacyText,
  idempotencyBussinessId: optionalLegacyText.pipe(businessId('idempotencyBussinessId').optional()),
});

/** 2.1 /member/score/updateScore: add or deduct `changeScore`. */
export const updateScore: ShimRoute<z.output<typeof updateInput>> = {
  path: '/member/score/updateScore',
  summary: '2.1 Add (changeType 1) or deduct (2) points; idempotent when idempotencyBussinessId is sent.',
  input: updateInput,
  output: z.object({ updateScore: z.number() }),
  async handle(call, input) {
    const command = pointsCommand(call, input, {
      direction: input.changeType === 1 ? 'ADD' : 'DEDUCT',
      amount: input.changeScore,
    });
    const result = await changePoints(call, { ...command, operatorName: input.operator, operatorId: input.operatorId });
    return { updateScore: result.changed };
  },
};

const sendInput = z
  .object({
    ...commandFields,
    operationType: operationType.refine(
      (t) => !!t && Object.keys(SEND_TYPES).includes(t),
      'operationType is 1 to 10 for sendScore',
    ),
    amount: positiveAmount.optional(),
    score: positiveAmount.optional(),
    idempotencyBussinessId: requiredText('idempotencyBussinessId').pipe(businessId('idempotencyBussinessId')),
    idempotencyBussinessType: businessType,
  })
  .refine((v) => v.amount !== undefined || v.score !== undefined, 'amount or score is required');

/** The granting operation types 2.2 lists (1–10). */
const SEND_TYPES = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [operationTypeFromLegacy(i + 1), true]));

/** 2.2 /member/score/sendScore: grant points, by score or by money amount. */
export const sendScore: ShimRoute<z.output<typeof sendInput>> = {
  path: '/member/score/sendScore',
  summary: '2.2 Grant points by score or money amount; idempotent by business id.',
  input: sendInput,
  output: changeOutput,
  async handle(call, input) {
    const result = await changePoints(call, pointsCommand(call, input, { direction: 'ADD', ...byScoreOrMoney(input) }));
    return { currentScore: result.current, updateScore: result.changed, sendScore: result.changed };
  },
};

const returnInput = z
  .object({
    ...commandFields,
    idempotencyBussinessId: optionalLegacyText.pipe(businessId('idempotencyBussinessId').optional()),
  })
  .refine((v) => v.orderId || v.idempotencyBussinessId, 'orderId or idempotencyBussinessId is required');

/** 2.3 /member/score/returnScore: reverse what an order earned and spent, once. */
export const returnScore: ShimRoute<z.output<typeof returnInput>> = {
  path: '/member/score/returnScore',
  summary: "2.3 Reverse what an order earned and spent, once (a repeat answers the first return's figures).",
  input: returnInput,
  output: z.object({ currentScore: z.number(), updateScore: z.number() }),
  async handle(call, input) {
    const payload = unwrapPayload(
      (
        await call.run(PartnerReturnOrderPointsDocument, {
          input: {
            memberId: input.memberId,
            orderId: orderKey(call, input)!,
            operationType: input.operationType,
            activityCode: input.activityCode,
            remark: input.remark,
          },
        })
      ).returnOrderPoints,
    );
    return { currentScore: legacyNumber(payload.balance?.current), updateScore: legacyNumber(payload.entry?.amount) };
  },
};

const statInput = z.object({ partnerId: optionalLegacyText, memberId: requiredText('memberId') }).passthrough();

/** 2.4 /member/score/statisticalScore: current, total earned and used points. */
export const statisticalScore: ShimRoute<z.output<typeof statInput>> = {
  path: '/member/score/statisticalScore',
  transaction: 'read',
  summary: '2.4 Current, total earned and used points of a member.',
  input: statInput,
  output: z.object({ currentScore: z.number(), totalScore: z.number(), usedScore: z.number() }),
  async handle(call, input) {
    const member = (await call.run(PartnerMemberPointsDocument, { id: input.memberId })).member;
    if (!member) throw new ShimError(ErrorCode.MEMBER_NOT_FOUND, '会员不存在');
    return {
      currentScore: legacyNumber(member.points.current),
      totalScore: legacyNumber(member.points.totalEarned),
      usedScore: legacyNumber(member.points.used),
    };
  },
};
