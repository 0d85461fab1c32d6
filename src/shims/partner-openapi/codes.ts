import { ErrorCode } from '../../errors/error-code.js';
import { EdgeFailure, type ErrorTable } from '../common/shim-error.js';

/**
 * partner-openapi statusCode values. The contract defines only "100" (success); the failure codes
 * are ours, documented in docs/shims/partner-openapi.md: 2xx the request, 3xx the business, 500
 * the server.
 */
export const partnerCodes: ErrorTable<string> = {
  success: '100',
  codes: {
    [EdgeFailure.BAD_PARAMETERS]: '201',
    [EdgeFailure.BODY_TOO_LARGE]: '201',
    [ErrorCode.INVALID_INPUT]: '201',
    [EdgeFailure.BAD_SIGNATURE]: '202',
    [EdgeFailure.UNKNOWN_APP]: '203',
    [EdgeFailure.PARTNER_MISMATCH]: '204',
    [EdgeFailure.APP_CLOSED]: '205',
    [EdgeFailure.FORBIDDEN]: '206',
    [ErrorCode.MEMBER_NOT_FOUND]: '301',
    [ErrorCode.INSUFFICIENT_POINTS]: '302',
    [ErrorCode.IDEMPOTENCY_KEY_REUSED]: '303',
    [ErrorCode.IDEMPOTENCY_IN_FLIGHT]: '304',
    [ErrorCode.ORDER_NOT_FOUND]: '305',
    [ErrorCode.ORDER_NOT_PAID]: '305',
    [ErrorCode.ORDER_NOT_REVOCABLE]: '305',
    [ErrorCode.ORDER_ALREADY_RETURNED]: '305',
    [ErrorCode.STORE_NOT_FOUND]: '307',
    [ErrorCode.MEMBER_NOT_ACTIVE]: '308',
    [ErrorCode.CHANNEL_ALREADY_BOUND]: '306',
    [ErrorCode.DUPLICATE_MOBILE]: '306',
  },
  otherBusinessFailure: '399',
  internal: '500',
};

/** The message that goes with each statusCode when the failure has no better words. */
export const partnerMessages: Record<string, string> = {
  '100': '成功',
  '201': '参数错误',
  '202': '签名错误',
  '203': '应用不存在或已注销',
  '204': 'appId与partnerId不匹配',
  '205': '接口已临时关闭',
  '206': '无权限',
  '301': '会员不存在',
  '302': '积分不足',
  '303': '幂等业务ID已用于不同的请求',
  '304': '相同业务ID的请求正在处理，请稍后重试',
  '305': '订单不存在或不可回退',
  '306': '会员渠道或手机号已被其他会员使用',
  '307': '门店不存在',
  '308': '会员状态不允许此操作',
  '399': '业务处理失败',
  '500': '系统异常',
};
