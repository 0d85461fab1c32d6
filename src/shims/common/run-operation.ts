import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { execute, getOperationAST, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { getSchema } from '../../graphql/build-schema.js';
import { coerceVariables, compileOperation, runCompiled, type CompiledOperation } from '../../graphql/compiled-operations.js';
import { BusinessError, InputErrors } from '../../errors/error-code.js';
import type { AppDeps, RequestContext } from '../../request/context.js';
import { EdgeFailure, ShimError } from './shim-error.js';

const validated = new WeakSet<DocumentNode>();
/** Each checked-in document's operation name, its metrics label. */
const operationNames = new WeakMap<DocumentNode, string>();
let builtSchema: GraphQLSchema | undefined;
/** Each checked-in query compiled once (graphql/compiled-operations.ts); null: executed by graphql. */
const compiledOperations = new WeakMap<DocumentNode, CompiledOperation | null>();

/**
 * Executes a document as graphql's `execute` would: a query on its compiled form (the variables
 * coerced by graphql first), anything else by `execute` itself.
 */
async function executeDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  ctx: RequestContext,
): Promise<ExecutionResult> {
  let compiled = compiledOperations.get(document);
  if (compiled === undefined) {
    compiled = compileOperation(schema, document, getOperationAST(document));
    compiledOperations.set(document, compiled);
  }
  if (!compiled) return execute({ schema, document, variableValues: variables, contextValue: ctx });
  const coerced = coerceVariables(schema, compiled.operation, variables);
  if ('errors' in coerced) return { errors: coerced.errors };
  return runCompiled(compiled, ctx, coerced.coerced);
}

/** Checks a shim's documents against the schema once, so a mismatch fails at start, not per call. */
export async function assertValidDocuments(documents: DocumentNode[]): Promise<void> {
  const schema = await getSchema();
  for (const document of documents) checkDocument(schema, document);
}

function checkDocument(schema: GraphQLSchema, document: DocumentNode): void {
  if (validated.has(document)) return;
  const errors = validate(schema, document);
  if (errors.length) throw new Error(`Shim operation does not match the schema: ${errors.map((e) => e.message).join('; ')}`);
  validated.add(document);
}

/**
 * Runs one checked-in GraphQL operation in-process with the shim request's context, exactly as
 * /graphql would, and counts it in the operation metrics under its name. Every operation of one
 * shim request shares that context and so its transaction (see shim-router.ts). GraphQL-level
 * errors become shim failures; payload errors (business outcomes) are left to the caller to map.
 */
export async function runOperation<Result, Variables>(
  deps: AppDeps,
  ctx: RequestContext,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  // The schema is built once; after the first call it is at hand without a promise's hop.
  const schema = builtSchema ?? (builtSchema = await getSchema());
  checkDocument(schema, document);
  const result = await executeDocument(schema, document, (variables ?? {}) as Record<string, unknown>, ctx);
  const error = result.errors?.[0];
  let operation = operationNames.get(document);
  if (operation === undefined) {
    operation = getOperationAST(document)?.name?.value ?? 'anonymous';
    operationNames.set(document, operation);
  }
  deps.metrics.graphqlOperations.inc({ operation, outcome: error ? 'error' : 'ok' });
  if (error) {
    // No data at all: graphql refused the variables (a number beyond Int, text where an ID goes)
    // before running anything. The legacy parameters behind them were the caller's.
    if (result.data === undefined) throw new ShimError(EdgeFailure.BAD_PARAMETERS, error.message);
    const original = error.originalError;
    // A business error that escaped a query (a page over the limit): the dialect's own code.
    if (original instanceof BusinessError) throw new ShimError(original.code, original.message);
    if (original instanceof InputErrors) throw new ShimError(EdgeFailure.BAD_PARAMETERS, original.message);
    const code = error.extensions?.code;
    if (code === 'BAD_USER_INPUT') throw new ShimError(EdgeFailure.BAD_PARAMETERS, error.message);
    if (code === 'FORBIDDEN') throw new ShimError(EdgeFailure.FORBIDDEN, error.message);
    ctx.log.error({ err: original ?? error }, 'shim operation failed');
    throw new ShimError(EdgeFailure.INTERNAL, 'Internal error.');
  }
  return result.data as Result;
}

/** A mutation payload's first business error, raised as a shim failure. */
export function unwrapPayload<P extends { errors: readonly { code: string; message: string }[] }>(payload: P): P {
  const error = payload.errors[0];
  if (error) throw new ShimError(error.code as EdgeFailure, error.message);
  return payload;
}
