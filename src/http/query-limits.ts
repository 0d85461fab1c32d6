import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { findNul } from '../domain/text-input.js';

/**
 * Limits on what one GraphQL request may ask, so bad or hostile requests are refused as the
 * caller's mistake (HTTP 400) before any work: depth, aliases, root fields, introspection,
 * subscriptions (validation rules), and the size and content of the inputs (a plugin).
 * @module
 */

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxVariables: number;
  maxListLength: number;
}

/** Fragment names that take part in a spread cycle (`A` spreads `B`, `B` spreads `A`). */
function cyclicFragments(document: DocumentNode): Set<string> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const spreads = (set: SelectionSetNode | undefined, out: string[] = []): string[] => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FRAGMENT_SPREAD) out.push(s.name.value);
      else spreads(s.selectionSet, out);
    }
    return out;
  };
  const cyclic = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'open') {
      for (const n of path.slice(path.indexOf(name))) cyclic.add(n);
      return;
    }
    state.set(name, 'open');
    for (const next of spreads(fragments.get(name)?.selectionSet)) if (fragments.has(next)) visit(next, [...path, name]);
    state.set(name, 'done');
  };
  for (const name of fragments.keys()) visit(name, []);
  return cyclic;
}

/**
 * graphql-depth-limit follows fragment spreads without remembering them, so a fragment cycle
 * (which graphql's own NoFragmentCycles rule reports) made it recurse until the stack overflowed:
 * an HTTP 500. It runs only on documents without cycles.
 */
function depthRule(maxDepth: number): ValidationRule {
  const rule = depthLimit(maxDepth);
  return (context: ValidationContext): ASTVisitor =>
    cyclicFragments(context.getDocument()).size ? {} : (rule(context) as ASTVisitor);
}

/** Counts an operation's root fields, fragments at the root included (each fragment once). */
function rootFields(context: ValidationContext, set: SelectionSetNode, seen = new Set<string>()): string[] {
  const names: string[] = [];
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) names.push(s.name.value);
    else if (s.kind === Kind.INLINE_FRAGMENT) names.push(...rootFields(context, s.selectionSet, seen));
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const fragment = context.getFragment(s.name.value);
      if (fragment) names.push(...rootFields(context, fragment.selectionSet, seen));
    }
  }
  return names;
}

/**
 * At most `max` root fields per operation (aliases make one field many), at most one schema
 * introspection (`__schema`, the expensive one) and no subscription (the server has none: graphql
 * would fail it at execution, as a 500).
 */
function operationShapeRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (operation.operation === 'subscription') {
        context.reportError(new GraphQLError('Subscriptions are not supported.', { nodes: [operation] }));
        return;
      }
      const names = rootFields(context, operation.selectionSet);
      if (names.length > max) {
        context.reportError(
          new GraphQLError(`An operation selects at most ${max} root fields; this one selects ${names.length}.`, {
            nodes: [operation],
          }),
        );
      }
      const introspections = names.filter((n) => n === '__schema').length;
      if (introspections > 1) {
        context.reportError(
          new GraphQLError(
            `An operation introspects the schema (__schema) at most once; this one does ${introspections} times.`,
            {
              nodes: [operation],
            },
          ),
        );
      }
    },
  });
}

/** The validation rules beside graphql's own. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [
    depthRule(limits.maxDepth),
    maxAliasesRule({
      n: limits.maxAliases,
      // Reported like any validation error (HTTP 400), not thrown out of validation.
      propagateOnRejection: false,
      onReject: [
        (context, error) =>
          (context as ValidationContext).reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
      ],
    }),
    operationShapeRule(limits.maxRootFields),
  ];
}

const badInput = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** The longest list anywhere in a value (variables are JSON: lists and objects nest). */
function longestList(value: unknown, depth = 0): number {
  if (depth > 50 || value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  let longest = Array.isArray(value) ? value.length : 0;
  for (const child of children) longest = Math.max(longest, longestList(child, depth + 1));
  return longest;
}

/**
 * Refuses, before anything runs: more variables than `maxVariables`, a list longer than
 * `maxListLength` (in the variables or written in the document), and text with a NUL character,
 * which PostgreSQL cannot store and used to come back as INTERNAL_SERVER_ERROR.
 */
export function inputProblems(
  limits: QueryLimits,
): (document: DocumentNode, variables: Record<string, unknown>) => string | null {
  // What the document's own literals break, found once per parsed document (Apollo hands the same
  // DocumentNode for the same text): walking it on every request cost 1 % of a read's CPU.
  const literalProblems = new WeakMap<DocumentNode, string | null>();
  const literalProblem = (document: DocumentNode): string | null => {
    if (literalProblems.has(document)) return literalProblems.get(document)!;
    let problem: string | null = null;
    visit(document, {
      StringValue(node) {
        if (node.value.includes('\u0000')) problem = 'A string in the query must not contain the NUL character (\\u0000).';
      },
      ListValue(node) {
        if (node.values.length > limits.maxListLength) problem = `A list input has at most ${limits.maxListLength} items.`;
      },
    });
    literalProblems.set(document, problem);
    return problem;
  };
  return (document, variables) => {
    let count = 0;
    for (const _name in variables) count++;
    if (count > limits.maxVariables) return `At most ${limits.maxVariables} variables; this request sends ${count}.`;
    if (longestList(variables) > limits.maxListLength) return `A list input has at most ${limits.maxListLength} items.`;
    const nul = findNul(variables, 'variables');
    if (nul) return `${nul}: text must not contain the NUL character (\\u0000).`;
    return literalProblem(document);
  };
}

/**
 * The plugin form of {@link inputProblems} for Apollo's pipeline (the compiled lane,
 * compiled-queries.ts, asks the same function).
 */
export function inputLimits(limits: QueryLimits): ApolloServerPlugin {
  const problemOf = inputProblems(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const problem = problemOf(document, request.variables ?? {});
          if (problem) throw badInput(problem);
        },
      };
    },
  };
}
