import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ShimAppStatus, ShimContract } from '../domain/access.enums.js';
import { DateTime } from './scalars.js';
import { MutationPayload } from './generic.types.js';

registerEnumType(ShimContract, { name: 'ShimContract', description: 'A legacy API contract answered by a shim.' });
registerEnumType(ShimAppStatus, { name: 'ShimAppStatus' });

@ObjectType({ description: "A legacy caller's credentials for one contract. Secrets are never shown here." })
export class ShimApp {
  @Field(() => ID)
  id!: string;

  @Field(() => ShimContract)
  contract!: ShimContract;

  @Field(() => String, { description: 'What the caller sends: appId, appName or X-App-Id.' })
  appKey!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'partner-openapi partnerId the requests must carry.' })
  partnerId!: string | null;

  @Field(() => String, { nullable: true })
  publicKeyPem!: string | null;

  @Field(() => ShimAppStatus)
  status!: ShimAppStatus;

  @Field(() => Boolean, { description: 'Accepts unsigned requests (sign "skip"). Development only.' })
  allowUnsigned!: boolean;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true })
  revokedAt!: Date | null;
}

@InputType()
export class CreateShimAppInput {
  @Field(() => ShimContract)
  contract!: ShimContract;

  @Field(() => String)
  name!: string;

  @Field(() => String, {
    nullable: true,
    deprecationReason:
      'App keys name apps across all merchants, so choosing one would tell whether another merchant uses it. Keys are generated; the operator sets a chosen one (cli shimapp:create --app-key).',
    description: 'Refused when given (INVALID_INPUT): see the deprecation reason.',
  })
  appKey?: string | null;

  @Field(() => String, { nullable: true, description: 'partner-openapi only; generated when omitted.' })
  partnerId?: string | null;

  @Field(() => String, { nullable: true, description: "partner-openapi: the partner's RSA public key (PEM)." })
  publicKeyPem?: string | null;

  @Field(() => Boolean, { nullable: true })
  allowUnsigned?: boolean | null;
}

@ObjectType()
export class CreateShimAppPayload extends MutationPayload {
  @Field(() => ShimApp, { nullable: true })
  app?: ShimApp | null;

  @Field(() => String, { nullable: true, description: 'HMAC secret (cpoint-inner, erp-member-points). Shown only here.' })
  secret?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "partner-openapi: the merchant's public key that verifies response signatures.",
  })
  signingPublicKeyPem?: string | null;
}

@ObjectType()
export class ShimAppPayload extends MutationPayload {
  @Field(() => ShimApp, { nullable: true })
  app?: ShimApp | null;
}
