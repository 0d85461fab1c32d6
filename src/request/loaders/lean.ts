import { CompiledQuery, sql } from 'kysely';
import { scopedRows, type ReadScope } from '../../db/one-trip.js';
import type { Member } from '../../entities/member.entity.js';
import type { MemberChannel } from '../../entities/member-channel.entity.js';

/**
 * Lean reads for the hottest GraphQL fields (members by id and their channels): one fixed SQL text
 * with bind parameters, prepared once per connection, sent through kysely (db/one-trip.ts
 * scopedRows: on the request's transaction when it has one, else as one message with the merchant
 * set), rows shaped like the entities, without the ORM's query building, hydration or identity map.
 * Row-level security is the guard either way: the merchant is set on the connection that reads.
 */
async function lean<R, T>(scope: ReadScope, text: string, parameter: unknown, shape: (row: R) => T): Promise<T[]> {
  return (await scopedRows(scope, CompiledQuery.raw(text, [parameter]) as CompiledQuery<R>, { prepare: true })).map(shape);
}

/**
 * A timestamp as epoch milliseconds, what a JavaScript Date holds (the ORM's dates drop the
 * microseconds the same way); the pool hands timestamps to the ORM as raw text.
 */
const epochMs = (column: string) => `floor(extract(epoch from ${column}) * 1000)::float8`;
const date = (ms: number) => new Date(ms);
const dateOrNull = (ms: number | null) => (ms === null ? null : new Date(ms));

type Timestamps<T, K extends keyof T> = Omit<T, K> & { [P in K]: null extends T[P] ? number | null : number };
export type MemberRow = Timestamps<Member, 'registeredAt' | 'sinceAt' | 'dueAt' | 'createdAt' | 'updatedAt'>;
/** A channel as lists show it: without the WeChat refresh token's hash and sealed copy, which no field answers. */
export type ListedChannel = Omit<MemberChannel, 'refreshTokenHash' | 'refreshTokenSealed'>;
type ChannelRow = Timestamps<ListedChannel, 'createdAt' | 'updatedAt'>;
/** Every data property of an entity: what a lean read must fill (a column added to the entity fails to compile here). */
type FieldsOf<T> = {
  [K in keyof T as K extends symbol ? never : T[K] extends (...args: never[]) => unknown ? never : K]-?: T[K];
};
type MemberFields = FieldsOf<Member>;
type ChannelFields = FieldsOf<ListedChannel>;

/** A member row's columns as the entity names them (unqualified: select them from one relation). */
const MEMBER_COLUMN_LIST = `id, merchant_id as "merchantId", numeric_id::float8 as "numericId", code, mobile, name, nickname, email, sex,
  birthday::text as birthday, id_card_number as "idCardNumber", address, delivery_addresses as "deliveryAddresses",
  avatar_url as "avatarUrl", ${epochMs('registered_at')} as "registeredAt", register_store_id as "registerStoreId",
  status, ${epochMs('since_at')} as "sinceAt", ${epochMs('due_at')} as "dueAt", labels, referrer_id as "referrerId",
  ${epochMs('created_at')} as "createdAt", ${epochMs('updated_at')} as "updatedAt"`;
export const MEMBER_COLUMNS = sql.raw(MEMBER_COLUMN_LIST);

const CHANNEL_COLUMN_LIST = `id, merchant_id as "merchantId", member_id as "memberId", channel_code as "channelCode",
  channel_id as "channelId", openid, union_id as "unionId", card_code as "cardCode", card_id as "cardId",
  register_type as "registerType", register_store_id as "registerStoreId",
  ${epochMs('created_at')} as "createdAt", ${epochMs('updated_at')} as "updatedAt"`;

/**
 * A member from its row, field by field rather than by spreading the row: a page's rows carry more
 * columns than the member's (its channels as JSON, the cursor's keys), which stay behind, and an
 * object literal of known fields is built much faster than a copy of an unknown one.
 */
