import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { createMembers } from './fixtures.js';
import {
  ChangeExperienceDocument,
  ChangeExperienceInput,
  GradeCodesDocument,
  GradeHistoryDocument,
  GradeInput,
  GradeLadderDocument,
  LedgerDirection,
  SetGradesDocument,
} from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp();
  merchant = await app.createMerchant();
});
afterEach(() => expectLedgersBalanced(app));
afterAll(() => app?.close());
/** cpoint-inner gradeCnfList {1: 500, 2: 1000, 3: 20000}, with codes and names. */
const LADDER = [
  { level: 1, code: 'SILVER', name: '白银会员', threshold: '500' },
  { level: 2, code: 'GOLD', name: '黄金会员', threshold: '1000' },
  { level: 3, code: 'DIAMOND', name: '钻石会员', threshold: '20000' },
];

const setGrades = (grades: GradeInput[], key = merchant.adminKey) => app.gql(key, SetGradesDocument, { grades });
const changeExp = (memberId: string, direction: LedgerDirection, amount: string, extra: Partial<ChangeExperienceInput> = {}) =>
  app
    .gql(merchant.operatorKey, ChangeExperienceDocument, { input: { memberId, direction, amount, ...extra } })
    .then((r) => r.data?.changeExperience);
const history = (memberId: string) => app.gql(merchant.readonlyKey, GradeHistoryDocument, { m: memberId }).then((r) => r.data);
/** One row of gradeChanges as GradeHistory asks for it; grades by code, null for none. */
const move = (
  fromLevel: number,
  toLevel: number,
  experience: string,
  reason: string,
  from: string | null,
  to: string | null,
) => ({
  fromLevel,
  toLevel,
  experience,
  reason,
  fromGrade: from && { code: from },
  toGrade: to && { code: to },
});

describe('setGrades', () => {
  it('stores the ladder lowest first and lists it', async () => {
    const res = await setGrades([...LADDER].reverse());
    expect(res.data?.setGrades).toMatchObject({ errors: [], membersRegraded: 0 });
    const list = await app.gql(merchant.readonlyKey, GradeLadderDocument);
    expect(list.data?.grades).toEqual(
      LADDER.map(({ level, code, threshold }) => ({ level, code, threshold: `${threshold}.00` })),
    );
  });

  it('refuses a table that is not a ladder, and non-admin keys', async () => {
    const bad = await setGrades([
      { level: 1, code: 'A', name: 'A', threshold: '100' },
      { level: 2, code: 'A', name: 'B', threshold: '50' },
      { level: 2, code: 'C', name: 'C', threshold: '200' },
    ]);
    expect(bad.data?.setGrades.errors.map((e: { field: string | null }) => e.field).sort()).toEqual([
      '1.code',
      '1.threshold',
      '2.level',
    ]);
    const operator = await setGrades(LADDER, merchant.operatorKey);
    expect(operator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(merchant.readonlyKey, GradeCodesDocument)).data?.grades).toHaveLength(3);
  });
});

