import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  TypeInfo,
  getVariableValues,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { RequestContext } from '../request/context.js';

/** Costs remembered per parsed document (Apollo hands the same DocumentNode for the same query text). */
const MAX_COSTS_PER_DOCUMENT = 256;

/**
 * The variables an operation's cost can depend on: those passed, anywhere in their arguments, to a
 * field whose cost is a function of its arguments (a list's page size; `complexity` in the field's
 * extensions). The estimators read nothing else, while other variables (a member's id, a whole
 * mutation input) differ on nearly every request: left in the key, nothing would ever be found
 * again. Found once per document, with the schema's types.
 */
function costVariables(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const names = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (typeof typeInfo.getFieldDef()?.extensions?.complexity !== 'function') return;
        for (const argument of node.arguments ?? []) {
          visit(argument, {
            Variable(variable) {
              names.add(variable.name.value);
            },
          });
        }
      },
    }),
  );
  return names;
}

function costKey(operation: OperationDefinitionNode, relevantNames: Set<string>, variables: Record<string, unknown>): string {
  const relevant: Record<string, unknown> = {};
  for (const name of relevantNames) relevant[name] = variables[name];
  return `${operation.name?.value ?? ''} ${JSON.stringify(relevant)}`;
}

export interface QueryCosts {
  readonly maxCost: number;
  /**
   * The estimated cost of an operation with these variables (list sizes times fields), or
   * undefined when the variables do not fit their types (the executor answers those).
   */
  costOf(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): number | undefined;
}

/**
 * Query costs, estimated once per document and cost-relevant variables, then remembered: the
 * estimate walks the whole document with the schema's types (3 % of the server's CPU in the read
 * bench's profile). One instance serves Apollo's pipeline ({@link costLimit}) and the compiled lane.
 */
export function queryCosts(maxCost: number): QueryCosts {
  const costs = new WeakMap<DocumentNode, { relevant: Set<string>; known: Map<string, number> }>();
  return {
    maxCost,
    costOf(schema, document, operation, variables) {
      let perDocument = costs.get(document);
      if (!perDocument) costs.set(document, (perDocument = { relevant: costVariables(schema, document), known: new Map() }));
      const { known } = perDocument;
      const key = costKey(operation, perDocument.relevant, variables);
      let cost = known.get(key);
      if (cost === undefined) {
        // Variables that do not fit their types are answered by the executor (400 BAD_USER_INPUT);
        // computing a cost from them here threw a code-less error: an HTTP 500.
        if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return undefined;
        cost = getComplexity({
          schema,
          query: document,
          operationName: operation.name?.value,
          variables,
          estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
        });
        if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
        known.set(key, cost);
      }
      return cost;
    },
  };
}

export function tooComplex(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(`This query costs ${cost}; the limit is ${maxCost}. Ask for smaller pages or fewer fields.`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
  });
}

/** Rejects operations whose estimated cost exceeds the limit, in Apollo's pipeline. */
export function costLimit(costs: QueryCosts): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          const cost = costs.costOf(schema, document, operation, request.variables ?? {});
          if (cost !== undefined && cost > costs.maxCost) throw tooComplex(cost, costs.maxCost);
        },
      };
    },
  };
}
