import 'reflect-metadata';
import { getSchema } from '../src/graphql/build-schema.js';

/** The executable schema, for GraphQL Code Generator (codegen.yml points here, compiled). */
export const schema = await getSchema();
