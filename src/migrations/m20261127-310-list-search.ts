import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE } from '../db/roles.js';

/** The member columns a `contains` can search through a trigram index (MEMBER_FIELDS, kind 'string'). */
export const TRIGRAM_COLUMNS = [
  { column: 'name', partial: false },
  { column: 'mobile', partial: false },
  { column: 'code', partial: false },
  // Mostly empty: only the members that have one are indexed (`~~~*` is strict, so it implies NOT NULL).
  { column: 'nickname', partial: true },
  { column: 'email', partial: true },
] as const;

/**
 * `contains` on a member's text fields read through a trigram index (issue 12, "Scale": a rare
 * substring among a million members read them all, 576 ms).
 *
 * Row-level security is what makes this more than `create index … gin_trgm_ops`. The planner may
 * use a condition of the query as an index condition only if it is leakproof or every policy
 * condition may run after it; ILIKE (`texticlike`) is not marked leakproof (a pattern taken from
 * a row could raise an error that tells something about a row of another merchant), so under the
 * tenant policy an ILIKE stays a filter over the merchant's rows and no trigram index is used.
 *
 * So `contains` compiles to the operator `~~~*`: ILIKE itself (the same C function, `texticlike`)
 * declared LEAKPROOF, with the ILIKE estimator, and an operator class `app_trgm_ops` that is
 * pg_trgm's GIN class with `~~~*` as its ILIKE strategy (4). Why it is leakproof as we use it: the
 * compiler only ever writes `<column> ~~~* <bound parameter>` with the text escaped
 * (validation.likeContains), so the pattern is always ours and valid; the only errors ILIKE raises
 * are about the pattern. EXECUTE on it is granted to the app role only (not to BI logins, who
 * write their own SQL and could put a column on the pattern side).
 *
 * LEAKPROOF, `language internal` and operator classes need a superuser. Migrated by an owner that
 * is not one (docs/operations.md), `~~~*` is a plain SQL function (inlined into ILIKE: the same
 * results, no index) and no trigram index is built; docs/operations.md has the statements an
 * administrator runs once to add them.
 */
export class ListSearchMigration extends Migration {
  override name = 'm20261127-310-list-search';

  override up(): void {
    const indexes = TRIGRAM_COLUMNS.map(
      ({ column, partial }) =>
        `create index member_${column}_trgm_idx on member using gin (${column} app_trgm_ops)${partial ? ` where ${column} is not null` : ''};`,
    ).join('\n');
    this.addSql(`
      do $migration$ begin
        if (select rolsuper from pg_roles where rolname = current_user) then
          create extension if not exists pg_trgm;
          create function app_ilike(text, text) returns boolean
            language internal immutable strict parallel safe leakproof as 'texticlike';
          create operator ~~~* (leftarg = text, rightarg = text, function = app_ilike,
                                restrict = iclikesel, join = iclikejoinsel);
          create operator class app_trgm_ops for type text using gin as
            operator 4 ~~~* (text, text),
            function 1 btint4cmp(int4, int4),
            function 2 gin_extract_value_trgm(text, internal),
            function 3 gin_extract_query_trgm(text, internal, int2, internal, internal, internal, internal),
            function 4 gin_trgm_consistent(internal, int2, text, int4, internal, internal, internal, internal),
            function 6 gin_trgm_triconsistent(internal, int2, text, int4, internal, internal, internal),
            storage int4;
          set local maintenance_work_mem = '256MB';
          ${indexes}
        else
          raise notice 'not a superuser: contains on member fields is not indexed (docs/operations.md, "Trigram indexes")';
          create function app_ilike(text, text) returns boolean
            language sql immutable strict parallel safe as 'select $1 ilike $2';
          create operator ~~~* (leftarg = text, rightarg = text, function = app_ilike,
                                restrict = iclikesel, join = iclikejoinsel);
        end if;
      end $migration$;`);
    this.addSql(`revoke execute on function app_ilike(text, text) from public;`);
    this.addSql(`grant execute on function app_ilike(text, text) to ${APP_DB_ROLE};`);
  }
}
