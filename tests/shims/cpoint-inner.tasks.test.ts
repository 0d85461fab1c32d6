import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addPoints, createMembers } from '../loyalty/fixtures.js';
import { callCpoint, expectFailure, expectSuccess } from '../support/cpoint-client.js';
import { createHmacApp, type HmacApp } from '../support/hmac-apps.js';
import { expectLedgersBalanced } from '../support/ledger-check.js';
import { startTestApp, type TestApp, type TestMerchant } from '../support/test-app.js';
import { ChangeExperienceDocument, SetGradeTableDocument } from '../../src/generated/graphql.js';

let app: TestApp;
/** Tasks and submissions. */
let shop: TestMerchant;
let inner: HmacApp;
/** Grades and the listing routes, with members of known balances. */
let ranked: TestMerchant;
let rankedInner: HmacApp;

const setGrades = (merchant: TestMerchant, ladder: [number, string][]) =>
  app.gql(merchant.adminKey, SetGradeTableDocument, {
    g: ladder.map(([level, threshold]) => ({ level, code: `G${level}`, name: `Grade ${level}`, threshold })),
  });

beforeAll(async () => {
  app = await startTestApp();
  shop = await app.createMerchant('Tasks');
  inner = await createHmacApp(app, shop, 'CPOINT_INNER');
  ranked = await app.createMerchant('Ranked');
  rankedInner = await createHmacApp(app, ranked, 'CPOINT_INNER');
  // The grade table of the document's task/submit example.
  await setGrades(shop, [
    [1, '0'],
    [2, '100'],
  ]);
});
afterEach(() => expectLedgersBalanced(app));
afterAll(() => app?.close());

const call = (path: string, params: Record<string, unknown>, as: 'form' | 'json' = 'form') =>
  callCpoint(app, inner, path, params, { as });
const taskList = async () => expectSuccess(await call('/cnf/taskCnfList', {})) as Record<string, unknown>[];

