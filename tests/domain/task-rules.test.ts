import { describe, it, expect } from 'vitest';
import {
  LEGACY_SUBMISSION_CODE,
  MAX_TIMES,
  StepTableError,
  decideSubmission,
  formatStepTable,
  parseStepTable,
  periodWindow,
  stepAmount,
  type SubmissionCounters,
  type SubmissionInput,
  type TaskConfig,
} from '../../src/domain/task-rules.js';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const at = (iso: string): Date => new Date(iso);

const baseConfig: TaskConfig = {
  points: '5',
  exp: '3',
  pointsSteps: [],
  expSteps: [],
  status: 'ENABLED',
  startAt: null,
  endAt: null,
  minGrade: null,
  maxGrade: null,
  batch: true,
  repeatable: true,
  periodUnit: 'DAY',
  periodRatio: 1,
  maxCompletionsPerPeriod: null,
  pointsCapPerPeriod: null,
  expCapPerPeriod: null,
  dedupeByTarget: false,
  stepResetsEachPeriod: false,
};

const noCounters: SubmissionCounters = {
  completionsInPeriod: 0,
  completionsTotal: 0,
  pointsAwardedInPeriod: '0',
  expAwardedInPeriod: '0',
  targetAlreadyDoneInPeriod: false,
};

function submit(
  config: Partial<TaskConfig> = {},
  counters: Partial<SubmissionCounters> = {},
  rest: Partial<Omit<SubmissionInput, 'config' | 'counters'>> = {},
) {
  return decideSubmission({
    config: { ...baseConfig, ...config },
    counters: { ...noCounters, ...counters },
    now: at('2026-03-01T04:00:00Z'),
    timeZone: SH,
    memberGrade: 1,
    times: 1,
    target: null,
    ...rest,
  });
}

const iso = (w: { start: Date; end: Date }) => [w.start.toISOString(), w.end.toISOString()];

describe('parseStepTable / formatStepTable', () => {
  it('parses the documented example and sorts by threshold', () => {
    expect(parseStepTable('1:2,20:40.5')).toEqual([
      { from: 1, amount: '2' },
      { from: 20, amount: '40.5' },
    ]);
    expect(parseStepTable(' 20 : 40.50 , 1:2 ')).toEqual([
      { from: 1, amount: '2' },
      { from: 20, amount: '40.5' },
    ]);
  });

  it('treats an empty string as no table and round-trips through formatStepTable', () => {
    expect(parseStepTable('')).toEqual([]);
    expect(parseStepTable('   ')).toEqual([]);
    expect(formatStepTable([])).toBe('');
    expect(formatStepTable(parseStepTable('20:40.5,1:2'))).toBe('1:2,20:40.5');
    expect(
      formatStepTable([
        { from: 3, amount: '1.25' },
        { from: 1, amount: '0' },
      ]),
    ).toBe('1:0,3:1.25');
  });

  it.each([
    ['abc', /from:amount/],
    ['1:x', /amount 'x'/],
    ['x:1', /threshold 'x'/],
    ['0:2', /positive integer/],
    ['-1:2', /positive integer/],
    ['1.5:2', /positive integer/],
    ['1:-2', /amount '-2'/],
    ['1:2.345', /at most 2 places/],
    ['1:2,1:3', /appears more than once/],
    ['1:2,', /from:amount/],
    ['1:2:3', /from:amount/],
    ['1:', /from:amount/],
  ])('rejects malformed table %j', (text, message) => {
    expect(() => parseStepTable(text)).toThrow(StepTableError);
    expect(() => parseStepTable(text)).toThrow(message);
  });

  it('picks the amount for a completion number, falling back to the flat amount below the first threshold', () => {
    const table = parseStepTable('1:2,20:40.5');
    expect(stepAmount(table, 1, '9')).toBe('2');
    expect(stepAmount(table, 19, '9')).toBe('2');
    expect(stepAmount(table, 20, '9')).toBe('40.5');
    expect(stepAmount(table, 1000, '9')).toBe('40.5');
    expect(stepAmount(parseStepTable('5:10'), 4, '1')).toBe('1');
    expect(stepAmount(parseStepTable('5:10'), 5, '1')).toBe('10');
    expect(stepAmount([], 7, '1.5')).toBe('1.5');
  });
});

