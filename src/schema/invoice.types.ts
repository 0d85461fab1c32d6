import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CardRefFields, MemberCard } from './card.types.js';
import { DecimalScalar } from './decimal.scalar.js';
import { DateTime, SafeInt } from './scalars.js';
import { MutationPayload, PaginatedList } from './generic.types.js';

@ObjectType()
export class Invoice {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => ID)
  memberCardId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field(() => ID, { nullable: true })
  storeId!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@InputType()
export class AddInvoiceInput extends CardRefFields {
  @Field(() => DecimalScalar, { description: 'At most the card’s invoiceable amount.' })
  amount!: string;

  @Field(() => String, { nullable: true })
  imageUrl?: string | null;

  @Field(() => ID, { nullable: true })
  storeId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType()
export class InvoicePayload extends MutationPayload {
  @Field(() => Invoice, { nullable: true })
  invoice?: Invoice | null;

  @Field(() => MemberCard, { nullable: true })
  card?: MemberCard | null;
}

@ObjectType()
export class InvoiceList extends PaginatedList(() => Invoice) {
  @Field(() => DecimalScalar)
  totalAmount!: string;
}
