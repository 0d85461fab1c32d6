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

/**
 * The GraphQL name of the object (or interface) type a resolver method's fields belong to. A
 * method whose type cannot be named could not be told from a property: refuse to guess.
 */
export function typeNameOf(target: unknown): string {
  const storage = getMetadataStorage();
  const type = storage.objectTypes.find((o) => o.target === target) ?? storage.interfaceTypes.find((i) => i.target === target);
  if (!type) throw new Error('A field resolver of an unknown object type: cannot tell which fields read.');
  return type.name;
}

/** `Type.field` of every resolver method (queries, field resolvers) in type-graphql's metadata. */
export function resolverMethods(): Set<string> {
  const storage = getMetadataStorage();
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