describe('cnf/taskCnfUpdate and cnf/taskCnfList', () => {
  it('stores every knob of the document urlencoded and lists it back in the document shape', async () => {
    const update = {
      id: '1',
      score: '6',
      cpoint: '5',
      step_score: '1:2,20:40.5',
      step_cpoint: '1:10,3:0.5',
      status: '0',
      s_time: '1767196800',
      e_time: '',
      s_grade: '-1',
      e_grade: '2',
      batch: '1',
      repeat: '1',
      r_flag: '1',
      r_ratio: '2',
      r_count: '3',
      r_cpoint: '100.5',
      r_score: '-1',
      r_filter: '0',
      r_step: '1',
      name: '分享任务',
      desc: '分享任务',
      op: 'share',
    };
    expect(expectSuccess(await call('/cnf/taskCnfUpdate', update))).toEqual({});
    const [task] = await taskList();
    expect(task).toEqual({
      id: 1,
      name: '分享任务',
      desc: '分享任务',
      score: 6,
      cpoint: 5,
      step_score: { '1': 2, '20': 40.5 },
      step_cpoint: { '1': 10, '3': 0.5 },
      status: 0,
      s_time: 1767196800,
      e_time: '',
      s_grade: -1,
      e_grade: 2,
      batch: 1,
      repeat: 1,
      r_flag: 1,
      r_ratio: 2,
      r_count: 3,
      r_cpoint: 100.5,
      r_score: -1,
      r_filter: 0,
      r_step: 1,
      op: 'share',
      u_time: expect.any(Number),
    });
    expect(Math.abs((task!.u_time as number) - Date.now() / 1000)).toBeLessThan(60);
  });

  it('takes JSON numbers and step objects; absent knobs take the document defaults, name and op are kept', async () => {
    const json = { id: 1, score: 6, cpoint: 5.5, status: 1, step_cpoint: { 1: 10, 3: '0.5' } };
    expectSuccess(await call('/cnf/taskCnfUpdate', json, 'json'));
    const [task] = await taskList();
    expect(task).toMatchObject({
      id: 1,
      name: '分享任务',
      desc: '分享任务',
      op: 'share',
      cpoint: 5.5,
      step_score: {},
      step_cpoint: { '1': 10, '3': 0.5 },
      status: 1,
      s_time: '',
      e_time: '',
      s_grade: -1,
      e_grade: -1,
      batch: 1,
      repeat: 1,
      r_flag: 0,
      r_ratio: 1,
      r_count: -1,
      r_cpoint: -1,
      r_score: -1,
      r_filter: 0,
      r_step: 0,
    });
  });

  it('names a new task without a name 任务<id>; it has no op until one is given', async () => {
    expectSuccess(await call('/cnf/taskCnfUpdate', { id: 9, score: 0, cpoint: 1, status: 0 }));
    expect((await taskList()).find((t) => t.id === 9)).toMatchObject({ name: '任务9', desc: '', op: '' });
    expectSuccess(await call('/cnf/taskCnfUpdate', { id: 9, score: 0, cpoint: 1, status: 0, op: 'like, comment' }));
    expect((await taskList()).find((t) => t.id === 9)).toMatchObject({ name: '任务9', op: 'comment,like' });
  });

  it('refuses an op another task has (10410) and ill-formed knobs (10400), changing nothing', async () => {
    const before = await taskList();
    expectFailure(await call('/cnf/taskCnfUpdate', { id: 2, score: 1, cpoint: 1, status: 0, op: 'share' }), 10410, /share/);
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ id: 1, score: 1, cpoint: 1 }, /^status: is required$/],
      [{ id: 1, score: 1, cpoint: 1, status: 2 }, /^status: must be 0 or 1$/],
      [{ id: 0, score: 1, cpoint: 1, status: 0 }, /^id: /],
      [{ id: 1, score: -1, cpoint: 1, status: 0 }, /^score: must not be negative$/],
      [{ id: 1, score: 1, cpoint: 1, status: 0, step_score: '1-2' }, /^step_score: '1-2' is not 'from:amount'/],
      [{ id: 1, score: 1, cpoint: 1, status: 0, step_cpoint: '0:2' }, /^step_cpoint: /],
      [{ id: 1, score: 1, cpoint: 1, status: 0, s_time: 'tomorrow' }, /^s_time: /],
      [{ id: 1, score: 1, cpoint: 1, status: 0, s_time: 1800000000, e_time: 1700000000 }, /endAt is before startAt/],
      [{ id: 1, score: 1, cpoint: 1, status: 0, r_flag: 3 }, /^r_flag: /],
      [{ id: 1, score: 1, cpoint: 1, status: 0, r_cpoint: -2 }, /^r_cpoint: /],
      [{ id: 1, score: 1, cpoint: 1, status: 0, r_count: -2 }, /^r_count: /],
      [{ id: 1, score: 1, cpoint: 1, status: 0, op: 'not an op!' }, /op/],
    ];
    for (const [params, message] of bad) expectFailure(await call('/cnf/taskCnfUpdate', params, 'json'), 10400, message);
    expect(await taskList()).toEqual(before);
  });
});

