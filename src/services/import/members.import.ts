import { Sex } from '../../domain/member.enums.js';
import { fields } from '../validation.js';
import { byRule, date, instant, labels, oneOf } from './cell-checks.js';
import { repeatedInFile, type ImportKind } from './import-kind.js';

/** register_type of a channel identity that came in through an import ("6 线下导入" in the contracts). */
export const OFFLINE_IMPORT_REGISTER_TYPE = 6;

/**
 * Members from a legacy system. The member code is the natural key: a row whose code exists is
 * skipped (a re-run adds nothing), so a file can be imported again after fixing or extending it.
 * A channel identity (channelCode + openid) given on a row is bound with register type 6.
 */
export const membersImport: ImportKind = {
  name: 'members',
  columns: [
    { name: 'code', required: true, check: byRule(fields.code) },
    { name: 'mobile', check: byRule(fields.mobile) },
    { name: 'name', check: byRule(fields.shortText) },
    { name: 'nickname', check: byRule(fields.shortText) },
    { name: 'email', check: byRule(fields.email) },
    { name: 'sex', check: oneOf(Object.values(Sex)) },
    { name: 'birthday', check: date },
    { name: 'registeredAt', check: instant },
    { name: 'registerStoreCode' },
    { name: 'labels', check: labels },
    { name: 'channelCode', check: byRule(fields.channelCode) },
    { name: 'openid', check: byRule(fields.shortText) },
    { name: 'unionId', check: byRule(fields.shortText) },
  ],
  crossChecks: [
    `select row_no, 'openid' as column_name, 'channelCode and openid go together.' as message
       from import_stage where (channel_code is null) <> (openid is null)`,
    repeatedInFile(['code'], 'code'),
    repeatedInFile(['mobile'], 'mobile'),
    repeatedInFile(['channel_code', 'openid'], 'openid'),
    `select s.row_no, 'mobile' as column_name, 'Mobile ' || s.mobile || ' belongs to member ' || m.code || '.' as message
       from import_stage s join member m on m.mobile = s.mobile where m.code <> s.code`,
    `select s.row_no, 'registerStoreCode' as column_name, 'No store with code ' || s.register_store_code || '.' as message
       from import_stage s
      where s.register_store_code is not null and not exists (select 1 from store st where st.code = s.register_store_code)`,
    `select s.row_no, 'openid' as column_name,
            'The ' || s.channel_code || ' identity ' || s.openid || ' belongs to member ' || m.code || '.' as message
       from import_stage s
       join member_channel c on c.channel_code = s.channel_code and c.openid = s.openid
       join member m on m.id = c.member_id
      where m.code <> s.code`,
  ],
  batch: ({ from, to }) => ({ text: BATCH_SQL, values: [from, to] }),
};

// The members, then their channel identities (balance rows come from the member trigger). A code
// already present is skipped whole, channel included.
const BATCH_SQL = `
    with batch as (
      select s.*, st.id as store_id from import_stage s left join store st on st.code = s.register_store_code
       where s.row_no between $1 and $2
    ),
    ins as (
      insert into member (id, merchant_id, code, mobile, name, nickname, email, sex, birthday, registered_at,
                          register_store_id, labels)
      select gen_random_uuid(), app_merchant_id(), b.code, b.mobile, b.name, b.nickname, b.email,
             coalesce(b.sex, 'UNKNOWN'), b.birthday::date, coalesce(b.registered_at::timestamptz, now()),
             b.store_id, coalesce(string_to_array(b.labels, ';'), '{}')
        from batch b
      on conflict (merchant_id, code) do nothing
      returning id, code, register_store_id
    ),
    channels as (
      insert into member_channel (id, merchant_id, member_id, channel_code, openid, union_id, register_type, register_store_id)
      select gen_random_uuid(), app_merchant_id(), i.id, b.channel_code, b.openid, b.union_id,
             ${OFFLINE_IMPORT_REGISTER_TYPE}, i.register_store_id
        from ins i join batch b on b.code = i.code
       where b.channel_code is not null
      returning 1
    )
    select (select count(*) from ins)::int as written,
           (select count(*) from batch)::int - (select count(*) from ins)::int as skipped,
           (select count(*) from channels)::int as channels`;
