import 'reflect-metadata';
import { buildSchema, printSchema } from 'graphql';
import { getSchema } from '../src/graphql/build-schema.js';

/**
 * The public schema, for GraphQL Code Generator (codegen.yml points here, compiled). Rebuilt from
 * its printed SDL so enums carry their wire names (OrgType is HEAD_OFFICE, not the number 1 the
 * resolvers use inside): the generated operation types then match what clients and shims send.
 */
export const schema = buildSchema(printSchema(await getSchema()));
