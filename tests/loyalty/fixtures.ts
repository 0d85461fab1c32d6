import { randomUUID } from 'node:crypto';
import type { TestApp, TestMerchant } from '../support/test-app.js';

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

export const CHANGE_POINTS = /* GraphQL */ `
  mutation ChangePoints($input: ChangePointsInput!) {
    changePoints(input: $input) {
      replayed
      errors {
        code
        message
        field
      }
      entry {
        id
        memberId
        direction
        amount
        balanceAfter
        operationType
        businessType
        source
        orderId
        idempotencyKey
        createdAt
      }
      balance {
        memberId
        current
        totalEarned
        used
      }
    }
  }
`;

export const CHANGE_EXPERIENCE = /* GraphQL */ `
  mutation ChangeExperience($input: ChangeExperienceInput!) {
    changeExperience(input: $input) {
      replayed
      errors {
        code
        message
        field
      }
      entry {
        id
        amount
        direction
        balanceAfter
      }
      balance {
        current
        gradeLevel
      }
      gradeChange {
        from
        to
      }
    }
  }
`;

/** Adds points through GraphQL and fails the test if that did not work. */
export async function addPoints(
  app: TestApp,
  key: string,
  memberId: string,
  amount: string,
  extra: Record<string, unknown> = {},
) {
  const res = await app.gql(key, CHANGE_POINTS, {
    input: { memberId, direction: 'ADD', amount, operationType: 'MANUAL_GRANT', ...extra },
  });
  if (res.errors || res.data?.changePoints.errors.length)
    throw new Error(JSON.stringify(res.errors ?? res.data?.changePoints.errors));
  return res.data!.changePoints;
}
