import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { createMembers } from './fixtures.js';
import {
  ChangeExperienceDocument,
  SetTaskConfigDocument,
  SetTaskConfigInput,
  SetTaskGradesDocument,
  SubmitTaskDocument,
  TaskConfigOpsDocument,
  TaskPointsEntryCountDocument,
} from '../../src/generated/graphql.js';

let app: TestApp;
let merchant: TestMerchant;

beforeAll(async () => {
  app = await startTestApp({ ALLOW_CLOCK_OVERRIDE: '1' });
  merchant = await app.createMerchant('Tasks', 'Asia/Shanghai');
  await app.gql(merchant.adminKey, SetTaskGradesDocument);
});
afterEach(() => expectLedgersBalanced(app));
afterAll(() => app?.close());

let nextNumber = 100;
/** Sets a fresh task mapped to a fresh op; returns the op. Knobs default to the legacy defaults. */
async function task(knobs: Record<string, unknown> = {}): Promise<string> {
  const number = nextNumber++;
  const op = `op-${number}`;
  const res = await app.gql(merchant.adminKey, SetTaskConfigDocument, {
    input: { number, name: `Task ${number}`, ops: [op], points: '10', experience: '1', enabled: true, ...knobs },
  });
  expect(res.data?.setTaskConfig.errors).toEqual([]);
  return op;
}

