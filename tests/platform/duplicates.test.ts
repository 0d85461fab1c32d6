import { ShimContract } from '../../src/domain/access.enums.js';
import { createShimApp } from '../../src/services/shim-app.service.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import {
  CreateShimAppWithKeyDocument,
  CreateStoreWithCodeDocument,
  ShimAppContractsDocument,
  StoreCodesDocument,
  type CreateShimAppInput,
} from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;
let other: TestMerchant;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant('Dup');
  other = await app.createMerchant('Other');
});
afterAll(() => app?.close());

describe('store codes', () => {
  it('refuses a store code the merchant already has, also when two creations race', async () => {
    const taken = await app.gql(merchant.adminKey, CreateStoreWithCodeDocument, { c: 'S001' });
    expect(taken.data?.createStore).toEqual({ errors: [{ code: 'DUPLICATE_STORE_CODE', field: 'code' }], store: null });
    const race = await Promise.all(
      Array.from({ length: 4 }, () => app.gql(merchant.adminKey, CreateStoreWithCodeDocument, { c: 'S-RACE' })),
    );
    const outcomes = race.map((r) => r.data?.createStore.errors[0]?.code ?? 'CREATED').sort();
    expect(outcomes).toEqual(['CREATED', 'DUPLICATE_STORE_CODE', 'DUPLICATE_STORE_CODE', 'DUPLICATE_STORE_CODE']);
    const stores = await app.gql(merchant.readonlyKey, StoreCodesDocument);
    expect(stores.data?.stores).toEqual([{ code: 'S-RACE' }, { code: 'S001' }]);
  });
});

describe('shim app keys', () => {
  it('refuses an app key taken for the same contract, by any merchant, and allows it for another contract', async () => {
    // Chosen app keys (a legacy appName) are the operator's to set: a merchant asking for one over
    // GraphQL is refused, so DUPLICATE_APP_KEY cannot tell it another merchant's key exists.
    const input: CreateShimAppInput = { contract: 'CPOINT_INNER', name: 'mall', appKey: 'MallApp' };
    expect((await app.gql(merchant.adminKey, CreateShimAppWithKeyDocument, { input })).data?.createShimApp).toEqual({
      errors: [{ code: 'INVALID_INPUT', field: 'appKey' }],
      app: null,
    });
    const asOperator = (merchantId: string, contract: ShimContract) =>
      createShimApp(app.operatorContext(merchantId), { contract, name: 'mall', appKey: 'MallApp' }, { byOperator: true });
    expect((await asOperator(merchant.id, ShimContract.CPOINT_INNER)).app.appKey).toBe('MallApp');
    // The app key alone finds the app (and so the merchant) of a request: it is unique per contract.
    for (const id of [merchant.id, other.id]) {
      await expect(asOperator(id, ShimContract.CPOINT_INNER)).rejects.toMatchObject({
        code: 'DUPLICATE_APP_KEY',
        field: 'appKey',
      });
    }
    expect((await asOperator(other.id, ShimContract.ERP_MEMBER_POINTS)).app.contract).toBe(ShimContract.ERP_MEMBER_POINTS);
    const apps = await app.gql(other.adminKey, ShimAppContractsDocument);
    expect(apps.data?.shimApps).toEqual([{ appKey: 'MallApp', contract: 'ERP_MEMBER_POINTS' }]);
  });
});