export const toMember = (row: MemberRow): Member =>
  ({
    id: row.id,
    merchantId: row.merchantId,
    numericId: row.numericId,
    code: row.code,
    mobile: row.mobile,
    name: row.name,
    nickname: row.nickname,
    email: row.email,
    sex: row.sex,
    birthday: row.birthday,
    idCardNumber: row.idCardNumber,
    address: row.address,
    deliveryAddresses: row.deliveryAddresses,
    avatarUrl: row.avatarUrl,
    registeredAt: date(row.registeredAt),
    registerStoreId: row.registerStoreId,
    status: row.status,
    sinceAt: dateOrNull(row.sinceAt),
    dueAt: dateOrNull(row.dueAt),
    labels: row.labels,
    referrerId: row.referrerId,
    createdAt: date(row.createdAt),
    updatedAt: date(row.updatedAt),
  }) satisfies MemberFields as Member;

/**
 * The channels of the member row `alias` as one JSON column, in the channel loader's order and
 * shape: a page that shows its members' channels reads them with the page, in the same statement,
 * instead of in a second round trip (member-list.service.ts primes the loader with them).
 */
export const channelsJsonOf = (alias: string) =>
  sql.raw(`(select coalesce(json_agg(json_build_object('id', c.id, 'merchantId', c.merchant_id, 'memberId', c.member_id,
    'channelCode', c.channel_code, 'channelId', c.channel_id, 'openid', c.openid, 'unionId', c.union_id, 'cardCode', c.card_code,
    'cardId', c.card_id, 'registerType', c.register_type, 'registerStoreId', c.register_store_id,
    'createdAt', ${epochMs('c.created_at')}, 'updatedAt', ${epochMs('c.updated_at')}) order by c.created_at, c.id), '[]'::json)
    from member_channel c where c.member_id = ${alias}.id)`);

/** The channels of channelsJsonOf, as the channel loader answers them. */
export const channelsFromJson = (rows: ChannelRow[]): ListedChannel[] => rows.map(toChannel);

const toChannel = (row: ChannelRow): ListedChannel =>
  ({
    id: row.id,
    merchantId: row.merchantId,
    memberId: row.memberId,
    channelCode: row.channelCode,
    channelId: row.channelId,
    openid: row.openid,
    unionId: row.unionId,
    cardCode: row.cardCode,
    cardId: row.cardId,
    registerType: row.registerType,
    registerStoreId: row.registerStoreId,
    createdAt: date(row.createdAt),
    updatedAt: date(row.updatedAt),
  }) satisfies ChannelFields as ListedChannel;

/**
 * The lean reads' texts, written once with their placeholders (no query building per read). One
 * key (a `member(id)` query, one member's channels) is compared with `=`, not `= any(array)`:
 * PostgreSQL then plans the prepared statement once and reuses that plan, where an array of
 * unknown length gets a fresh plan on every execution (member has many indexes, and planning over
 * them cost more than the read itself).
 */
const MEMBER_BY_ID = `select ${MEMBER_COLUMN_LIST} from member where id = $1::uuid`;
const MEMBERS_BY_IDS = `select ${MEMBER_COLUMN_LIST} from member where id = any($1::uuid[])`;
const CHANNELS_OF_MEMBER = `select ${CHANNEL_COLUMN_LIST} from member_channel where member_id = $1::uuid order by created_at, id`;
const CHANNELS_OF_MEMBERS = `select ${CHANNEL_COLUMN_LIST} from member_channel where member_id = any($1::uuid[]) order by created_at, id`;

/** Members by id, in no particular order (the loader orders them). */
export function membersById(scope: ReadScope, ids: string[]): Promise<Member[]> {
  return ids.length === 1 ? lean(scope, MEMBER_BY_ID, ids[0], toMember) : lean(scope, MEMBERS_BY_IDS, ids, toMember);
}

/** The channels of many members, oldest first (as the ORM loader orders them). */
export function channelsOfMembers(scope: ReadScope, memberIds: string[]): Promise<ListedChannel[]> {
  return memberIds.length === 1
    ? lean(scope, CHANNELS_OF_MEMBER, memberIds[0], toChannel)
    : lean(scope, CHANNELS_OF_MEMBERS, memberIds, toChannel);
}
