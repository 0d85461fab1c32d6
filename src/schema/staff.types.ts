import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Permission } from '../domain/access.enums.js';
import { DateTime, SafeInt } from './scalars.js';
import { MutationPayload } from './generic.types.js';

registerEnumType(Permission, { name: 'Permission', description: 'What a caller may change; reads need only authentication.' });

@ObjectType({ description: 'A staff role: back-office menus and the permissions the API enforces.' })
export class StaffRole {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Menu keys the back office shows; not enforced by the API.' })
  menus!: string[];

  @Field(() => [Permission])
  permissions!: Permission[];
}

@ObjectType()
export class StaffUser {
  @Field(() => ID)
  id!: string;

  @Field(() => SafeInt, {
    description:
      'A stable number naming this within the merchant; accepted wherever the id is (legacy clients such as card-manage use it).',
  })
  numericId!: number;

  @Field(() => String)
  username!: string;

  @Field(() => String, { nullable: true })
  realName!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  avatarUrl!: string | null;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => ID, { nullable: true })
  roleId!: string | null;

  @Field(() => Int)
  loginCount!: number;

  @Field(() => DateTime, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => String, { nullable: true })
  lastLoginIp!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'Who is calling (legacy manage/user/info).' })
export class Viewer {
  @Field(() => String, { description: 'apiKey or staff.' })
  kind!: string;

  @Field(() => StaffUser, { nullable: true })
  staffUser!: StaffUser | null;

  @Field(() => [Permission])
  permissions!: Permission[];
}

@InputType({ description: 'The merchant is named because usernames are unique per merchant only.' })
export class StaffLoginInput {
  @Field(() => ID)
  merchantId!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String, { description: 'The password, or its MD5 hex as legacy clients send it.' })
  password!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The deviceToken an earlier login from this device answered: with it, failed logins elsewhere do not throttle this device.',
  })
  deviceToken?: string | null;
}

@ObjectType()
export class StaffLoginPayload extends MutationPayload {
  @Field(() => String, { nullable: true, description: 'Send as `Authorization: Bearer <token>`. Shown once.' })
  token?: string | null;

  @Field(() => DateTime, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Keep it on this device and send it with the next logins (OWASP device cookie): it keeps the user able to log in while someone else guesses their password.',
  })
  deviceToken?: string | null;

  @Field(() => StaffUser, { nullable: true })
  staffUser?: StaffUser | null;
}

@InputType()
export class StaffRoleInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { nullable: true })
  menus?: string[] | null;

  @Field(() => [Permission], { nullable: true })
  permissions?: Permission[] | null;
}

@InputType()
export class StaffProfileFields {
  @Field(() => String, { nullable: true })
  realName?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  avatarUrl?: string | null;

  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Stores the user acts for; empty: all stores.' })
  storeIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class CreateStaffUserInput extends StaffProfileFields {
  @Field(() => String)
  username!: string;

  @Field(() => String, { description: 'The password, or its MD5 hex.' })
  password!: string;
}

@InputType()
export class UpdateStaffUserInput extends StaffProfileFields {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class StaffUserPayload extends MutationPayload {
  @Field(() => StaffUser, { nullable: true })
  staffUser?: StaffUser | null;
}

@ObjectType()
export class StaffRolePayload extends MutationPayload {
  @Field(() => StaffRole, { nullable: true })
  staffRole?: StaffRole | null;
}

@ObjectType()
export class CountPayload extends MutationPayload {
  @Field(() => Int, { nullable: true })
  count?: number | null;
}
