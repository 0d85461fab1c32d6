/**
 * Pure rules for one task submission (legacy `task/submit`, configured through `cnf/taskCnfUpdate`).
 * No database, no clock, no I/O: the caller loads the config and the member's counters, calls
 * {@link decideSubmission}, then writes the award to the ledgers. Keeping this pure lets every knob
 * be tested at its edges without a database, and keeps the shim and GraphQL paths in agreement.
 *
 * Naming: legacy `cpoint` (积分 / C点) is `points`, legacy `score` (经验) is `exp`.
 * @module
 */
// Named import: under NodeNext the default import types as the CJS module object, not the class.
import { Decimal } from 'decimal.js';
import type { TaskPeriodUnit, TaskRefusalReason, TaskSubmissionCode } from './loyalty-codes.js';

/** Period unit, legacy `r_flag`: 0 NONE, 1 DAY, 2 WEEK. The values of the enum, as plain strings. */
export type PeriodUnit = `${TaskPeriodUnit}`;

/** One row of a step table: from completion number `from` on (1-based), each completion earns `amount`. */
export interface StepEntry {
  readonly from: number;
  /** Normalised decimal string, at most 2 decimal places. */
  readonly amount: string;
}

/** Every knob of `taskCnfUpdate`, already mapped from the legacy sentinels (-1, '', 0) to null/false. */
export interface TaskConfig {
  /** Points per completion (legacy `cpoint`), decimal string. Used below the first step threshold too. */
  readonly points: string;
  /** Experience per completion (legacy `score`), decimal string. */
  readonly exp: string;
  /** Parsed `step_cpoint`; empty means flat `points`. */
  readonly pointsSteps: readonly StepEntry[];
  /** Parsed `step_score`; empty means flat `exp`. */
  readonly expSteps: readonly StepEntry[];
  /** Legacy `status` is inverted (0 = open, 1 = closed); map it here once so nobody else has to. */
  readonly status: 'ENABLED' | 'DISABLED';
  /** Legacy `s_time`; inclusive. null = no limit (legacy ''). */
  readonly startAt: Date | null;
  /** Legacy `e_time`; inclusive (a submission exactly at endAt still counts). null = no limit. */
  readonly endAt: Date | null;
  /** Legacy `s_grade`, inclusive; null = no lower bound (legacy -1). */
  readonly minGrade: number | null;
  /** Legacy `e_grade`, inclusive; null = no upper bound (legacy -1). */
  readonly maxGrade: number | null;
  /**
   * Legacy `batch` (是否可批量执行, default 1): whether one submission may carry `times` > 1.
   * When false, a multi-times submission is counted as a single completion rather than refused,
   * because the action did happen and refusing would lose the first completion too.
   */
  readonly batch: boolean;
  /** Legacy `repeat`; false = at most one completion over the member's lifetime. */
  readonly repeatable: boolean;
  /**
   * Legacy `r_flag`. NONE makes the "period" the member's whole history, so the per-period
   * limits below become lifetime limits.
   */
  readonly periodUnit: PeriodUnit;
  /** Legacy `r_ratio`: a period is `periodRatio` units long. Integer >= 1 (legacy default 0 means 1). */
  readonly periodRatio: number;
  /** Legacy `r_count`: most completions per period; null = unlimited (legacy -1). */
  readonly maxCompletionsPerPeriod: number | null;
  /**
   * Legacy `r_cpoint`: most points per period; null = unlimited (legacy -1). The legacy doc's
   * notes for r_cpoint and r_score are swapped; the field names (cpoint = points) win.
   */
  readonly pointsCapPerPeriod: string | null;
  /** Legacy `r_score`: most experience per period; null = unlimited. */
  readonly expCapPerPeriod: string | null;
  /** Legacy `r_filter`: one completion per `target` per period (lifetime when NONE). */
  readonly dedupeByTarget: boolean;
  /** Legacy `r_step`: true = step counter restarts each period; false = counts lifetime completions. */
  readonly stepResetsEachPeriod: boolean;
}

