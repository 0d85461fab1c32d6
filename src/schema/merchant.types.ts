import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApiKeyRole } from '../domain/access.enums.js';
import { OrgType } from '../domain/member.enums.js';
import { DateTime, JSONObject, SafeInt } from './scalars.js';
import { MutationPayload } from './generic.types.js';

@ObjectType({ description: 'The merchant (tenant) the calling key belongs to.' })
export class Merchant {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'The legal name (members-rest `merchant.fullName`).' })
  fullName!: string | null;

  @Field(() => String, { description: 'IANA time zone used for legacy timestamps and daily/weekly periods.' })
  timeZone!: string;

  @Field(() => JSONObject)
  settings!: Record<string, unknown>;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType()
export class Store {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  area!: string | null;

  @Field(() => String, { nullable: true })
  contact!: string | null;

  @Field(() => OrgType)
  orgType!: OrgType;

  @Field(() => DateTime)
  createdAt!: Date;
}

@InputType()
export class CreateStoreInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  area?: string | null;

  @Field(() => String, { nullable: true })
  contact?: string | null;

  @Field(() => OrgType, { nullable: true })
  orgType?: OrgType | null;
}

@ObjectType()
export class StorePayload extends MutationPayload {
  @Field(() => Store, { nullable: true })
  store?: Store | null;
}

@ObjectType({ description: 'An API key, without its secret.' })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The first characters of the key, to tell keys apart.' })
  prefix!: string;

  @Field(() => ApiKeyRole)
  role!: ApiKeyRole;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType()
export class CreateApiKeyPayload extends MutationPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey?: ApiKey | null;

  @Field(() => String, { nullable: true, description: 'The secret. Shown only here, once; store it now.' })
  secret?: string | null;
}

@ObjectType()
export class ApiKeyPayload extends MutationPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey?: ApiKey | null;
}

@ObjectType({ description: "The merchant's WeChat official-account app, without its secret." })
export class MerchantWechat {
  @Field(() => String, { nullable: true })
  appId!: string | null;

  @Field(() => String, { nullable: true, description: 'The original id (gh_…), members-rest `merchant.weixin.originID`.' })
  originId!: string | null;

  @Field(() => Boolean, { description: 'Whether an app secret is stored (it is never shown).' })
  appSecretSet!: boolean;
}

@InputType({ description: 'Omitted fields keep their value; null clears one.' })
export class MerchantProfileInput {
  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => String, { nullable: true })
  wechatAppId?: string | null;

  @Field(() => String, { nullable: true })
  wechatOriginId?: string | null;

  @Field(() => String, { nullable: true, description: 'Stored sealed; never shown again.' })
  wechatAppSecret?: string | null;
}

@ObjectType()
export class MerchantPayload extends MutationPayload {
  @Field(() => Merchant, { nullable: true })
  merchant?: Merchant | null;
}
