import { z } from 'zod';
import { MAX_TIMES } from '../../domain/task-rules.js';
import { CpointSubmitTaskDocument } from '../../generated/graphql.js';
import { legacyInt, legacyNumber, optionalLegacyText } from '../common/legacy-format.js';
import { unwrapPayload } from '../common/run-operation.js';
import type { ShimRoute } from '../common/shim-router.js';
import { idempotencyKeyOf, requestId, requiredText, uid } from './params.js';

const submitInput = z.object({
  uid,
  op: requiredText(64),
  target: optionalLegacyText,
  times: legacyInt.pipe(z.number().min(1, 'is 1 or more').max(MAX_TIMES, `is at most ${MAX_TIMES}`)).optional(),
  requestId,
});

/**
 * task/submit: the member did `op`; the task mapped to it applies its rules and awards c-points
 * and experience. A refusal by the rules is `code` 1 and an op no task has is `code` 2, both with
 * status 200, as the document has it.
 */
export const taskSubmit: ShimRoute<z.output<typeof submitInput>> = {
  path: '/task/submit',
  summary:
    'Submit a task op (submitTask): code 0 done, 1 a rule refused, 2 no task for the op; with the awards, the new totals and the grade table.',
  input: submitInput,
  output: z.object({
    cpoint: z.number().describe('c-points awarded now'),
    score: z.number().describe('experience awarded now'),
    newScore: z.number().describe("the member's experience after"),
    newCpoint: z.number().describe("the member's c-points after"),
    code: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    grades: z.record(z.string(), z.number()).describe('{level: experience threshold}'),
  }),
  async handle(call, input) {
    const result = unwrapPayload(
      (
        await call.run(CpointSubmitTaskDocument, {
          input: {
            memberId: input.uid,
            op: input.op,
            target: input.target,
            times: input.times,
            idempotencyKey: idempotencyKeyOf(call, input.requestId),
          },
        })
      ).submitTask,
    );
    return {
      cpoint: legacyNumber(result.points),
      score: legacyNumber(result.experience),
      newScore: legacyNumber(result.experienceBalance),
      newCpoint: legacyNumber(result.pointsBalance),
      code: result.legacyCode,
      grades: Object.fromEntries((result.grades ?? []).map((g) => [String(g.level), legacyNumber(g.threshold)])),
    };
  },
};
