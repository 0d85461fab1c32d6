import { GraphQLScalarType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { resolverMethods, typeNameOf } from './transaction-free.js';

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

/** A type-graphql argument type that its wrapper passes through unconverted: a scalar or an enum. */
function passedAsIs(type: unknown): boolean {
  if (type instanceof GraphQLScalarType || type === String || type === Number || type === Boolean) return true;
  // A TypeScript enum registered with registerEnumType: a plain object of values, not a class.
  return typeof type === 'object' && type !== null && getMetadataStorage().enums.some((e) => e.enumObj === type);
}

type Param = ReturnType<typeof getMetadataStorage>['params'][number];

/** What the wrapper would pass for one parameter, when it would pass it unconverted (else null). */
function directParam(
  param: Param,
): ((root: unknown, args: Record<string, unknown>, ctx: unknown, info: unknown) => unknown) | null {
  switch (param.kind) {
    case 'context':
      return param.propertyName ? null : (_root, _args, ctx) => ctx;
    case 'info':
      return (_root, _args, _ctx, info) => info;
    case 'root':
      return !param.propertyName && (!param.getType || dataOnly(param.getType())) ? (root) => root : null;
    case 'arg': {
      if (param.validateFn || param.validateSettings || !passedAsIs(param.getType())) return null;
      const name = param.name;
      return (_root, args) => args[name];
    }
    default:
      return null;
  }
}

/**
 * Takes type-graphql's per-call wrapper off every field where it has nothing to do: property
 * fields get no resolver at all, and resolver methods whose parameters need no conversion are
 * called directly (both below). Nothing changes while any global or resolver middleware is
 * registered: the wrapper is what runs it. Run once on the built schema.
 */
export function callResolversDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  if (storage.middlewares.length || storage.resolverMiddlewares.length) return schema;
  dropPropertyResolvers(schema);
  callMethodsDirectly(schema);
  return schema;
}

/**
 * Takes type-graphql's resolver off the plain property fields, those with nothing to run around
 * the read (no roles, no middleware, the property named as the field): its wrapper builds a
 * resolver-data object and a closure per field per row to return `source[name]`, which is what
 * graphql's default resolver does, and which graphql-jit then inlines. A page of 20 members
 * with ten fields each ran 200 of them.
 */
function dropPropertyResolvers(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
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
}
/**
 * Calls plain resolvers directly. type-graphql wraps every resolver method in a function that,
 * per call, makes a resolver-data object, sorts the parameter list, awaits an (async) validation
 * of every argument, and turns `@Root()` into an instance of its class: `new Member()` (its
 * property initialisers included), then every property of the object copied in, through MikroORM's
 * prototype setters (a lean member row: 23 properties, for a field that reads one id). A page of
 * 20 members showing their channels made 20 such copies; its profile put them at 2 % of the
 * request, and a member(id) query paid the argument's promise hops.
 *
 * A field resolver or query is called directly, `(root, args, ctx, info) => method(…)`, when the
 * wrapper has nothing else to do: no middleware (global or its own), no `@Authorized` roles, and
 * parameters that are only `@Root()`, `@Ctx()`, `@Info()` and `@Arg()`s of scalar or enum types
 * without validation settings (validation is off schema-wide: services validate). Its root is
 * passed as it is rather than copied into the class, so only where the class holds data only (no
 * getter or method on its prototype could tell the two apart). The resolver instance is made once,
 * as type-graphql's default container does (one per class). Mutations keep their wrapper.
 */
function callMethodsDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const instances = new Map<unknown, Record<string, (...args: unknown[]) => unknown>>();
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  const candidates = [
    ...storage.fieldResolvers
      .filter((resolver) => resolver.kind === 'external')
      .map((resolver) => {
        const type = schema.getType(typeNameOf(resolver.getObjectType?.()));
        return { resolver, field: isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined };
      }),
    ...storage.queries.map((resolver) => ({ resolver, field: queryFields[resolver.schemaName] })),
  ];
  for (const { resolver, field } of candidates) {
    if (!field || resolver.roles || resolver.middlewares?.length) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const getters = params.map(directParam);
    if (getters.some((getter) => getter === null)) continue;
    let instance = instances.get(resolver.target);
    if (!instance) {
      instance = new (resolver.target as new () => Record<string, (...args: unknown[]) => unknown>)();
      instances.set(resolver.target, instance);
    }
    const method = instance[resolver.methodName]!;
    const target = instance;
    const shape = params.map((param) => param.kind).join();
    const pass = getters as NonNullable<(typeof getters)[number]>[];
    // The common shapes without an array per call; any other maps its parameters.
    const resolve: GraphQLFieldResolver<unknown, unknown, unknown> =
      shape === 'root,context'
        ? (root, _args, ctx) => method.call(target, root, ctx)
        : shape === 'root'
          ? (root) => method.call(target, root)
          : (root, args, ctx, info) =>
              method.apply(
                target,
                pass.map((get) => get(root, args as Record<string, unknown>, ctx, info)),
              );
    field.resolve = resolve;
    (field.extensions as Record<string, unknown>)[CALLED_DIRECTLY] = true;
  }
}