describe('task/submit', () => {
  let uid: string;
  beforeAll(async () => {
    [uid] = (await createMembers(app, shop, 1)) as [string];
    await call('/cnf/taskCnfUpdate', { id: 1, name: '分享任务', score: 6, cpoint: 5, status: 0, op: 'share' });
    await call('/cnf/taskCnfUpdate', { id: 2, score: 0, cpoint: 0, step_cpoint: '1:2,3:40.5', status: 0, op: 'invite' });
    await call('/cnf/taskCnfUpdate', { id: 3, score: 1, cpoint: 1, status: 1, op: 'closed' });
    await call('/cnf/taskCnfUpdate', { id: 4, score: 1, cpoint: 1, status: 0, batch: 0, r_flag: 1, r_count: 2, op: 'checkin' });
    await call('/cnf/taskCnfUpdate', { id: 5, score: 100, cpoint: 0, status: 0, r_filter: 1, op: 'read' });
  });

  it("completes the document's example (op share) and answers its shape with the grade table", async () => {
    const data = expectSuccess(await call('/task/submit', { uid, op: 'share' }));
    expect(data).toEqual({ cpoint: 5, score: 6, newScore: 6, newCpoint: 5, code: 0, grades: { '1': 0, '2': 100 } });
    const json = expectSuccess(await call('/task/submit', { uid, op: 'share', times: 1 }, 'json'));
    expect(json).toEqual({ cpoint: 5, score: 6, newScore: 12, newCpoint: 10, code: 0, grades: { '1': 0, '2': 100 } });
  });

  it('awards fractional c-points by the step table, several completions at once', async () => {
    const data = expectSuccess(await call('/task/submit', { uid, op: 'invite', times: '3' }));
    expect(data).toMatchObject({ cpoint: 44.5, score: 0, newCpoint: 54.5, code: 0 });
  });

  it('answers code 1 when a rule refuses and code 2 for an op no task has, awarding nothing', async () => {
    const totals = { newScore: 12, newCpoint: 54.5, cpoint: 0, score: 0 };
    expect(expectSuccess(await call('/task/submit', { uid, op: 'closed' }))).toMatchObject({ ...totals, code: 1 });
    expect(expectSuccess(await call('/task/submit', { uid, op: 'dance' }))).toMatchObject({ ...totals, code: 2 });
    expect(expectSuccess(await call('/task/submit', { uid, op: 'read' }))).toMatchObject({ ...totals, code: 1 });
  });

  it('applies the period limit, batch and the per-target rule', async () => {
    // Not a batch task: times 2 counts as one completion.
    expect(expectSuccess(await call('/task/submit', { uid, op: 'checkin', times: 2 }))).toMatchObject({ code: 0, cpoint: 1 });
    expect(expectSuccess(await call('/task/submit', { uid, op: 'checkin' }))).toMatchObject({ code: 0, cpoint: 1 });
    expect(expectSuccess(await call('/task/submit', { uid, op: 'checkin' }))).toMatchObject({ code: 1, cpoint: 0 });
    const read = expectSuccess(await call('/task/submit', { uid, op: 'read', target: 'article-1' }));
    expect(read).toMatchObject({ code: 0, score: 100, newScore: 114 });
    expect(expectSuccess(await call('/task/submit', { uid, op: 'read', target: 'article-1' }))).toMatchObject({ code: 1 });
  });

  it('replays a submission retried with the same requestId', async () => {
    const first = expectSuccess(await call('/task/submit', { uid, op: 'share', requestId: 'share-1' }));
    const again = expectSuccess(await call('/task/submit', { uid, op: 'share', requestId: 'share-1' }));
    expect(again).toEqual(first);
    expect(expectSuccess(await call('/user/getCpoint', { uid }))).toEqual({ cpoint: first.newCpoint });
    expectFailure(await call('/task/submit', { uid, op: 'invite', requestId: 'share-1' }), 10409);
  });

  it('caps the c-points (r_cpoint) and experience (r_score) of a period, cutting the last completion part-way', async () => {
    const [m] = (await createMembers(app, shop, 1)) as [string];
    await call('/cnf/taskCnfUpdate', {
      id: 6,
      score: 4,
      cpoint: 10,
      status: 0,
      r_flag: 1,
      r_cpoint: '25',
      r_score: 10,
      op: 'capped',
    });
    expect((await taskList()).find((t) => t.id === 6)).toMatchObject({ r_cpoint: 25, r_score: 10 });
    // Three completions would earn 30 c-points and 12 experience; the day's caps let 25 and 10 through.
    expect(expectSuccess(await call('/task/submit', { uid: m, op: 'capped', times: 3 }))).toEqual({
      cpoint: 25,
      score: 10,
      newCpoint: 25,
      newScore: 10,
      code: 0,
      grades: { '1': 0, '2': 100 },
    });
    expect(expectSuccess(await call('/task/submit', { uid: m, op: 'capped' }))).toMatchObject({
      code: 1,
      cpoint: 0,
      score: 0,
      newCpoint: 25,
      newScore: 10,
    });
  });

  it('keeps awarding c-points once only the experience cap (r_score) is reached', async () => {
    const [m] = (await createMembers(app, shop, 1)) as [string];
    await call('/cnf/taskCnfUpdate', { id: 7, score: 4, cpoint: 10, status: 0, r_flag: 1, r_score: 6, op: 'exp-capped' });
    expect(expectSuccess(await call('/task/submit', { uid: m, op: 'exp-capped', times: 2 }))).toMatchObject({
      code: 0,
      cpoint: 20,
      score: 6,
    });
    expect(expectSuccess(await call('/task/submit', { uid: m, op: 'exp-capped' }))).toMatchObject({
      code: 0,
      cpoint: 10,
      score: 0,
      newCpoint: 30,
      newScore: 6,
    });
  });

  it('books a submission resent many times at once with one requestId once', async () => {
    const [m] = (await createMembers(app, shop, 1)) as [string];
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => call('/task/submit', { uid: m, op: 'share', requestId: 'burst-1' })),
    );
    const booked = { cpoint: 5, score: 6, newCpoint: 5, newScore: 6, code: 0, grades: { '1': 0, '2': 100 } };
    for (const answer of answers) {
      // The first books; the others replay it, or answer 10000 while it is still being booked.
      if (answer.body.status === 200) expect(expectSuccess(answer)).toEqual(booked);
      else expectFailure(answer, 10000, '不可同时执行，请等待');
    }
    expect(answers.some((a) => a.body.status === 200)).toBe(true);
    expect(expectSuccess(await call('/task/submit', { uid: m, op: 'share', requestId: 'burst-1' }))).toEqual(booked);
    expect(expectSuccess(await call('/user/getCpoint', { uid: m }))).toEqual({ cpoint: 5 });
  });

  it('answers 10404 for an unknown member and 10400 for missing or ill-typed parameters', async () => {
    expectFailure(await call('/task/submit', { uid: '00000000-0000-4000-8000-000000000003', op: 'share' }), 10404);
    expectFailure(await call('/task/submit', { uid }), 10400, 'op: is required');
    expectFailure(await call('/task/submit', { uid, op: 'share', times: 'twice' }), 10400, 'times: must be a whole number');
    expectFailure(await call('/task/submit', { uid, op: 'share', times: 0 }), 10400, 'times: is 1 or more');
  });
});

