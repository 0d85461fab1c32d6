import { ErrorCode } from '../../errors/error-code.js';
import { EdgeFailure, type ShimFailure } from '../common/shim-error.js';

/** card-manage's error codes (document 1.3). */
export const CmCode = {
  OK: 0,
  FAILED: 1,
  MISSING_PARAMETER: 4,
  BAD_SIGNATURE: 5,
  LOGIN_REQUIRED: 1002,
  PERMISSION_DENIED: 1003,
  USER_NOT_FOUND: 1005,
  SMS_CODE_WRONG: 1006,
  PHONE_REGISTERED: 1007,
} as const;
export type CmCode = (typeof CmCode)[keyof typeof CmCode];

/**
 * Every failure the shim can meet, as the document's code and the message a store app shows its
 * user (Chinese, as the document's own texts). Failures the document has no code for answer 1
 * "请求操作失败" followed by what went wrong.
 */
const table: Partial<Record<ShimFailure, [CmCode, string]>> = {
  [EdgeFailure.BAD_PARAMETERS]: [CmCode.MISSING_PARAMETER, '缺少参数'],
  [EdgeFailure.BODY_TOO_LARGE]: [CmCode.FAILED, '请求体过大'],
  [EdgeFailure.UNKNOWN_APP]: [CmCode.LOGIN_REQUIRED, '需要登录'],
  [EdgeFailure.FORBIDDEN]: [CmCode.PERMISSION_DENIED, '权限拒绝'],
  [EdgeFailure.BAD_SIGNATURE]: [CmCode.BAD_SIGNATURE, '签名错误'],
  [ErrorCode.INVALID_INPUT]: [CmCode.MISSING_PARAMETER, '参数错误'],
  [ErrorCode.INVALID_CREDENTIALS]: [CmCode.FAILED, '用户名或密码错误'],
  [ErrorCode.LOGIN_THROTTLED]: [CmCode.FAILED, '登录失败次数过多，请稍后再试'],
  [ErrorCode.STORE_NOT_ALLOWED]: [CmCode.PERMISSION_DENIED, '权限拒绝：不能操作该门店'],
  [ErrorCode.STORE_REQUIRED]: [CmCode.FAILED, '账号关联多个门店，无法确定操作门店'],
  [ErrorCode.MEMBER_NOT_FOUND]: [CmCode.USER_NOT_FOUND, '用户不存在'],
  [ErrorCode.MEMBER_NOT_ACTIVE]: [CmCode.FAILED, '会员状态不允许该操作'],
  [ErrorCode.CARD_NOT_FOUND]: [CmCode.FAILED, '会员卡不存在'],
  [ErrorCode.CARD_TEMPLATE_NOT_FOUND]: [CmCode.FAILED, '会员卡不存在'],
  [ErrorCode.CARD_TEMPLATE_INACTIVE]: [CmCode.FAILED, '会员卡已停用'],
  [ErrorCode.CARD_ALREADY_OPEN]: [CmCode.PHONE_REGISTERED, '手机号已注册（已开通该会员卡）'],
  [ErrorCode.CARD_NOT_VALID_AT_STORE]: [CmCode.FAILED, '该会员卡不适用于本门店'],
  [ErrorCode.WRONG_CARD_PASSWORD]: [CmCode.FAILED, '会员卡密码错误'],
  [ErrorCode.CARD_PASSWORD_LOCKED]: [CmCode.FAILED, '密码错误次数过多，会员卡已暂时锁定'],
  [ErrorCode.INSUFFICIENT_BALANCE]: [CmCode.FAILED, '余额不足'],
  [ErrorCode.RECHARGE_EVENT_NOT_FOUND]: [CmCode.FAILED, '活动不存在'],
  [ErrorCode.RECHARGE_EVENT_INACTIVE]: [CmCode.FAILED, '活动已结束'],
  [ErrorCode.EVENT_NOT_APPLICABLE]: [CmCode.FAILED, '该活动不适用于此会员卡'],
  [ErrorCode.EVENT_AMOUNT_MISMATCH]: [CmCode.FAILED, '充值金额与赠送金额必须与活动一致'],
  [ErrorCode.EVENT_REQUIRED]: [CmCode.FAILED, '活动卡充值必须选择活动'],
  [ErrorCode.REPEATED_COMMAND]: [CmCode.FAILED, '重复提交：同一会员卡刚刚已有相同操作'],
  [ErrorCode.IDEMPOTENCY_KEY_REUSED]: [CmCode.FAILED, '请求编号已用于其他操作'],
  [ErrorCode.IDEMPOTENCY_IN_FLIGHT]: [CmCode.FAILED, '相同请求正在处理中，请稍后再试'],
  [ErrorCode.ORDER_NOT_FOUND]: [CmCode.FAILED, '订单不存在'],
  [ErrorCode.ALREADY_REFUNDED]: [CmCode.FAILED, '该订单已退款'],
  [ErrorCode.REFUND_AFTER_CASHBACK]: [CmCode.FAILED, '活动已返现，不能退款'],
  [ErrorCode.REFUND_EXCEEDS_INVOICEABLE]: [CmCode.FAILED, '已开发票，不能退款'],
  [ErrorCode.SMS_PHONE_NOT_SET]: [CmCode.FAILED, '商家未设置接收验证码的手机号'],
  [ErrorCode.SMS_RESEND_TOO_SOON]: [CmCode.FAILED, '验证码发送过于频繁'],
  [ErrorCode.SMS_CODE_MISSING]: [CmCode.SMS_CODE_WRONG, '短信验证码错误'],
  [ErrorCode.SMS_CODE_EXPIRED]: [CmCode.SMS_CODE_WRONG, '短信验证码已过期'],
  [ErrorCode.SMS_CODE_WRONG]: [CmCode.SMS_CODE_WRONG, '短信验证码错误'],
  [ErrorCode.SMS_CODE_LOCKED]: [CmCode.SMS_CODE_WRONG, '短信验证码错误次数过多'],
  [ErrorCode.NOT_AN_ACTIVITY_RECHARGE]: [CmCode.FAILED, '不是活动卡充值记录'],
  [ErrorCode.CASHBACK_NOT_DUE]: [CmCode.FAILED, '活动未完成，不能返现'],
  [ErrorCode.CASHBACK_ALREADY_PAID]: [CmCode.FAILED, '已返现'],
  [ErrorCode.QR_INVALID]: [CmCode.FAILED, '无效的二维码'],
  [ErrorCode.COUPON_NOT_FOUND]: [CmCode.FAILED, '优惠券不存在'],
  [ErrorCode.COUPON_USED]: [CmCode.FAILED, '优惠券已使用'],
  [ErrorCode.COUPON_VOID]: [CmCode.FAILED, '优惠券已作废'],
  [ErrorCode.COUPON_EXPIRED]: [CmCode.FAILED, '优惠券已过期'],
  [ErrorCode.COUPON_NOT_YET_VALID]: [CmCode.FAILED, '优惠券未到使用时间'],
  [ErrorCode.COUPON_NOT_VALID_AT_STORE]: [CmCode.FAILED, '优惠券不适用于本门店'],
  [ErrorCode.COUPON_TEMPLATE_NOT_FOUND]: [CmCode.FAILED, '优惠券不存在'],
  [ErrorCode.COUPON_TEMPLATE_DISABLED]: [CmCode.FAILED, '优惠券已停用'],
  [ErrorCode.INVOICE_EXCEEDS_INVOICEABLE]: [CmCode.FAILED, '开票金额超过可开票余额'],
  [ErrorCode.STORE_NOT_FOUND]: [CmCode.FAILED, '门店不存在'],
};

/** The document's code and message for a failure; `detail` (what exactly went wrong) follows the text. */
export function cmFailure(failure: ShimFailure, detail: string): { errCode: CmCode; msg: string } {
  if (failure === EdgeFailure.INTERNAL) return { errCode: CmCode.FAILED, msg: '请求操作失败' };
  const known = table[failure];
  if (!known) return { errCode: CmCode.FAILED, msg: detail ? `请求操作失败: ${detail}` : '请求操作失败' };
  const [errCode, text] = known;
  return { errCode, msg: detail ? `${text}: ${detail}` : text };
}
