import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  getOperationAST,
  isLeafType,
  isListType,
  isObjectType,
  parse,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** A document that cannot be exported, answered before anything runs (code: a GraphQL error code). */
export class ExportRefused extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly messages: string[] = [message],
  ) {
    super(message);
  }
}

/** A CSV column: its header (the dotted path of response keys) and the path into one row. */
export interface ExportColumn {
  header: string;
  path: string[];
}

export interface ExportPlan {
  /** The document to execute: for a paged list, its `page` argument and pageInfo are the export's. */
  document: DocumentNode;
  operationName: string | undefined;
  /** Response key of the one root field. */
  rootKey: string;
  /** `list`: an object with `items` (walked page by page when it takes `page`); `rows`: a list of rows (aggregates). */
  shape: 'list' | 'rows';
  paged: boolean;
  columns: ExportColumn[];
}

/** Variable the export binds each page to, and the response key of the pageInfo it adds. */
export const PAGE_VARIABLE = '__exportPage';
export const PAGE_INFO_KEY = '__exportPageInfo';

const field = (name: string, selectionSet?: SelectionSetNode, alias?: string): FieldNode => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: name },
  ...(alias ? { alias: { kind: Kind.NAME, value: alias } } : {}),
  ...(selectionSet ? { selectionSet } : {}),
});
const selections = (...fields: FieldNode[]): SelectionSetNode => ({ kind: Kind.SELECTION_SET, selections: fields });

/** The fields of a selection set, fragments (named or inline) flattened. */
function fieldsOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === '__typename' ? [] : [s];
    const inner = s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : fragments.get(s.name.value)?.selectionSet;
    return inner ? fieldsOf(inner, fragments) : [];
  });
}

/** Leaf paths of a selection: `points { current }` is the column `points.current`. */
function columnsOf(
  set: SelectionSetNode,
  type: GraphQLObjectType,
  fragments: Map<string, FragmentDefinitionNode>,
  prefix: string[] = [],
): ExportColumn[] {
  return fieldsOf(set, fragments).flatMap((node) => {
    const key = node.alias?.value ?? node.name.value;
    const path = [...prefix, key];
    const definition = type.getFields()[node.name.value]!;
    const named = getNamedType(definition.type);
    if (isLeafType(named)) return [{ header: path.join('.'), path }];
    if (isListType(getNullableType(definition.type)) || !isObjectType(named) || !node.selectionSet) {
      throw new ExportRefused(
        `${path.join('.')} is a list of objects (or not an object type): a CSV row holds single values; export it as a list of its own.`,
        'BAD_USER_INPUT',
      );
    }
    return columnsOf(node.selectionSet, named, fragments, path);
  });
}

/**
 * Checks a GraphQL document for export and plans it: one query operation selecting one root
 * field, either a list (`items { … }`, walked by cursor pages when the field takes `page`) or a
 * list of rows (an aggregate). The columns are the selected leaf paths. Everything a caller can
 * get wrong is refused here, before a statement runs.
 */
export function planExport(schema: GraphQLSchema, query: string, operationName?: string): ExportPlan {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: 5000 });
  } catch (error) {
    throw new ExportRefused((error as GraphQLError).message, 'GRAPHQL_PARSE_FAILED');
  }
  const invalid = validate(schema, document);
  if (invalid.length) {
    throw new ExportRefused(
      invalid[0]!.message,
      'GRAPHQL_VALIDATION_FAILED',
      invalid.map((e) => e.message),
    );
  }
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'query') {
    throw new ExportRefused(
      'An export runs one query operation (name it with operationName when there are several).',
      'BAD_USER_INPUT',
    );
  }
  const fragments = new Map(
    document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const roots = fieldsOf(operation.selectionSet, fragments);
  if (roots.length !== 1) throw new ExportRefused('An export selects exactly one root field.', 'BAD_USER_INPUT');
  const root = roots[0]!;
  const definition = schema.getQueryType()!.getFields()[root.name.value]!;
  const named = getNamedType(definition.type);
  const rootKey = root.alias?.value ?? root.name.value;
  if (!isObjectType(named) || !root.selectionSet) {
    throw new ExportRefused(`${rootKey} is not a list: export a list (items { … }) or an aggregate's rows.`, 'BAD_USER_INPUT');
  }

  if (isListType(getNullableType(definition.type))) {
    const columns = columnsOf(root.selectionSet, named, fragments);
    return { document, operationName, rootKey, shape: 'rows', paged: false, columns };
  }
  const itemsField = named.getFields().items;
  const items = fieldsOf(root.selectionSet, fragments).find((f) => f.name.value === 'items' && !f.alias);
  const itemType = itemsField && getNamedType(itemsField.type);
  if (!items?.selectionSet || !itemType || !isObjectType(itemType)) {
    throw new ExportRefused(`Select the rows of ${rootKey}: ${rootKey} { items { … } }.`, 'BAD_USER_INPUT');
  }
  const columns = columnsOf(items.selectionSet, itemType, fragments, []);
  const paged = definition.args.some((a) => a.name === 'page') && 'pageInfo' in named.getFields();
  return {
    document: paged ? pagedDocument(document, operation, root, items) : document,
    operationName,
    rootKey,
    shape: 'list',
    paged,
    columns,
  };
}

/**
 * The document with the root field's `page` bound to the export's variable and its selection
 * reduced to `items` and the pageInfo the walk needs (no totalItems: no count per page).
 */
function pagedDocument(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  root: FieldNode,
  items: FieldNode,
): DocumentNode {
  const pageInfo = field('pageInfo', selections(field('endCursor'), field('hasNextPage')), PAGE_INFO_KEY);
  const pagedRoot: FieldNode = {
    ...root,
    arguments: [
      ...(root.arguments ?? []).filter((a) => a.name.value !== 'page'),
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'page' },
        value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: PAGE_VARIABLE } },
      },
    ],
    selectionSet: selections(items, pageInfo),
  };
  const pagedOperation: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []),
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: PAGE_VARIABLE } },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'PageInput' } } },
      },
    ],
    selectionSet: selections(pagedRoot),
  };
  return { ...document, definitions: document.definitions.map((d) => (d === operation ? pagedOperation : d)) };
}

/** The CSV cell of a value: lists of values joined with `;` (as imports read labels), objects as JSON. */
export function cell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v) => cell(v) ?? '').join(';');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One CSV record from one row of the answer. */
export function recordOf(row: Record<string, unknown>, columns: ExportColumn[]): (string | null)[] {
  return columns.map(({ path }) => {
    let value: unknown = row;
    for (const key of path) value = value === null || value === undefined ? value : (value as Record<string, unknown>)[key];
    return cell(value);
  });
}