describe('periodWindow', () => {
  it('rolls a DAY over at local midnight in Asia/Shanghai', () => {
    expect(iso(periodWindow(at('2026-03-01T15:59:59Z'), 'DAY', 1, SH))).toEqual([
      '2026-02-28T16:00:00.000Z',
      '2026-03-01T16:00:00.000Z',
    ]);
    expect(iso(periodWindow(at('2026-03-01T16:00:00Z'), 'DAY', 1, SH))).toEqual([
      '2026-03-01T16:00:00.000Z',
      '2026-03-02T16:00:00.000Z',
    ]);
  });

  it('starts a WEEK on Monday 00:00 local (2026-03-01 is a Sunday)', () => {
    expect(iso(periodWindow(at('2026-03-01T15:59:59Z'), 'WEEK', 1, SH))).toEqual([
      '2026-02-22T16:00:00.000Z',
      '2026-03-01T16:00:00.000Z',
    ]);
    expect(iso(periodWindow(at('2026-03-01T16:00:00Z'), 'WEEK', 1, SH))).toEqual([
      '2026-03-01T16:00:00.000Z',
      '2026-03-08T16:00:00.000Z',
    ]);
  });

  it('follows DST in America/New_York: 23-hour and 25-hour days, midnight moves from 05:00Z to 04:00Z', () => {
    const spring = periodWindow(at('2026-03-08T12:00:00Z'), 'DAY', 1, NY);
    expect(iso(spring)).toEqual(['2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z']);
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
    const fall = periodWindow(at('2026-11-01T12:00:00Z'), 'DAY', 1, NY);
    expect(iso(fall)).toEqual(['2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z']);
    expect(fall.end.getTime() - fall.start.getTime()).toBe(25 * 3_600_000);
    expect(periodWindow(at('2026-03-09T03:59:59Z'), 'DAY', 1, NY).start.toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(periodWindow(at('2026-03-09T04:00:00Z'), 'DAY', 1, NY).start.toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });

  it('keeps the WEEK start on local Monday across the DST change', () => {
    expect(iso(periodWindow(at('2026-03-08T12:00:00Z'), 'WEEK', 1, NY))).toEqual([
      '2026-03-02T05:00:00.000Z',
      '2026-03-09T04:00:00.000Z',
    ]);
  });

  it('starts the day at 01:00 local where midnight does not exist (America/Santiago spring-forward)', () => {
    const w = periodWindow(at('2026-09-06T12:00:00Z'), 'DAY', 1, 'America/Santiago');
    expect(iso(w)).toEqual(['2026-09-06T04:00:00.000Z', '2026-09-07T03:00:00.000Z']);
  });

  it('aligns ratio > 1 windows to Monday 1970-01-05 local', () => {
    // 2026-03-01 is local day 20513; (20513 - 4) % 2 = 1, so the 2-day window began 2026-02-28.
    expect(iso(periodWindow(at('2026-03-01T04:00:00Z'), 'DAY', 2, SH))).toEqual([
      '2026-02-27T16:00:00.000Z',
      '2026-03-01T16:00:00.000Z',
    ]);
    expect(iso(periodWindow(at('2026-03-01T16:00:00Z'), 'DAY', 2, SH))).toEqual([
      '2026-03-01T16:00:00.000Z',
      '2026-03-03T16:00:00.000Z',
    ]);
    // (20513 - 4) % 14 = 13: Sunday 2026-03-01 is the last day of the fortnight that began Monday 02-16.
    expect(iso(periodWindow(at('2026-03-01T04:00:00Z'), 'WEEK', 2, SH))).toEqual([
      '2026-02-15T16:00:00.000Z',
      '2026-03-01T16:00:00.000Z',
    ]);
  });

  it.each([
    ['DAY', 3, SH],
    ['WEEK', 2, NY],
    ['DAY', 1, NY],
  ] as const)('tiles time without gaps or overlaps (%s x%i, %s)', (unit, ratio, tz) => {
    let w = periodWindow(at('2026-01-01T00:00:00Z'), unit, ratio, tz);
    for (let i = 0; i < 60; i++) {
      const next = periodWindow(w.end, unit, ratio, tz);
      expect(next.start.getTime()).toBe(w.end.getTime());
      expect(periodWindow(new Date(w.end.getTime() - 1), unit, ratio, tz).start.getTime()).toBe(w.start.getTime());
      const hours = (next.end.getTime() - next.start.getTime()) / 3_600_000;
      expect(Math.abs(hours - ratio * (unit === 'WEEK' ? 168 : 24))).toBeLessThanOrEqual(1);
      w = next;
    }
  });

  it('rejects a ratio below 1 or non-integer', () => {
    expect(() => periodWindow(at('2026-03-01T00:00:00Z'), 'DAY', 0, SH)).toThrow(RangeError);
    expect(() => periodWindow(at('2026-03-01T00:00:00Z'), 'DAY', 1.5, SH)).toThrow(RangeError);
  });
});

describe('decideSubmission', () => {
  it('awards the flat amounts and reports the period', () => {
    expect(submit()).toEqual({
      code: 'DONE',
      reason: null,
      completionsCounted: 1,
      points: '5.00',
      exp: '3.00',
      periodStart: at('2026-02-28T16:00:00Z'),
      periodEnd: at('2026-03-01T16:00:00Z'),
    });
    expect(submit({}, {}, { times: 3 })).toMatchObject({
      completionsCounted: 3,
      points: '15.00',
      exp: '9.00',
    });
  });

  it('reports no period for periodUnit NONE, and a new period after local midnight', () => {
    expect(submit({ periodUnit: 'NONE' })).toMatchObject({
      periodStart: null,
      periodEnd: null,
      code: 'DONE',
    });
    expect(submit({}, {}, { now: at('2026-03-01T15:59:59Z') }).periodStart).toEqual(at('2026-02-28T16:00:00Z'));
    expect(submit({}, {}, { now: at('2026-03-01T16:00:00Z') }).periodStart).toEqual(at('2026-03-01T16:00:00Z'));
  });

  it('refuses a disabled task', () => {
    expect(submit({ status: 'DISABLED' })).toMatchObject({
      code: 'REFUSED',
      reason: 'DISABLED',
      points: '0.00',
      exp: '0.00',
    });
  });

  it('enforces the time window inclusively at both ends', () => {
    const now = at('2026-03-01T04:00:00Z');
    expect(submit({ startAt: new Date(now.getTime() + 1000) }).reason).toBe('NOT_STARTED');
    expect(submit({ startAt: now }).code).toBe('DONE');
    expect(submit({ endAt: now }).code).toBe('DONE');
    expect(submit({ endAt: new Date(now.getTime() - 1000) }).reason).toBe('ENDED');
  });

  it('enforces the grade window inclusively, null meaning unbounded', () => {
    const cfg = { minGrade: 2, maxGrade: 4 };
    expect(submit(cfg, {}, { memberGrade: 1 }).reason).toBe('GRADE_OUT_OF_RANGE');
    expect(submit(cfg, {}, { memberGrade: 2 }).code).toBe('DONE');
    expect(submit(cfg, {}, { memberGrade: 4 }).code).toBe('DONE');
    expect(submit(cfg, {}, { memberGrade: 5 }).reason).toBe('GRADE_OUT_OF_RANGE');
    expect(submit({ minGrade: 3 }, {}, { memberGrade: 99 }).code).toBe('DONE');
    expect(submit({ maxGrade: 3 }, {}, { memberGrade: 0 }).code).toBe('DONE');
  });

  it('allows a non-repeatable task once ever, even with times > 1', () => {
    expect(submit({ repeatable: false }, {}, { times: 3 })).toMatchObject({
      code: 'DONE',
      completionsCounted: 1,
      points: '5.00',
    });
    expect(submit({ repeatable: false }, { completionsTotal: 1 })).toMatchObject({
      code: 'REFUSED',
      reason: 'NOT_REPEATABLE',
    });
  });

  it('counts a multi-times submission once when batch is off', () => {
    expect(submit({ batch: false }, {}, { times: 4 })).toMatchObject({
      completionsCounted: 1,
      points: '5.00',
    });
  });

  it('cuts times by r_count and refuses once the period limit is reached', () => {
    const cfg = { maxCompletionsPerPeriod: 5 };
    expect(submit(cfg, { completionsInPeriod: 3 }, { times: 4 })).toMatchObject({
      code: 'DONE',
      completionsCounted: 2,
      points: '10.00',
    });
    expect(submit(cfg, { completionsInPeriod: 5 })).toMatchObject({
      code: 'REFUSED',
      reason: 'PERIOD_LIMIT_REACHED',
    });
  });

  it('cuts the award part-way when a cap is reached', () => {
    const cfg = { pointsCapPerPeriod: '10' };
    expect(submit(cfg, { pointsAwardedInPeriod: '8' })).toMatchObject({
      code: 'DONE',
      completionsCounted: 1,
      points: '2.00',
      exp: '3.00',
    });
    // points capped, experience still flows
    expect(submit(cfg, { pointsAwardedInPeriod: '10' }, { times: 2 })).toMatchObject({
      completionsCounted: 2,
      points: '0.00',
      exp: '6.00',
    });
  });

  it('stops counting completions once both caps are exhausted part-way through times', () => {
    const cfg = { pointsCapPerPeriod: '12', expCapPerPeriod: '7.5' };
    expect(submit(cfg, {}, { times: 5 })).toMatchObject({
      code: 'DONE',
      completionsCounted: 3,
      points: '12.00',
      exp: '7.50',
    });
  });

  it('refuses with CAP_REACHED when the caps leave nothing to award', () => {
    const cfg = { pointsCapPerPeriod: '10', expCapPerPeriod: '6' };
    expect(submit(cfg, { pointsAwardedInPeriod: '10', expAwardedInPeriod: '6' })).toMatchObject({
      code: 'REFUSED',
      reason: 'CAP_REACHED',
    });
    expect(submit({ exp: '0', pointsCapPerPeriod: '10' }, { pointsAwardedInPeriod: '10.00' }).reason).toBe('CAP_REACHED');
    // a task that is configured to award nothing is not "capped"
    expect(submit({ points: '0', exp: '0' })).toMatchObject({
      code: 'DONE',
      completionsCounted: 1,
      points: '0.00',
    });
  });

  it('applies the step threshold: the 19th completion earns 2, the 20th earns 40.5', () => {
    const cfg = {
      pointsSteps: parseStepTable('1:2,20:40.5'),
      expSteps: parseStepTable('1:1,20:10'),
    };
    expect(submit(cfg, { completionsTotal: 18 })).toMatchObject({
      points: '2.00',
      exp: '1.00',
    });
    expect(submit(cfg, { completionsTotal: 19 })).toMatchObject({
      points: '40.50',
      exp: '10.00',
    });
    expect(submit(cfg, { completionsTotal: 18 }, { times: 3 })).toMatchObject({
      completionsCounted: 3,
      points: '83.00',
      exp: '21.00',
    });
  });

  it('counts steps per period when r_step is on, and over the lifetime when off', () => {
    const counters = { completionsInPeriod: 0, completionsTotal: 50 };
    const steps = { pointsSteps: parseStepTable('1:2,20:40.5') };
    expect(submit({ ...steps, stepResetsEachPeriod: true }, counters).points).toBe('2.00');
    expect(submit({ ...steps, stepResetsEachPeriod: false }, counters).points).toBe('40.50');
    expect(submit({ ...steps, stepResetsEachPeriod: true }, { completionsInPeriod: 19, completionsTotal: 50 }).points).toBe(
      '40.50',
    );
  });

  it('de-duplicates by target: once per target per period, and a target is required', () => {
    const cfg = { dedupeByTarget: true };
    expect(submit(cfg, {}, { target: 'post-1', times: 3 })).toMatchObject({
      code: 'DONE',
      completionsCounted: 1,
    });
    expect(submit(cfg, { targetAlreadyDoneInPeriod: true }, { target: 'post-1' })).toMatchObject({
      reason: 'DUPLICATE_TARGET',
    });
    expect(submit(cfg, {}, { target: null })).toMatchObject({
      reason: 'TARGET_REQUIRED',
    });
    expect(submit({}, { targetAlreadyDoneInPeriod: true }, { target: 'post-1' }).code).toBe('DONE');
  });

  it('reports the first failing rule in order', () => {
    expect(submit({ status: 'DISABLED', minGrade: 9, repeatable: false }, { completionsTotal: 1 }).reason).toBe('DISABLED');
    expect(submit({ minGrade: 9, repeatable: false }, { completionsTotal: 1 }).reason).toBe('GRADE_OUT_OF_RANGE');
  });

  it('rejects invalid times and malformed amounts instead of guessing', () => {
    expect(() => submit({}, {}, { times: 0 })).toThrow(RangeError);
    expect(() => submit({}, {}, { times: 1.5 })).toThrow(RangeError);
    expect(() => submit({}, {}, { times: MAX_TIMES + 1 })).toThrow(RangeError);
    expect(submit({}, {}, { times: MAX_TIMES }).completionsCounted).toBe(MAX_TIMES);
    expect(() => submit({ points: '1.234' })).toThrow(/at most 2 places/);
    expect(() => submit({ pointsCapPerPeriod: '-1' })).toThrow(RangeError);
  });

  it('maps result codes to the legacy task/submit codes', () => {
    expect(LEGACY_SUBMISSION_CODE).toEqual({ DONE: 0, REFUSED: 1, NO_TASK: 2 });
  });
});
