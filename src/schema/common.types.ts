import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ErrorCode } from '../errors/error-code.js';

@ObjectType({ description: 'An expected failure: the caller can fix the input or the situation and retry.' })
export class UserError {
  @Field(() => ErrorCode)
  code!: ErrorCode;

  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, as a dotted path.' })
  field!: string | null;
}

@InputType({
  description:
    'A page: by offset, or after a cursor (pageInfo.endCursor of the previous page; offset must then be 0). `limit` is capped by the server (MAX_PAGE_SIZE).',
})
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  offset: number = 0;

  @Field(() => Int, { defaultValue: 20 })
  limit: number = 20;

  @Field(() => String, {
    nullable: true,
    description: 'Start after the row of this cursor (keyset paging: as fast on page 10,000 as on page 1).',
  })
  after?: string | null;
}
