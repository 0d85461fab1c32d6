import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { MemberChannelResolver, MemberResolver } from '../resolvers/member.resolver.js';
import { MerchantResolver } from '../resolvers/merchant.resolver.js';
import { ShimAppResolver } from '../resolvers/shim-app.resolver.js';
import { authChecker } from './auth-checker.js';

/** Every resolver class; the schema is built from these and nothing else. */
export const resolvers = [MemberResolver, MemberChannelResolver, MerchantResolver, ShimAppResolver] as const;

let built: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process (type-graphql metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...resolvers],
    authChecker,
    // Input is validated in services (zod), where it also serves the shims.
    validate: false,
  });
  return built;
}
