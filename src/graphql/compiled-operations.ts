import {
  getNamedType,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isInputType,
  isScalarType,
  typeFromAST,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Query operations compiled once with graphql-jit: the field resolvers, argument coercion and
 * serializers bound per document instead of looked up per field on every execution. Used by the
 * compiled lane of /graphql (http/compiled-queries.ts) and by the shims' in-process operations
 * (shims/common/run-operation.ts), both for queries only and both with the same guards.
 */
export interface CompiledOperation {
  operation: OperationDefinitionNode;
  compiled: CompiledQuery;
}

const BUILT_IN_SCALARS = new Set(['ID', 'String', 'Int', 'Float', 'Boolean']);

/**
 * A type whose coerced values coerce to themselves, and that does not contain itself: graphql-jit
 * compiles a parser for a variable's whole type, and never finishes one for a recursive input
 * (`MemberWhere { and: [MemberWhere!] }`).
 */
function coercesToItself(type: GraphQLInputType, within = new Set<GraphQLInputType>()): boolean {
  const named = getNamedType(type);
  if (within.has(named)) return false;
  if (isScalarType(named)) return BUILT_IN_SCALARS.has(named.name);
  if (isEnumType(named)) return named.getValues().every((value) => value.value === value.name);
  if (!isInputObjectType(named)) return false;
  within.add(named);
  const simple = Object.values(named.getFields()).every((field) => coercesToItself(field.type, within));
  within.delete(named);
  return simple;
}

/** Introspection is Apollo's: a document that reads the schema itself is never compiled. */
function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * The compiled form of a valid document's query operation, or null when it is not one to compile:
 * not a query, introspection, or variables graphql-jit cannot be trusted with. Its own coercion
 * leaves out the defaults of input fields (`PageInput.offset: Int! = 0`, so `{ limit: 20 }` fails),
 * so variables are coerced by graphql itself first ({@link runCompiled}), and only operations whose
 * variable types coerce to themselves, where the second coercion changes nothing, are compiled.
 */
export function compileOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
): CompiledOperation | null {
  if (operation?.operation !== 'query' || introspects(document)) return null;
  const coercible = (operation.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(schema, definition.type);
    return !!type && isInputType(type) && coercesToItself(type);
  });
  if (!coercible) return null;
  const compiled = compileQuery(schema, document, operation.name?.value);
  return isCompiledQuery(compiled) ? { operation, compiled } : null;
}

/** The variables as graphql coerces them (defaults applied), or the errors graphql's executor would answer. */
export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { coerced: Record<string, unknown> } | { errors: readonly GraphQLError[] } {
  return getVariableValues(schema, operation.variableDefinitions ?? [], variables);
}

/** Runs a compiled operation with variables graphql has coerced ({@link coerceVariables}). */
export async function runCompiled(
  operation: CompiledOperation,
  context: unknown,
  coerced: Record<string, unknown>,
): Promise<ExecutionResult> {
  const result = await operation.compiled.query(undefined, context, coerced);
  if (!('data' in result)) {
    // Variables graphql coerced, refused by the compiled query's own coercion: a bug here, not the caller's.
    throw new Error(`compiled query refused coerced variables: ${result.errors?.[0]?.message}`);
  }
  return result;
}