/** Thrown for a step table string that cannot be trusted; the message names the bad entry. */
export class StepTableError extends Error {
  override readonly name = 'StepTableError';
}

const AMOUNT_RE = /^\d+(\.\d{1,2})?$/;

/** Parse a non-negative amount with at most 2 decimals; every money-like value enters through here. */
function toAmount(value: string, what: string): Decimal {
  if (!AMOUNT_RE.test(value.trim())) {
    throw new RangeError(`${what} must be a non-negative decimal with at most 2 places, got '${value}'`);
  }
  return new Decimal(value.trim());
}

/**
 * Parse a legacy step table such as `'1:2,20:40.5'` (completions 1-19 earn 2, the 20th on 40.5).
 * Returns entries sorted by threshold; an empty/blank string means "no table". Rejects anything
 * ambiguous (non-integer or non-positive thresholds, duplicates, bad amounts, empty entries) because
 * a silently mis-read table would award the wrong amount on every submission.
 */
export function parseStepTable(text: string): StepEntry[] {
  if (text.trim() === '') return [];
  const entries = text.split(',').map((raw) => {
    const parts = raw.split(':').map((p) => p.trim());
    if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
      throw new StepTableError(`step table entry '${raw}' must look like 'from:amount'`);
    }
    const [fromText, amountText] = parts as [string, string];
    if (!/^\d+$/.test(fromText) || Number(fromText) < 1 || !Number.isSafeInteger(Number(fromText))) {
      throw new StepTableError(`step threshold '${fromText}' must be a positive integer`);
    }
    if (!AMOUNT_RE.test(amountText)) {
      throw new StepTableError(`step amount '${amountText}' must be a non-negative decimal with at most 2 places`);
    }
    return {
      from: Number(fromText),
      amount: new Decimal(amountText).toString(),
    };
  });
  entries.sort((a, b) => a.from - b.from);
  for (let i = 1; i < entries.length; i++) {
    if (entries[i]!.from === entries[i - 1]!.from) {
      throw new StepTableError(`step threshold ${entries[i]!.from} appears more than once`);
    }
  }
  return entries;
}

/** Inverse of {@link parseStepTable}, for the legacy list/update APIs. Empty table gives ''. */
export function formatStepTable(table: readonly StepEntry[]): string {
  return [...table]
    .sort((a, b) => a.from - b.from)
    .map((e) => `${e.from}:${e.amount}`)
    .join(',');
}

/**
 * Amount earned by completion number `n` (1-based): the entry with the greatest `from <= n`.
 * Below the first threshold (a table like '5:10') the flat amount applies, since legacy
 * `score`/`cpoint` are mandatory and the table only overrides them from its first row on.
 */
export function stepAmount(table: readonly StepEntry[], n: number, flat: string): string {
  let amount = flat;
  for (const e of table) if (e.from <= n) amount = e.amount;
  return amount;
}

/** Half-open window [start, end) of one period. */
export interface PeriodWindow {
  readonly start: Date;
  readonly end: Date;
}

const DAY_MS = 86_400_000;
/** Local day number (days since 1970-01-01) of Monday 1970-01-05: the epoch all windows count from. */
const EPOCH_MONDAY = 4;
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** Days since 1970-01-01 of the calendar date `instantMs` shows in `timeZone`. */
function localDayNumber(instantMs: number, timeZone: string): number {
  let fmt = dateFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    dateFormatters.set(timeZone, fmt);
  }
  const p = Object.fromEntries(fmt.formatToParts(instantMs).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / DAY_MS;
}

/**
 * First instant whose local date is `day` or later. Found by binary search over whole seconds
 * rather than by offset arithmetic, so it stays right where local midnight does not exist (zones
 * that spring forward at 00:00, e.g. America/Santiago: the day then starts at 01:00 local).
 * UTC offsets lie within -12h..+14h, so the answer lies within 15h either side of UTC midnight.
 */
