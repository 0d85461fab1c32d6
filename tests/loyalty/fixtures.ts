import { randomUUID } from 'node:crypto';
import type { TestApp, TestMerchant } from '../support/test-app.js';
import { ChangePointsDocument, ChangePointsInput } from '../../src/generated/graphql.js';

/** Creates members straight in the database (the trigger opens their balances); returns their ids. */
export async function createMembers(app: TestApp, merchant: TestMerchant, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await app.ownerOrm.em
    .fork()
    .execute(`insert into member (id, merchant_id, code) select id, ?, 'M-' || id from unnest(?::uuid[]) as id`, [
      merchant.id,
      `{${ids.join(',')}}`,
    ]);
  return ids;
}

/** Adds points through GraphQL and fails the test if that did not work. */
export async function addPoints(
  app: TestApp,
  key: string,
  memberId: string,
  amount: string,
  extra: Partial<ChangePointsInput> = {},
) {
  const res = await app.gql(key, ChangePointsDocument, {
    input: { memberId, direction: 'ADD', amount, operationType: 'MANUAL_GRANT', ...extra },
  });
  if (res.errors || res.data?.changePoints.errors.length)
    throw new Error(JSON.stringify(res.errors ?? res.data?.changePoints.errors));
  return res.data!.changePoints;
}