describe('cnf/gradeCnfList', () => {
  it("answers {} without grades, then the document's example {1: 500, 2: 1000, 3: 20000}", async () => {
    expect(expectSuccess(await callCpoint(app, rankedInner, '/cnf/gradeCnfList', {}))).toEqual({});
    await setGrades(ranked, [
      [1, '500'],
      [2, '1000'],
      [3, '20000'],
    ]);
    for (const as of ['form', 'json'] as const) {
      const data = expectSuccess(await callCpoint(app, rankedInner, '/cnf/gradeCnfList', {}, { as }));
      expect(data).toEqual({ '1': 500, '2': 1000, '3': 20000 });
    }
  });
});

describe('user/listInfo and user/listSortInfo', () => {
  let m1: string;
  let m2: string;
  let m3: string;
  const rcall = (path: string, params: Record<string, unknown>, as: 'form' | 'json' = 'form') =>
    callCpoint(app, rankedInner, path, params, { as });
  const view = (id: string, cpoints: number, scores: number, grade: number) => ({ [id]: { cpoints, scores, grade } });

  beforeAll(async () => {
    await setGrades(ranked, [
      [1, '500'],
      [2, '1000'],
      [3, '20000'],
    ]);
    [m1, m2, m3] = (await createMembers(app, ranked, 3)) as [string, string, string];
    for (const [id, points, exp] of [
      [m1, '10', '10'],
      [m2, '20.5', '600'],
      [m3, '5', '1500.25'],
    ] as const) {
      await addPoints(app, ranked.operatorKey, id, points);
      const res = await app.gql(ranked.operatorKey, ChangeExperienceDocument, {
        input: { memberId: id, direction: 'ADD', amount: exp },
      });
      expect(res.data!.changeExperience.errors).toEqual([]);
    }
  });

  it("answers the document's shape for the uids asked, in their order, leaving out uids of no member", async () => {
    const [otherMember] = await createMembers(app, shop, 1);
    const uids = `${m3}, ${m1},fefefefa0000000000000331,${otherMember},${m3}`;
    expect(expectSuccess(await rcall('/user/listInfo', { uids }))).toEqual([view(m3, 5, 1500.25, 2), view(m1, 10, 10, 0)]);
    const json = expectSuccess(await rcall('/user/listInfo', { uids: [m2] }, 'json'));
    expect(json).toEqual([view(m2, 20.5, 600, 1)]);
  });

  it('refuses a missing uids or more than 100 (10400)', async () => {
    expectFailure(await rcall('/user/listInfo', {}), 10400, 'uids: is required');
    expectFailure(await rcall('/user/listInfo', { uids: ' , ' }), 10400, 'uids: is required');
    const many = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expectFailure(await rcall('/user/listInfo', { uids: many.join(',') }), 10400, /at most 100/);
  });

  it('ranks by score, cpoint or grade, either way, page by page', async () => {
    expect(expectSuccess(await rcall('/user/listSortInfo', { condition: 'score' }))).toEqual([
      view(m3, 5, 1500.25, 2),
      view(m2, 20.5, 600, 1),
      view(m1, 10, 10, 0),
    ]);
    const byPoints = expectSuccess(await rcall('/user/listSortInfo', { condition: 'cpoint', sort: 1 }, 'json'));
    expect(byPoints.map((e: object) => Object.keys(e)[0])).toEqual([m3, m1, m2]);
    const byGrade = expectSuccess(await rcall('/user/listSortInfo', { condition: 'grade=*', sort: '-1' }));
    expect(byGrade.map((e: object) => Object.keys(e)[0])).toEqual([m3, m2, m1]);
    const page2 = expectSuccess(await rcall('/user/listSortInfo', { condition: 'score', page: 2, limit: 2 }));
    expect(page2).toEqual([view(m1, 10, 10, 0)]);
  });

  it("keeps only members whose field equals the condition's value", async () => {
    expect(expectSuccess(await rcall('/user/listSortInfo', { condition: 'grade=1' }))).toEqual([view(m2, 20.5, 600, 1)]);
    expect(expectSuccess(await rcall('/user/listSortInfo', { condition: 'cpoint=5' }))).toEqual([view(m3, 5, 1500.25, 2)]);
    expect(expectSuccess(await rcall('/user/listSortInfo', { condition: 'score=1' }))).toEqual([]);
  });

  it('refuses an unknown condition, a sort other than 1/-1 and a limit over 100 (10400)', async () => {
    expectFailure(await rcall('/user/listSortInfo', {}), 10400, 'condition: is required');
    expectFailure(await rcall('/user/listSortInfo', { condition: 'age' }), 10400, /^condition: must be score, cpoint or grade/);
    expectFailure(await rcall('/user/listSortInfo', { condition: 'grade=high' }), 10400, /^condition: 'high'/);
    expectFailure(await rcall('/user/listSortInfo', { condition: 'score', sort: 2 }), 10400, /^sort: /);
    expectFailure(await rcall('/user/listSortInfo', { condition: 'score', limit: 101 }), 10400, 'limit: is at most 100');
  });
});
