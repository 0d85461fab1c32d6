import { z } from 'zod';
import {
  CpointLoyaltyAccountsDocument,
  CpointMembersByLoyaltyDocument,
  type LoyaltyMemberFilter,
  type LoyaltySortField,
} from '../../generated/graphql.js';
import { legacyInt, legacyNumber, legacyText } from '../common/legacy-format.js';
import type { ShimRoute } from '../common/shim-router.js';
import { paging } from './params.js';

const MAX_UIDS = 100;

interface Account {
  points: { current: string };
  experience: { current: string; gradeLevel: number };
}

/**
 * One member as both listing routes show it: `{<uid>: {cpoints, scores, grade}}`. The routes
 * answer an array of these, one per member, so listSortInfo's order survives any JSON parser.
 */
const accountEntry = (id: string, account: Account) => ({
  [id]: {
    cpoints: legacyNumber(account.points.current),
    scores: legacyNumber(account.experience.current),
    grade: account.experience.gradeLevel,
  },
});

const accountOutput = z.array(
  z.record(
    z.string().describe('uid'),
    z.object({ cpoints: z.number(), scores: z.number(), grade: z.number().describe('grade level; 0 below every grade') }),
  ),
);

/** `uids`: comma-separated as the document says, or (JSON) an array of ids. */
const uids = z
  .union([legacyText, z.array(legacyText)], {
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be member ids separated by commas'),
  })
  .transform((v) => [...new Set((Array.isArray(v) ? v : v.split(',')).map((id) => id.trim()).filter(Boolean))])
  .pipe(z.array(z.string()).min(1, 'is required').max(MAX_UIDS, `at most ${MAX_UIDS} uids at once`));

const listInfoInput = z.object({ uids });

/** user/listInfo: points, experience and grade of many members; unknown uids are left out. */
export const listInfo: ShimRoute<z.output<typeof listInfoInput>> = {
  path: '/user/listInfo',
  transaction: 'read',
  summary: `Points, experience and grade of up to ${MAX_UIDS} members (loyaltyAccounts), in the order asked; uids of no member are left out.`,
  input: listInfoInput,
  output: accountOutput,
  async handle(call, input) {
    const accounts = (await call.run(CpointLoyaltyAccountsDocument, { memberIds: input.uids })).loyaltyAccounts;
    return accounts.map((account) => accountEntry(account.memberId, account));
  },
};

const FIELDS = { score: 'EXPERIENCE', cpoint: 'POINTS', grade: 'GRADE' } as const satisfies Record<string, LoyaltySortField>;

/**
 * `condition`: `score`, `cpoint` or `grade`, the field to sort by, optionally `=<value>` to keep
 * only members whose field equals that value (`grade=2`), or `=*` for all (the same as no value).
 */
const condition = legacyText
  .transform((text, ctx) => {
    const match = /^(score|cpoint|grade)(?:=(.*))?$/.exec(text);
    const value = match?.[2]?.trim();
    if (!match) {
      ctx.addIssue({ code: 'custom', message: "must be score, cpoint or grade, optionally '=<value>' or '=*'" });
      return z.NEVER;
    }
    const field = match[1] as keyof typeof FIELDS;
    const filter: LoyaltyMemberFilter = {};
    if (value !== undefined && value !== '*' && value !== '') {
      const ok = field === 'grade' ? /^\d{1,3}$/.test(value) : /^\d{1,12}(\.\d{1,2})?$/.test(value);
      if (!ok) {
        ctx.addIssue({ code: 'custom', message: `'${value}' is not a ${field === 'grade' ? 'grade level' : 'value'}` });
        return z.NEVER;
      }
      if (field === 'grade') filter.gradeLevel = Number(value);
      if (field === 'score') Object.assign(filter, { experienceMin: value, experienceMax: value });
      if (field === 'cpoint') Object.assign(filter, { pointsMin: value, pointsMax: value });
    }
    return { field: FIELDS[field], filter };
  })
  .meta({ description: "score, cpoint or grade; 'grade=2' keeps grade 2 only; 'score=*' is all" });

const listSortInput = z.object({
  condition,
  sort: legacyInt
    .pipe(z.union([z.literal(1), z.literal(-1)], { error: 'must be 1 (ascending) or -1 (descending)' }))
    .optional()
    .default(-1),
  ...paging,
});

/** user/listSortInfo: members ranked by points, experience or grade, a page at a time. */
export const listSortInfo: ShimRoute<z.output<typeof listSortInput>> = {
  path: '/user/listSortInfo',
  transaction: 'read',
  summary: 'Members ranked by score (experience), cpoint or grade (membersByLoyalty), page by page; limit at most 100.',
  input: listSortInput,
  output: accountOutput,
  async handle(call, input) {
    const members = (
      await call.run(CpointMembersByLoyaltyDocument, {
        filter: input.condition.filter,
        orderBy: { field: input.condition.field, direction: input.sort === 1 ? 'ASC' : 'DESC' },
        page: { offset: (input.page - 1) * input.limit, limit: input.limit },
      })
    ).membersByLoyalty;
    return members.items.map((member) => accountEntry(member.id, member));
  },
};
