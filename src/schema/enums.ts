import { registerEnumType } from 'type-graphql';
import { ApiKeyRole } from '../domain/access.enums.js';
import { MemberStatus, Sex, OrgType } from '../domain/member.enums.js';
import { ErrorCode } from '../errors/error-code.js';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Codes of expected business failures.' });
registerEnumType(Sex, { name: 'Sex' });
registerEnumType(MemberStatus, { name: 'MemberStatus' });
registerEnumType(OrgType, { name: 'OrgType', description: '1 head office, 2 branch, 3 store.' });
registerEnumType(ApiKeyRole, { name: 'ApiKeyRole' });
registerEnumType(SortDirection, { name: 'SortDirection' });