describe('grade follows experience', () => {
  it('moves up and down at once, recording every move', async () => {
    await setGrades(LADDER);
    const [member] = await createMembers(app, merchant, 1);
    expect(await changeExp(member!, 'ADD', '499.99')).toMatchObject({ gradeChange: null, balance: { gradeLevel: 0 } });
    expect(await changeExp(member!, 'ADD', '0.01')).toMatchObject({
      gradeChange: { from: 0, to: 1 },
      balance: { current: '500.00', gradeLevel: 1 },
    });
    expect(await changeExp(member!, 'ADD', '19500')).toMatchObject({
      gradeChange: { from: 1, to: 3 },
      balance: { current: '20000.00', gradeLevel: 3 },
    });
    expect(await changeExp(member!, 'DEDUCT', '19000.5')).toMatchObject({
      gradeChange: { from: 3, to: 1 },
      balance: { current: '999.50', gradeLevel: 1 },
    });
    const data = await history(member!);
    expect(data?.member).toEqual({
      experience: { current: '999.50', gradeLevel: 1 },
      grade: { level: 1, code: 'SILVER', name: '白银会员' },
    });
    expect(data?.gradeChanges).toEqual({
      totalItems: 3,
      items: [
        move(3, 1, '999.50', 'EXPERIENCE', 'DIAMOND', 'SILVER'),
        move(1, 3, '20000.00', 'EXPERIENCE', 'SILVER', 'DIAMOND'),
        move(0, 1, '500.00', 'EXPERIENCE', null, 'SILVER'),
      ],
    });
  });

  it('never lets experience go below zero', async () => {
    const [member] = await createMembers(app, merchant, 1);
    await changeExp(member!, 'ADD', '10');
    expect((await changeExp(member!, 'DEDUCT', '10.01'))?.errors[0]).toMatchObject({
      code: 'INSUFFICIENT_EXPERIENCE',
      field: 'amount',
    });
  });

  it('replays an experience change retried with its key', async () => {
    const [member] = await createMembers(app, merchant, 1);
    const first = await changeExp(member!, 'ADD', '600', { idempotencyKey: 'exp-1' });
    const retry = await changeExp(member!, 'ADD', '600', { idempotencyKey: 'exp-1' });
    expect(retry).toMatchObject({
      replayed: true,
      entry: { id: first?.entry!.id },
      balance: { current: '600.00', gradeLevel: 1 },
    });
    expect((await changeExp(member!, 'ADD', '601', { idempotencyKey: 'exp-1' }))?.errors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('answers IDEMPOTENCY_IN_FLIGHT at once while the same change holds the key and the row', async () => {
    const [member] = await createMembers(app, merchant, 1);
    // If the refused duplicate waited for the row, this would deadlock with the holder.
    await app.ownerOrm.em.fork().transactional(async (em) => {
      await em.execute(`select pg_advisory_xact_lock(app_lock_key('exp_entry', ?::uuid, 'exp-busy'))`, [merchant.id]);
      await em.execute('select 1 from exp_balance where member_id = ? for update', [member]);
      expect((await changeExp(member!, 'ADD', '1', { idempotencyKey: 'exp-busy' }))?.errors[0].code).toBe(
        'IDEMPOTENCY_IN_FLIGHT',
      );
    });
  });

  it('records exactly one move per crossing when many changes race', async () => {
    const [member] = await createMembers(app, merchant, 1);
    await changeExp(member!, 'ADD', '990');
    // 20 adds of 1 at once: the member crosses 1000 exactly once, from grade 1 to 2.
    await Promise.all(Array.from({ length: 20 }, () => changeExp(member!, 'ADD', '1')));
    const data = await history(member!);
    expect(data?.member!.experience).toEqual({ current: '1010.00', gradeLevel: 2 });
    expect(data?.gradeChanges.items.map((c: { fromLevel: number; toLevel: number }) => [c.fromLevel, c.toLevel])).toEqual([
      [1, 2],
      [0, 1],
    ]);
  });

  it('regrades every member when the table changes, with history', async () => {
    const [a, b] = await createMembers(app, merchant, 2);
    await changeExp(a!, 'ADD', '700'); // grade 1
    await changeExp(b!, 'ADD', '100'); // grade 0
    const res = await setGrades([
      { level: 1, code: 'BASIC', name: '会员', threshold: '0' },
      { level: 2, code: 'VIP', name: 'VIP', threshold: '600' },
    ]);
    expect(res.data?.setGrades.errors).toEqual([]);
    expect((await history(a!))?.gradeChanges.items[0]).toMatchObject({ fromLevel: 1, toLevel: 2, reason: 'GRADE_TABLE' });
    expect((await history(b!))?.gradeChanges.items[0]).toMatchObject({ fromLevel: 0, toLevel: 1, reason: 'GRADE_TABLE' });
    // A member who joins now starts in the grade whose threshold is 0.
    const [newcomer] = await createMembers(app, merchant, 1);
    expect((await history(newcomer!))?.member!.grade).toMatchObject({ code: 'BASIC' });
    await setGrades(LADDER);
  });

  it('keeps the whole history through table changes: old moves keep their levels, new moves use the new table', async () => {
    const [m] = (await createMembers(app, merchant, 1)) as [string];
    await changeExp(m, 'ADD', '600'); // LADDER: 0 -> 1 (SILVER from 500)
    await changeExp(m, 'ADD', '600'); // 1200: 1 -> 2 (GOLD from 1000)
    expect(
      (
        await setGrades([
          { level: 1, code: 'BASIC', name: '会员', threshold: '0' },
          { level: 2, code: 'VIP', name: 'VIP', threshold: '2000' },
        ])
      ).data?.setGrades.errors,
    ).toEqual([]);
    await changeExp(m, 'ADD', '1000'); // 2200 under the new table: 1 -> 2 (VIP from 2000)
    await changeExp(m, 'DEDUCT', '2200'); // 0: 2 -> 1 (BASIC from 0); never below the lowest grade
    const moves = (await history(m))?.gradeChanges;
    // Newest first. Every move keeps the levels and experience it had; the grades shown are the
    // current table's for those levels.
    expect(moves).toEqual({
      totalItems: 5,
      items: [
        move(2, 1, '0.00', 'EXPERIENCE', 'VIP', 'BASIC'),
        move(1, 2, '2200.00', 'EXPERIENCE', 'BASIC', 'VIP'),
        move(2, 1, '1200.00', 'GRADE_TABLE', 'VIP', 'BASIC'),
        move(1, 2, '1200.00', 'EXPERIENCE', 'BASIC', 'VIP'),
        move(0, 1, '600.00', 'EXPERIENCE', null, 'BASIC'),
      ],
    });
    // A level the table no longer has shows no grade, the move itself stays.
    await setGrades([{ level: 1, code: 'ONLY', name: '唯一', threshold: '0' }]);
    const after = (await history(m))!.gradeChanges;
    expect(after.totalItems).toBe(5);
    expect(after.items[0]).toMatchObject({ fromLevel: 2, toLevel: 1, fromGrade: null, toGrade: { code: 'ONLY' } });
    await setGrades(LADDER);
  });
});
