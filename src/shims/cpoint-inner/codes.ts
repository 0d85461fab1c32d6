import { ErrorCode } from '../../errors/error-code.js';
import { EdgeFailure, type ErrorTable } from '../common/shim-error.js';

/**
 * cpoint-inner status codes: the document's (10000–10100) plus ours for what it leaves out
 * (104xx the request, 10499 another business refusal, 10500 the server), documented in
 * docs/shims/cpoint-inner.md. Business codes of the loyalty engine are added where they map.
 */
export const cpointCodes: ErrorTable<number> = {
  success: 200,
  codes: {
    // The document's own codes.
    [ErrorCode.IDEMPOTENCY_IN_FLIGHT]: 10000,
    [ErrorCode.INSUFFICIENT_POINTS]: 10001,
    [ErrorCode.INSUFFICIENT_EXPERIENCE]: 10001,
    [ErrorCode.ORDER_NOT_FOUND]: 10003,
    [ErrorCode.ORDER_NOT_PAID]: 10004,
    [ErrorCode.ORDER_NOT_REVOCABLE]: 10007,
    [ErrorCode.ORDER_ALREADY_RETURNED]: 10007,
    [EdgeFailure.APP_CLOSED]: 10100,
    // Ours.
    [EdgeFailure.BAD_PARAMETERS]: 10400,
    [ErrorCode.INVALID_INPUT]: 10400,
    [EdgeFailure.BAD_SIGNATURE]: 10401,
    [EdgeFailure.UNKNOWN_APP]: 10402,
    [EdgeFailure.FORBIDDEN]: 10403,
    [ErrorCode.MEMBER_NOT_FOUND]: 10404,
    [ErrorCode.IDEMPOTENCY_KEY_REUSED]: 10409,
    [ErrorCode.TASK_OP_TAKEN]: 10410,
    [EdgeFailure.BODY_TOO_LARGE]: 10413,
    [ErrorCode.MEMBER_NOT_ACTIVE]: 10423,
  },
  otherBusinessFailure: 10499,
  internal: 10500,
};

/**
 * The document's codes answer with the document's own words, byte for byte, since legacy callers
 * may show or compare them; our codes carry the precise reason instead.
 */
export const cpointMessages: Partial<Record<number, string>> = {
  10000: '不可同时执行，请等待',
  10001: 'c币不足',
  10003: '订单不存在',
  10004: '订单未支付',
  10007: '该订单不可被撤销',
  10100: '接口已临时关闭',
  10500: '系统异常',
};
