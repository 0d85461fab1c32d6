import type { PartnerMemberFieldsFragment } from '../../generated/graphql.js';
import { legacyDateTime } from '../common/legacy-format.js';

const sexFlag = { UNKNOWN: '0', MALE: '1', FEMALE: '2' } as const;
export const sexFromFlag = { '0': 'UNKNOWN', '1': 'MALE', '2': 'FEMALE' } as const;

/** A member as partner-openapi 1.1 shows it: every field present, "" for nothing. */
export function partnerMember(member: PartnerMemberFieldsFragment, partnerId: string, timeZone: string) {
  return {
    memberId: member.id,
    memberName: member.name ?? '',
    nickName: member.nickname ?? '',
    mobile: member.mobile ?? '',
    photoUrl: member.avatarUrl ?? '',
    sexFlag: sexFlag[member.sex],
    birthday: member.birthday ?? '',
    email: member.email ?? '',
    idCard: member.idCardNumber ?? '',
    registerTime: legacyDateTime(member.registeredAt, timeZone),
    registerStoreCode: member.registerStore?.code ?? '',
    memberChannels: member.channels.map((channel) => ({
      cardCode: channel.cardCode ?? '',
      cardId: channel.cardId ?? '',
      channelCode: channel.channelCode,
      channelId: channel.channelId ?? channel.id,
      createTime: legacyDateTime(channel.createdAt, timeZone),
      memberId: channel.memberId,
      partnerId,
      registerStoreCode: channel.registerStore?.code ?? '',
      registerType: channel.registerType == null ? '' : String(channel.registerType),
      thirdPartyCode: channel.openid,
      unionId: channel.unionId ?? '',
      updateTime: legacyDateTime(channel.updatedAt, timeZone),
    })),
  };
}