async function submit(memberId: string, op: string, now: string, extra: Record<string, unknown> = {}) {
  const res = await app.gql(merchant.operatorKey, SubmitTaskDocument, { input: { memberId, op, now, ...extra } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.submitTask;
}

const member = async () => (await createMembers(app, merchant, 1))[0]!;
// 2026-03-01 is a Sunday. Shanghai is UTC+8: local midnight is 16:00Z the day before.
const SUNDAY_2359_LOCAL = '2026-03-01T15:59:59Z';
const MONDAY_0000_LOCAL = '2026-03-01T16:00:00Z';

describe('setTaskConfig', () => {
  it('creates and replaces a task by number, with its ops and step tables', async () => {
    const input: SetTaskConfigInput = {
      number: 1,
      name: '分享任务',
      ops: ['share', 'share2'],
      points: '1',
      experience: '2',
      enabled: true,
      pointsSteps: [
        { from: 20, amount: '40.5' },
        { from: 1, amount: '2' },
      ],
      periodUnit: 'DAY',
      maxCompletionsPerPeriod: 5,
    };
    const created = await app.gql(merchant.adminKey, SetTaskConfigDocument, { input });
    expect(created.data?.setTaskConfig.task).toMatchObject({
      number: 1,
      ops: ['share', 'share2'],
      pointsSteps: [
        { from: 1, amount: '2.00' },
        { from: 20, amount: '40.50' },
      ],
      experienceSteps: [],
      periodUnit: 'DAY',
      periodRatio: 1,
      maxCompletionsPerPeriod: 5,
      pointsCapPerPeriod: null,
      dedupeByTarget: false,
    });
    const replaced = await app.gql(merchant.adminKey, SetTaskConfigDocument, {
      input: { ...input, name: 'Share', ops: ['share'], enabled: false },
    });
    expect(replaced.data?.setTaskConfig.task).toMatchObject({
      id: created.data?.setTaskConfig.task!.id,
      name: 'Share',
      ops: ['share'],
      enabled: false,
    });
    const list = await app.gql(merchant.readonlyKey, TaskConfigOpsDocument);
    expect(list.data?.taskConfigs).toContainEqual({ number: 1, ops: ['share'] });
  });

  it('refuses an op of another task, bad step tables and bad windows', async () => {
    await task({ ops: ['taken-op'] });
    const taken = await app.gql(merchant.adminKey, SetTaskConfigDocument, {
      input: { number: 2, name: 'x', ops: ['taken-op'], points: '1', experience: '1', enabled: true },
    });
    expect(taken.data?.setTaskConfig.errors[0]).toMatchObject({ code: 'TASK_OP_TAKEN', field: 'ops' });
    const bad = await app.gql(merchant.adminKey, SetTaskConfigDocument, {
      input: {
        number: 3,
        name: 'x',
        ops: [],
        points: '1',
        experience: '1',
        enabled: true,
        pointsSteps: [{ from: 0, amount: '1' }],
        experienceSteps: [
          { from: 1, amount: '1' },
          { from: 1, amount: '2' },
        ],
        startAt: '2026-02-01T00:00:00Z',
        endAt: '2026-01-01T00:00:00Z',
        minGrade: 3,
        maxGrade: 1,
      },
    });
    expect(bad.data?.setTaskConfig.errors.map((e: { field: string | null }) => e.field).sort()).toEqual([
      'endAt',
      'experienceSteps',
      'maxGrade',
      'pointsSteps',
    ]);
    const operator = await app.gql(merchant.operatorKey, SetTaskConfigDocument, {
      input: { number: 4, name: 'x', ops: [], points: '1', experience: '1', enabled: true },
    });
    expect(operator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('submitTask', () => {
  it('answers NO_TASK (legacy 2) for an op no task maps, with the totals and the grade table', async () => {
    const m = await member();
    expect(await submit(m, 'unmapped', SUNDAY_2359_LOCAL)).toMatchObject({
      code: 'NO_TASK',
      legacyCode: 2,
      points: '0.00',
      pointsBalance: '0.00',
      task: null,
      grade: { level: 1 },
      grades: [
        { level: 1, threshold: '0.00' },
        { level: 2, threshold: '100.00' },
        { level: 3, threshold: '500.00' },
      ],
    });
  });

  it('awards points and experience through the ledgers, and the grade follows', async () => {
    const op = await task({ points: '5.5', experience: '60' });
    const m = await member();
    await submit(m, op, SUNDAY_2359_LOCAL);
    expect(await submit(m, op, SUNDAY_2359_LOCAL)).toMatchObject({
      code: 'DONE',
      legacyCode: 0,
      refusalReason: null,
      completionsCounted: 1,
      points: '5.50',
      experience: '60.00',
      pointsBalance: '11.00',
      experienceBalance: '120.00',
      grade: { level: 2 },
      errors: [],
    });
    const entries = await app.gql(merchant.readonlyKey, TaskPointsEntryCountDocument, { m });
    expect(entries.data?.pointsEntries.totalItems).toBe(2);
  });

  it('rolls a daily period over at local midnight', async () => {
    const op = await task({ periodUnit: 'DAY', maxCompletionsPerPeriod: 1 });
    const m = await member();
    expect((await submit(m, op, '2026-03-01T00:00:00Z')).code).toBe('DONE'); // 08:00 local, Sunday
    expect(await submit(m, op, SUNDAY_2359_LOCAL)).toMatchObject({
      code: 'REFUSED',
      legacyCode: 1,
      refusalReason: 'PERIOD_LIMIT_REACHED',
      points: '0.00',
    });
    expect((await submit(m, op, MONDAY_0000_LOCAL)).code).toBe('DONE');
  });

  it('rolls a weekly period over on Monday 00:00 local', async () => {
    const op = await task({ periodUnit: 'WEEK', maxCompletionsPerPeriod: 1 });
    const m = await member();
    expect((await submit(m, op, '2026-02-23T00:00:00Z')).code).toBe('DONE'); // Monday 08:00 local
    expect((await submit(m, op, SUNDAY_2359_LOCAL)).refusalReason).toBe('PERIOD_LIMIT_REACHED');
    expect((await submit(m, op, MONDAY_0000_LOCAL)).code).toBe('DONE');
  });

  it('counts periods of several days (r_ratio) edge to edge, tiled from Monday 1970-01-05 local', async () => {
    // Worked by hand, not by periodWindow: Monday 2026-03-02 is day 20514 since 1970-01-01 and
    // 1970-01-05 is day 4; (20514 - 4) mod 3 = 2, so the 3-day period holding that Monday began
    // two days earlier: Saturday 2026-02-28 00:00 to Tuesday 2026-03-03 00:00, Shanghai time.
    const start = '2026-02-27T16:00:00Z';
    const end = '2026-03-02T16:00:00Z';
    const op = await task({ periodUnit: 'DAY', periodRatio: 3, maxCompletionsPerPeriod: 1 });
    const m = await member();
    expect((await submit(m, op, '2026-03-02T04:00:00Z')).code).toBe('DONE'); // Monday 12:00 local
    expect((await submit(m, op, start)).refusalReason).toBe('PERIOD_LIMIT_REACHED');
    expect((await submit(m, op, '2026-03-02T15:59:59Z')).refusalReason).toBe('PERIOD_LIMIT_REACHED');
    expect((await submit(m, op, '2026-02-27T15:59:59Z')).code).toBe('DONE'); // the period before
    expect((await submit(m, op, end)).code).toBe('DONE'); // the period after
  });

  it('cuts the award part-way when a cap is reached, then refuses until the next period', async () => {
    const op = await task({ points: '10', experience: '0', periodUnit: 'DAY', pointsCapPerPeriod: '25' });
    const m = await member();
    expect(await submit(m, op, SUNDAY_2359_LOCAL, { times: 3 })).toMatchObject({
      code: 'DONE',
      completionsCounted: 3,
      points: '25.00',
    });
    expect(await submit(m, op, SUNDAY_2359_LOCAL)).toMatchObject({ code: 'REFUSED', refusalReason: 'CAP_REACHED' });
    expect(await submit(m, op, MONDAY_0000_LOCAL)).toMatchObject({ code: 'DONE', points: '10.00', pointsBalance: '35.00' });
  });

  it('switches to the next step amount at the step threshold, counted for life unless r_step', async () => {
    const steps = [
      { from: 1, amount: '2' },
      { from: 3, amount: '40.5' },
    ];
    const lifetime = await task({ pointsSteps: steps, periodUnit: 'DAY' });
    const m = await member();
    expect((await submit(m, lifetime, SUNDAY_2359_LOCAL)).points).toBe('2.00');
    expect((await submit(m, lifetime, SUNDAY_2359_LOCAL)).points).toBe('2.00');
    expect((await submit(m, lifetime, SUNDAY_2359_LOCAL)).points).toBe('40.50');
    expect((await submit(m, lifetime, MONDAY_0000_LOCAL)).points).toBe('40.50');
    const perPeriod = await task({ pointsSteps: steps, periodUnit: 'DAY', stepResetsEachPeriod: true });
    expect((await submit(m, perPeriod, SUNDAY_2359_LOCAL, { times: 3 })).points).toBe('44.50');
    expect((await submit(m, perPeriod, MONDAY_0000_LOCAL)).points).toBe('2.00');
  });

  it('counts a target once per period (r_filter) and requires a target', async () => {
    const op = await task({ periodUnit: 'DAY', dedupeByTarget: true });
    const m = await member();
    expect((await submit(m, op, SUNDAY_2359_LOCAL, { target: 'post-1' })).code).toBe('DONE');
    expect((await submit(m, op, SUNDAY_2359_LOCAL, { target: 'post-1' })).refusalReason).toBe('DUPLICATE_TARGET');
    expect((await submit(m, op, SUNDAY_2359_LOCAL, { target: 'post-2', times: 5 })).completionsCounted).toBe(1);
    expect((await submit(m, op, SUNDAY_2359_LOCAL)).refusalReason).toBe('TARGET_REQUIRED');
    expect((await submit(m, op, MONDAY_0000_LOCAL, { target: 'post-1' })).code).toBe('DONE');
  });

  it('keeps to the grade window', async () => {
    const op = await task({ minGrade: 2, maxGrade: 2, experience: '0' });
    const m = await member(); // grade 1 (threshold 0)
    expect((await submit(m, op, SUNDAY_2359_LOCAL)).refusalReason).toBe('GRADE_OUT_OF_RANGE');
    const exp = (amount: string) =>
      app.gql(merchant.operatorKey, ChangeExperienceDocument, { input: { memberId: m, direction: 'ADD', amount } });
    await exp('100'); // grade 2
    expect((await submit(m, op, SUNDAY_2359_LOCAL)).code).toBe('DONE');
    await exp('400'); // grade 3
    expect((await submit(m, op, SUNDAY_2359_LOCAL)).refusalReason).toBe('GRADE_OUT_OF_RANGE');
  });

  it('refuses disabled, not yet started, ended and non-repeatable tasks', async () => {
    const m = await member();
    expect((await submit(m, await task({ enabled: false }), SUNDAY_2359_LOCAL)).refusalReason).toBe('DISABLED');
    const window = { startAt: '2026-03-01T00:00:00Z', endAt: '2026-03-02T00:00:00Z' };
    const timed = await task(window);
    expect((await submit(m, timed, '2026-02-28T23:59:59Z')).refusalReason).toBe('NOT_STARTED');
    expect((await submit(m, timed, window.endAt)).code).toBe('DONE');
    expect((await submit(m, timed, '2026-03-02T00:00:01Z')).refusalReason).toBe('ENDED');
    const once = await task({ repeatable: false });
    expect((await submit(m, once, SUNDAY_2359_LOCAL, { times: 3 })).completionsCounted).toBe(1);
    expect((await submit(m, once, '2027-01-01T00:00:00Z')).refusalReason).toBe('NOT_REPEATABLE');
  });

  it('never exceeds the period limit when submissions race', async () => {
    const op = await task({ periodUnit: 'DAY', maxCompletionsPerPeriod: 3 });
    const m = await member();
    const results = await Promise.all(Array.from({ length: 10 }, () => submit(m, op, SUNDAY_2359_LOCAL)));
    expect(results.filter((r) => r.code === 'DONE')).toHaveLength(3);
    expect(results.filter((r) => r.refusalReason === 'PERIOD_LIMIT_REACHED')).toHaveLength(7);
  });

  it('never awards more than the points cap when submissions race', async () => {
    const op = await task({ points: '10', experience: '0', periodUnit: 'DAY', pointsCapPerPeriod: '25' });
    const m = await member();
    const results = await Promise.all(Array.from({ length: 10 }, () => submit(m, op, SUNDAY_2359_LOCAL)));
    // 10 + 10 + the 5 left under the cap, whichever submissions come first; the rest find it reached.
    expect(results.map((r) => r.points).sort()).toEqual(
      ['0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '10.00', '10.00', '5.00'].sort(),
    );
    expect(results.filter((r) => r.refusalReason === 'CAP_REACHED')).toHaveLength(7);
    expect((await submit(m, op, SUNDAY_2359_LOCAL)).pointsBalance).toBe('25.00');
  });

  it('caps the experience of a period (experienceCapPerPeriod), and the grade follows what was awarded', async () => {
    const op = await task({ points: '1', experience: '40', periodUnit: 'DAY', experienceCapPerPeriod: '100' });
    const m = await member();
    expect(await submit(m, op, SUNDAY_2359_LOCAL, { times: 3 })).toMatchObject({
      code: 'DONE',
      completionsCounted: 3,
      points: '3.00',
      experience: '100.00',
      experienceBalance: '100.00',
      grade: { level: 2 },
    });
    // The experience cap is reached but points are not capped: a completion still earns its point.
    expect(await submit(m, op, SUNDAY_2359_LOCAL)).toMatchObject({ code: 'DONE', points: '1.00', experience: '0.00' });
    const results = await Promise.all(Array.from({ length: 5 }, () => submit(m, op, MONDAY_0000_LOCAL)));
    expect(results.map((r) => r.experience).sort()).toEqual(['0.00', '20.00', '40.00', '40.00', '0.00'].sort());
    expect((await submit(m, op, MONDAY_0000_LOCAL)).experienceBalance).toBe('200.00');
  });

  it('replays a submission retried with its key', async () => {
    const op = await task();
    const m = await member();
    const first = await submit(m, op, SUNDAY_2359_LOCAL, { idempotencyKey: 'sub-1' });
    const retry = await submit(m, op, MONDAY_0000_LOCAL, { idempotencyKey: 'sub-1' });
    expect(retry).toMatchObject({
      replayed: true,
      code: 'DONE',
      points: first.points,
      pointsBalance: '10.00',
      task: { number: first.task!.number },
    });
    expect((await submit(m, op, SUNDAY_2359_LOCAL, { idempotencyKey: 'sub-1', target: 'other' })).errors[0].code).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
  });

  it('books a submission resent many times at once with one key once', async () => {
    const op = await task();
    const m = await member();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => submit(m, op, SUNDAY_2359_LOCAL, { idempotencyKey: 'burst' })),
    );
    const booked = results.filter((r) => r.code === 'DONE');
    expect(booked.filter((r) => !r.replayed)).toHaveLength(1);
    for (const r of booked) expect(r).toMatchObject({ points: '10.00', pointsBalance: '10.00', errors: [] });
    for (const r of results.filter((r) => r.code !== 'DONE')) {
      expect(r.errors.map((e: { code: string }) => e.code)).toEqual(['IDEMPOTENCY_IN_FLIGHT']);
    }
    const entries = await app.gql(merchant.readonlyKey, TaskPointsEntryCountDocument, { m });
    expect(entries.data?.pointsEntries.totalItems).toBe(1);
  });

  it('refuses unknown members and out-of-range times', async () => {
    const op = await task();
    expect((await submit('00000000-0000-4000-8000-000000000000', op, SUNDAY_2359_LOCAL)).errors[0].code).toBe('MEMBER_NOT_FOUND');
    expect((await submit(await member(), op, SUNDAY_2359_LOCAL, { times: 1001 })).errors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'times',
    });
  });
});

describe('the clock override', () => {
  it('is refused unless the server allows it', async () => {
    const plain = await startTestApp();
    try {
      const other = await plain.createMerchant();
      const [m] = await createMembers(plain, other, 1);
      const res = await plain.gql(other.operatorKey, SubmitTaskDocument, {
        input: { memberId: m, op: 'x', now: SUNDAY_2359_LOCAL },
      });
      expect(res.data?.submitTask.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'now' });
      expect(
        (await plain.gql(other.operatorKey, SubmitTaskDocument, { input: { memberId: m, op: 'x' } })).data?.submitTask.code,
      ).toBe('NO_TASK');
    } finally {
      await plain.close();
    }
  });
});
