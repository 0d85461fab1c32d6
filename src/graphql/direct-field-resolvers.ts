import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * The classes of GraphQL object types whose prototypes declare nothing (no getter, setter or
 * method, up the chain to Object), seen when {@link noteDataOnlyClasses} ran: at module load,
 * before the ORM starts. MikroORM later defines accessors for every entity property on the
 * entity's prototype; those only store and return the values a plain object holds as its own.
 * Taken later, the snapshot sees them and names no entity: resolvers then stay wrapped (slower,
 * never wrong).
 */
const dataOnlyClasses = new Set<unknown>();

/** Records which object types' classes hold data only; build-schema.ts calls it as its module loads. */
export function noteDataOnlyClasses(): void {
  for (const { target } of getMetadataStorage().objectTypes) {
    let declares = false;
    for (let proto = target.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      if (Object.getOwnPropertyNames(proto).some((name) => name !== 'constructor')) declares = true;
    }
    if (!declares) dataOnlyClasses.add(target);
  }
}

const dataOnly = (type: unknown) => dataOnlyClasses.has(type);

/** The extension that marks a field whose resolver is called directly (for tests and readers of the schema). */
export const CALLED_DIRECTLY = 'calledDirectly';

/**
 * Calls plain field resolvers directly. type-graphql wraps every `@FieldResolver` in a function
 * that, per call, makes a resolver-data object, sorts the parameter list, and turns `@Root()` into
 * an instance of its class by copying every property of the object (a lean member row: 23
 * properties, for a field that reads one id). A page of 20 members showing their channels made
 * 20 such copies; its profile put them at 2 % of the request.
 *
 * A field resolver is called directly, `(root, args, ctx, info) => method(root, ctx…)`, when the
 * wrapper has nothing else to do: no middleware (global or its own), no `@Authorized` roles, and
 * parameters that are only `@Root()`, `@Ctx()` and `@Info()` (no arguments to convert or
 * validate). Its root is passed as it is rather than copied into the class, so only where the
 * class holds data only (no getter or method on its prototype could tell the two apart). The
 * resolver instance is made once, as type-graphql's default container does (one per class).
 * Run once on the built schema.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  if (storage.middlewares.length || storage.resolverMiddlewares.length) return schema;
  const instances = new Map<unknown, Record<string, (...args: unknown[]) => unknown>>();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || resolver.roles || resolver.middlewares?.length) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const direct = params.every(
      (param) =>
        (param.kind === 'context' && !param.propertyName) ||
        param.kind === 'info' ||
        (param.kind === 'root' && !param.propertyName && (!param.getType || dataOnly(param.getType()))),
    );
    const objectType = resolver.getObjectType?.();
    const typeName = storage.objectTypes.find((type) => type.target === objectType)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    if (!direct || !field) continue;
    let instance = instances.get(resolver.target);
    if (!instance) {
      instance = new (resolver.target as new () => Record<string, (...args: unknown[]) => unknown>)();
      instances.set(resolver.target, instance);
    }
    const method = instance[resolver.methodName]!;
    const target = instance;
    const kinds = params.map((param) => param.kind);
    // The common shapes without an array per call; any other order maps its parameters.
    const resolve: GraphQLFieldResolver<unknown, unknown> =
      kinds.join() === 'root,context'
        ? (root, _args, ctx) => method.call(target, root, ctx)
        : kinds.join() === 'root'
          ? (root) => method.call(target, root)
          : (root, _args, ctx, info) =>
              method.apply(
                target,
                kinds.map((kind) => (kind === 'root' ? root : kind === 'context' ? ctx : info)),
              );
    field.resolve = resolve;
    (field.extensions as Record<string, unknown>)[CALLED_DIRECTLY] = true;
  }
  return schema;
}
