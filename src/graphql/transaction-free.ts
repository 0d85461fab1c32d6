import { BREAK, isObjectType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { READS_ONE_TRIP } from '../resolvers/reads-one-trip.js';

/**
 * Queries that need no transaction. A query on /graphql runs in one read-only merchant-scoped
 * transaction (http/compiled-queries.ts, query-transaction.ts) so that its ORM reads share one
 * `begin` and merchant setting. A query whose every field reads only through lean one-message
 * statements (db/one-trip.ts scopedRows: the merchant's setting and the statement as one implicit
 * transaction) gains nothing from one: the compiled lane runs it without, and each of its reads is
 * one message carrying its own merchant, with no `begin` or `rollback` to parse and run.
 *
 * A field may run outside a transaction when it reads nothing (a property of the object its
 * parent resolved, `__typename`) or when its resolver says so with `@ReadsOneTrip()`
 * (resolvers/reads-one-trip.ts). Any other field (a resolver method not marked) puts the whole
 * query back in a transaction.
 */
const OUTSIDE_TRANSACTION = 'runsOutsideTransaction';

/** `Type.field` of every resolver method (queries, field resolvers) in type-graphql's metadata. */
function resolverMethods(): Set<string> {
  const storage = getMetadataStorage();
  const typeNameOf = (target: unknown): string => {
    const type = storage.objectTypes.find((o) => o.target === target) ?? storage.interfaceTypes.find((i) => i.target === target);
    // A resolver method whose type cannot be named could not be told from a property: refuse to guess.
    if (!type) throw new Error('A field resolver of an unknown object type: cannot tell which fields read.');
    return type.name;
  };
  return new Set<string>([
    ...storage.queries.map((q) => `Query.${q.schemaName}`),
    ...storage.fieldResolvers.map((f) => `${typeNameOf(f.getObjectType?.())}.${f.schemaName}`),
  ]);
}

/**
 * Marks every object field that may run outside a transaction (`extensions.runsOutsideTransaction`):
 * the properties (fields without a resolver method in type-graphql's metadata) and the resolvers
 * marked `@ReadsOneTrip()`. Run once on the built schema.
 */
export function markTransactionFreeFields(schema: GraphQLSchema): GraphQLSchema {
  const methods = resolverMethods();
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const method = roots.has(type) || methods.has(`${type.name}.${field.name}`);
      if (!method || field.extensions[READS_ONE_TRIP] === true) {
        (field.extensions as Record<string, unknown>)[OUTSIDE_TRANSACTION] = true;
      }
    }
  }
  return schema;
}

/**
 * Takes type-graphql's resolver off the plain property fields, those with nothing to run around
 * the read (no roles, no middleware, the property named as the field): its wrapper builds a
 * resolver-data object and a closure per field per row to return `source[name]`, which is what
 * graphql's default resolver does, and which graphql-jit then inlines. A page of 20 members
 * with ten fields each ran 200 of them.
 */
export function dropPropertyResolvers(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  if (storage.middlewares.length || storage.resolverMiddlewares.length) return schema;
  const methods = resolverMethods();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const property of objectType.fields ?? []) {
      const field = fields[property.schemaName];
      const plain = property.name === property.schemaName && !property.roles && !property.middlewares?.length;
      if (field && plain && !methods.has(`${type.name}.${field.name}`)) field.resolve = undefined;
    }
  }
  return schema;
}

/** True when every field the document selects (in any operation or fragment) may run outside a transaction. */
export function runsWithoutTransaction(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let free = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__typename') return;
        if (typeInfo.getFieldDef()?.extensions[OUTSIDE_TRANSACTION] !== true) {
          free = false;
          return BREAK;
        }
      },
    }),
  );
  return free;
}
