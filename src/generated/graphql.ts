/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type MemberFilter = {
  code?: string | null | undefined;
  /** Members carrying this label. */
  label?: string | null | undefined;
  mobile?: string | null | undefined;
  /** Name or nickname contains (case-insensitive). */
  nameContains?: string | null | undefined;
  registerStoreId?: string | number | null | undefined;
  /** Registered at or after (inclusive). */
  registeredFrom?: Date | string | null | undefined;
  /** Registered before (exclusive). */
  registeredTo?: Date | string | null | undefined;
  status?: MemberStatus | null | undefined;
};

export type MemberOrder = {
  direction?: SortDirection;
  field: MemberOrderField;
};

export type MemberOrderField = 'CODE' | 'MOBILE' | 'NAME' | 'REGISTERED_AT';

export type MemberStatus = 'ACTIVE' | 'EXPIRED' | 'REMOVED' | 'SUSPENDED';

/** Offset paging. `limit` is capped by the server (MAX_PAGE_SIZE). */
export type PageInput = {
  limit?: number;
  offset?: number;
};

export type SortDirection = 'ASC' | 'DESC';

export type MemberPageQueryVariables = Exact<{
  filter?: MemberFilter | null | undefined;
  orderBy?: MemberOrder | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type MemberPageQuery = {
  members: {
    totalItems: number;
    items: Array<{
      id: string;
      code: string;
      mobile: string | null;
      name: string | null;
      nickname: string | null;
      status: MemberStatus;
      labels: Array<string>;
      registeredAt: string;
      registerStore: { id: string; code: string; name: string } | null;
      channels: Array<{ channelCode: string; openid: string; unionId: string | null }>;
    }>;
  };
};

export const MemberPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nickname' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'registerStore' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'channelCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'openid' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unionId' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberPageQuery, MemberPageQueryVariables>;
