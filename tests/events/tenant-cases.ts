import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect } from 'vitest';
import {
  EvCreateSubscriptionDocument,
  EventTenantCreateSubscriptionDocument,
  EventTenantDeleteSubscriptionDocument,
  EventTenantDeliveriesDocument,
  EventTenantReplayDocument,
  EventTenantSubscriptionsDocument,
  EventTenantTestSubscriptionDocument,
  EventTenantUpdateSubscriptionDocument,
} from '../../src/generated/graphql.js';
import type { GraphQLResponse, TestApp, TestMerchant } from '../support/test-app.js';

/** Merchant B's event subscription, which merchant A's key must neither see nor touch. */
export interface EventIds {
  subscriptionId: string;
}

export interface EventCase {
  query: TypedDocumentNode<any, any>;
  variables?: () => Record<string, unknown>;
  expectIsolated: (res: GraphQLResponse<any>) => void;
}

export async function seedEventTenant(app: TestApp, b: TestMerchant): Promise<EventIds> {
  const res = await app.gql(b.adminKey, EvCreateSubscriptionDocument, {
    input: { name: 'B hook', url: 'http://127.0.0.1:9/b', format: 'STANDARD_WEBHOOKS' },
  });
  expect(res.data?.createEventSubscription.errors).toEqual([]);
  return { subscriptionId: res.data!.createEventSubscription.subscription!.id };
}

const notFound = (field: string) => (res: GraphQLResponse<any>) =>
  expect(res.data?.[field]?.errors?.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);

export function eventTenantCases(b: () => EventIds): {
  queries: Record<string, EventCase>;
  mutations: Record<string, EventCase>;
} {
  const id = () => ({ id: b().subscriptionId });
  return {
    queries: {
      eventSubscriptions: {
        query: EventTenantSubscriptionsDocument,
        expectIsolated: (res) =>
          expect(res.data?.eventSubscriptions.map((s: { id: string }) => s.id)).not.toContain(b().subscriptionId),
      },
      eventDeliveries: {
        query: EventTenantDeliveriesDocument,
        variables: () => ({ s: b().subscriptionId }),
        expectIsolated: (res) => expect(res.data?.eventDeliveries.totalItems).toBe(0),
      },
    },
    mutations: {
      // Acts on A alone; B's snapshot proves it.
      createEventSubscription: {
        query: EventTenantCreateSubscriptionDocument,
        expectIsolated: (res) => expect(res.data?.createEventSubscription.errors).toEqual([]),
      },
      updateEventSubscription: {
        query: EventTenantUpdateSubscriptionDocument,
        variables: id,
        expectIsolated: notFound('updateEventSubscription'),
      },
      deleteEventSubscription: {
        query: EventTenantDeleteSubscriptionDocument,
        variables: id,
        expectIsolated: notFound('deleteEventSubscription'),
      },
      testEventSubscription: {
        query: EventTenantTestSubscriptionDocument,
        variables: id,
        expectIsolated: notFound('testEventSubscription'),
      },
      replayDeadLetters: { query: EventTenantReplayDocument, variables: id, expectIsolated: notFound('replayDeadLetters') },
    },
  };
}
