import { ShimContract } from '../../src/domain/access.enums.js';
import { createShimApp } from '../../src/services/shim-app.service.js';
import type { TestApp, TestMerchant } from './test-app.js';
import { CreateHmacShimAppDocument } from '../../src/generated/graphql.js';

export interface HmacApp {
  id: string;
  appKey: string;
  secret: string;
}

/** Creates a shim app with a secret (cpoint-inner, erp-member-points: HMAC; members-rest: Basic) over GraphQL. */
export async function createHmacApp(
  app: TestApp,
  merchant: TestMerchant,
  contract: 'CPOINT_INNER' | 'ERP_MEMBER_POINTS' | 'MEMBERS_REST',
  options: { appKey?: string; allowUnsigned?: boolean } = {},
): Promise<HmacApp> {
  if (options.appKey) {
    // A chosen app key (a legacy appName) is the operator's to set (cli shimapp:create --app-key).
    const created = await createShimApp(
      app.operatorContext(merchant.id),
      {
        contract: ShimContract[contract],
        name: `${contract} app`,
        appKey: options.appKey,
        allowUnsigned: options.allowUnsigned ?? false,
      },
      { byOperator: true },
    );
    return { id: created.app.id, appKey: created.app.appKey, secret: created.secret! };
  }
  const res = await app.gql(merchant.adminKey, CreateHmacShimAppDocument, {
    input: { contract, name: `${contract} app`, appKey: options.appKey, allowUnsigned: options.allowUnsigned ?? false },
  });
  const created = res.data!.createShimApp;
  if (created.errors.length) throw new Error(JSON.stringify(created.errors));
  return { id: created.app!.id, appKey: created.app!.appKey, secret: created.secret! };
}