function startOfLocalDay(day: number, timeZone: string): Date {
  let lo = day * DAY_MS - 15 * 3_600_000; // shows an earlier day
  let hi = day * DAY_MS + 15 * 3_600_000; // shows `day` or later
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (localDayNumber(mid, timeZone) >= day) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/**
 * The period containing `now` in the merchant's IANA `timeZone`. DAY periods start at local
 * midnight, WEEK periods on Monday 00:00 local. With `ratio` > 1 the periods are `ratio` units
 * long and counted from Monday 1970-01-05 local, so consecutive windows tile time without overlap
 * and do not depend on when the task was created. Across DST changes a "day" is 23 or 25 hours.
 */
export function periodWindow(now: Date, unit: Exclude<PeriodUnit, 'NONE'>, ratio: number, timeZone: string): PeriodWindow {
  if (!Number.isSafeInteger(ratio) || ratio < 1) throw new RangeError(`period ratio must be an integer >= 1, got ${ratio}`);
  const length = ratio * (unit === 'WEEK' ? 7 : 1);
  const today = localDayNumber(now.getTime(), timeZone);
  const startDay = EPOCH_MONDAY + Math.floor((today - EPOCH_MONDAY) / length) * length;
  return {
    start: startOfLocalDay(startDay, timeZone),
    end: startOfLocalDay(startDay + length, timeZone),
  };
}

/** What the member already has in the current period (the caller counts these from the ledgers). */
export interface SubmissionCounters {
  /** Completions in the current period (lifetime when periodUnit is NONE). */
  readonly completionsInPeriod: number;
  /** Lifetime completions: step counting without reset, and the non-repeatable check. */
  readonly completionsTotal: number;
  readonly pointsAwardedInPeriod: string;
  readonly expAwardedInPeriod: string;
  /** Whether `target` was already counted in this period (ever, when periodUnit is NONE). */
  readonly targetAlreadyDoneInPeriod: boolean;
}

export interface SubmissionInput {
  readonly config: TaskConfig;
  readonly now: Date;
  /** Merchant's IANA time zone; periods follow the merchant, not the server. */
  readonly timeZone: string;
  readonly memberGrade: number;
  /** Completions submitted at once (legacy `times`), integer >= 1. */
  readonly times: number;
  readonly target: string | null;
  readonly counters: SubmissionCounters;
}

/** Why a submission earned nothing (see TaskRefusalReason for the order the rules are checked in). */
export type RefusalReason = `${TaskRefusalReason}`;

/** 'NO_TASK' is the caller's outcome when no task maps to the op; decideSubmission never returns it. */
export type SubmissionCode = `${TaskSubmissionCode}`;

/** Legacy `task/submit` `code`: 0 done, 1 a rule refused, 2 op did not map to a task. */
export const LEGACY_SUBMISSION_CODE: Readonly<Record<SubmissionCode, 0 | 1 | 2>> = {
  DONE: 0,
  REFUSED: 1,
  NO_TASK: 2,
};

export interface SubmissionDecision {
  readonly code: Exclude<SubmissionCode, 'NO_TASK'>;
  readonly reason: RefusalReason | null;
  readonly completionsCounted: number;
  /** Points to award, 2-decimal string ('0.00' when refused). */
  readonly points: string;
  readonly exp: string;
  /** Current period; null when periodUnit is NONE. */
  readonly periodStart: Date | null;
  readonly periodEnd: Date | null;
}

/**
 * Most completions one submission may carry. Completions are evaluated one by one, so an
 * unbounded client-supplied `times` would be a denial of service when no `r_count` applies.
 */
export const MAX_TIMES = 1000;

/**
 * Decide what one submission awards. Rule order: status, time window, grade window, repeatable,
 * target de-duplication, per-period completion limit, then completions one by one. Each completion
 * n (per period if `stepResetsEachPeriod`, else lifetime) earns its step amount; caps cut the award
 * part-way, so the last counted completion may earn a fraction of its amount. Counting stops at the
 * first completion that the caps leave with nothing, so capped completions do not consume `r_count`
 * or advance the step counter. If the very first one earns nothing because of the caps, the
 * submission is refused with CAP_REACHED. A task configured to award zero is still DONE.
 * Dedupe by target makes a submission worth one completion at most, and a dedupe task refuses a
 * submission without a target (TARGET_REQUIRED) so omitting the target cannot bypass the filter.
 */
export function decideSubmission(input: SubmissionInput): SubmissionDecision {
  const { config: c, now, counters } = input;
  if (!Number.isSafeInteger(input.times) || input.times < 1 || input.times > MAX_TIMES) {
    throw new RangeError(`times must be an integer from 1 to ${MAX_TIMES}, got ${input.times}`);
  }
  const window = c.periodUnit === 'NONE' ? null : periodWindow(now, c.periodUnit, c.periodRatio, input.timeZone);
  const decision = (
    reason: RefusalReason | null,
    counted = 0,
    points = new Decimal(0),
    exp = new Decimal(0),
  ): SubmissionDecision => ({
    code: reason === null ? 'DONE' : 'REFUSED',
    reason,
    completionsCounted: counted,
    points: points.toFixed(2),
    exp: exp.toFixed(2),
    periodStart: window?.start ?? null,
    periodEnd: window?.end ?? null,
  });

  if (c.status !== 'ENABLED') return decision('DISABLED');
  if (c.startAt && now.getTime() < c.startAt.getTime()) return decision('NOT_STARTED');
  if (c.endAt && now.getTime() > c.endAt.getTime()) return decision('ENDED');
  if ((c.minGrade !== null && input.memberGrade < c.minGrade) || (c.maxGrade !== null && input.memberGrade > c.maxGrade)) {
    return decision('GRADE_OUT_OF_RANGE');
  }
  if (!c.repeatable && counters.completionsTotal >= 1) return decision('NOT_REPEATABLE');
  if (c.dedupeByTarget && input.target === null) return decision('TARGET_REQUIRED');
  if (c.dedupeByTarget && counters.targetAlreadyDoneInPeriod) return decision('DUPLICATE_TARGET');
  const limit = c.maxCompletionsPerPeriod;
  if (limit !== null && counters.completionsInPeriod >= limit) return decision('PERIOD_LIMIT_REACHED');

  let times = c.batch && c.repeatable && !c.dedupeByTarget ? input.times : 1;
  if (limit !== null) times = Math.min(times, limit - counters.completionsInPeriod);

  const remaining = (cap: string | null, awarded: string, what: string): Decimal | null =>
    cap === null ? null : Decimal.max(0, toAmount(cap, what).minus(toAmount(awarded, `${what} awarded`)));
  let pointsLeft = remaining(c.pointsCapPerPeriod, counters.pointsAwardedInPeriod, 'points cap');
  let expLeft = remaining(c.expCapPerPeriod, counters.expAwardedInPeriod, 'exp cap');
  const base = c.stepResetsEachPeriod ? counters.completionsInPeriod : counters.completionsTotal;
  let points = new Decimal(0);
  let exp = new Decimal(0);
  let counted = 0;
  for (let i = 1; i <= times; i++) {
    const rawPoints = toAmount(stepAmount(c.pointsSteps, base + i, c.points), 'points');
    const rawExp = toAmount(stepAmount(c.expSteps, base + i, c.exp), 'exp');
    const gotPoints = pointsLeft === null ? rawPoints : Decimal.min(rawPoints, pointsLeft);
    const gotExp = expLeft === null ? rawExp : Decimal.min(rawExp, expLeft);
    if (gotPoints.plus(gotExp).isZero() && !rawPoints.plus(rawExp).isZero()) break;
    points = points.plus(gotPoints);
    exp = exp.plus(gotExp);
    if (pointsLeft !== null) pointsLeft = pointsLeft.minus(gotPoints);
    if (expLeft !== null) expLeft = expLeft.minus(gotExp);
    counted++;
  }
  return counted === 0 ? decision('CAP_REACHED') : decision(null, counted, points, exp);
}
