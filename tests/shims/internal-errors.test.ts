import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_DB_ROLE } from '../../src/db/roles.js';
import { erpSignature } from '../../src/shims/erp-member-points/dialect.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { callCpoint } from '../support/cpoint-client.js';
import { callPartner, createPartnerApp, type PartnerApp } from '../support/partner-client.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { RegisterMobileDocument } from '../../src/generated/graphql.js';

/**
 * An unexpected failure inside a shim (here: the database refuses to read members) answers the
 * contract's internal-error code, with no stack, SQL or table name, and is logged.
 */
let app: TestApp;
let merchant: TestMerchant;
let partner: PartnerApp;
let erp: HmacApp;
let cpoint: HmacApp;
let memberId: string;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant();
  partner = await createPartnerApp(app, merchant);
  erp = await createHmacApp(app, merchant, 'ERP_MEMBER_POINTS');
  cpoint = await createHmacApp(app, merchant, 'CPOINT_INNER');
  memberId = (await app.gql(merchant.operatorKey, RegisterMobileDocument, { mobile: '13500000001' })).data!.registerMember.member!
    .id;
});
afterAll(() => app?.close());

describe('internal errors in the shims', () => {
  it('answer 500 / 20000 INTERNAL / 10500 without details', async () => {
    await app.ownerOrm.em.fork().execute(`revoke select on member from ${APP_DB_ROLE}`);
    try {
      const partnerAnswer = await callPartner(app, partner, '/member/getMemberInfoByIdOrMobile', { mobile: '13500000001' });
      expect(partnerAnswer.envelope).toEqual({ ver: '1', statusCode: '500', message: '系统异常', sign: expect.any(String) });
      expect(partnerAnswer.signatureValid).toBe(true);

      const body = JSON.stringify({ mobile: '13500000001' });
      const ts = String(Math.floor(Date.now() / 1000));
      const erpRes = await fetch(`${app.url}/user/memberPoints`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-app-id': erp.appKey,
          'x-timestamp': ts,
          'x-signature': erpSignature(erp.secret, ts, body),
        },
        body,
      });
      expect(await erpRes.json()).toEqual({ code: 20000, info: { error: 'INTERNAL' }, msg: '请求失败' });

      const cpointAnswer = await callCpoint(app, cpoint, '/user/getCpoint', { uid: memberId });
      expect(cpointAnswer.httpStatus).toBe(200);
      expect(cpointAnswer.body).toEqual({ status: 10500, message: '系统异常', serverTime: expect.any(Number), data: {} });

      for (const text of [JSON.stringify(partnerAnswer.envelope), JSON.stringify(cpointAnswer.body)]) {
        expect(text).not.toMatch(/permission|denied|select|stack|member"/i);
      }
    } finally {
      await app.ownerOrm.em.fork().execute(`grant select on member to ${APP_DB_ROLE}`);
    }
  });
});
