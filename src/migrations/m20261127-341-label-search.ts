import { Migration } from '@mikro-orm/migrations';

/**
 * Labels searchable under row-level security (issue 12, "Scale": `labels: { contains: [...] }`
 * took 3 s at a million members for a label nobody has). Array containment (`@>`) is not
 * leakproof, so under the tenant policy its GIN index is never used, and its estimator knows only
 * the built-in operator. The labels are kept once more as text, `,a,b,c,`, in a generated column
 * with a trigram index of the class m20261127-310 made (`app_trgm_ops`, leakproof `~~~*`): the
 * compiler adds `labels_search ~~~* '%,<label>,%'` for each label asked, a superset that the index
 * serves and the ILIKE estimator judges (a rare label reads the index, a common one the list's
 * order), and keeps `labels @> …` for the exact answer.
 *
 * Without that class (an owner that is not a superuser migrated m20261127-310) the column is made
 * but not indexed; docs/operations.md, "Trigram indexes", has the index to add.
 */
export class LabelSearchMigration extends Migration {
  override name = 'm20261127-341-label-search';

  override up(): void {
    // array_to_string is STABLE (it may call a type's output function); for text[] its answer
    // depends on nothing but the array, so this wrapper may be IMMUTABLE, as a generated column needs.
    this.addSql(`
      create function app_labels_text(labels text[]) returns text language sql immutable parallel safe
        as $$ select ',' || array_to_string(labels, ',') || ',' $$;`);
    this.addSql(`alter table member add column labels_search text generated always as (app_labels_text(labels)) stored;`);
    this.addSql(`
      do $migration$ begin
        if exists (select from pg_opclass where opcname = 'app_trgm_ops') then
          set local maintenance_work_mem = '256MB';
          create index member_labels_trgm_idx on member using gin (labels_search app_trgm_ops);
        else
          raise notice 'no app_trgm_ops: labels are not indexed (docs/operations.md, "Trigram indexes")';
        end if;
      end $migration$;`);
    this.addSql(`analyze member;`);
  }
}
