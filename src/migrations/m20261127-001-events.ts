import { Migration } from '@mikro-orm/migrations';
import { OUTBOX_CHANNEL } from '../domain/event.enums.js';
import { grantAndIsolate, timestamps } from './sql-helpers.js';

/**
 * Outbound events (docs/events.md): the transactional outbox every change writes its event to,
 * the merchants' subscriptions, one delivery row per (subscription, event) and the log of every
 * attempt. All four are tenant tables under FORCEd row-level security. The relay and the pruning
 * work across merchants as the tables' owner, so the owner (not the app role) may read and change
 * every merchant's outbox, delivery and attempt rows, and read subscriptions.
 */
export class EventsMigration extends Migration {
  override name = 'm20261127-001-events';

  override up(): void {
    this.addSql(`
      create table event_subscription (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        name text not null check (length(name) between 1 and 100),
        url text not null check (url ~ '^https?://'),
        format text not null check (format in ('STANDARD_WEBHOOKS', 'PARTNER_OPENAPI', 'ERP_MEMBER_POINTS')),
        event_types text[] not null,
        -- Sealed (db/secret-box.ts): the Standard Webhooks secret or the ERP HMAC secret.
        secret text,
        -- partner-openapi envelope fields of the callbacks.
        app_id text,
        partner_id text,
        active boolean not null default true,
        ${timestamps},
        unique (merchant_id, id)
      );`);
    this.addSql(grantAndIsolate('event_subscription'));

    this.addSql(`
      create table outbox_event (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        seq bigint generated always as identity,
        type text not null,
        member_id uuid,
        payload jsonb not null,
        -- The credential that caused the change (an API key, a shim app, staff, the operator, or
        -- subscription:<id> when a subscription's answer was applied).
        actor text,
        -- Set for a test send: the only subscription that receives it.
        target_subscription_id uuid,
        created_at timestamptz not null default now(),
        dispatched_at timestamptz,
        unique (merchant_id, id)
      );`);
    this.addSql(`create index outbox_event_pending_idx on outbox_event (seq) where dispatched_at is null;`);
    this.addSql(`create index outbox_event_created_idx on outbox_event (created_at);`);
    this.addSql(grantAndIsolate('outbox_event', 'select, insert'));
    // One NOTIFY per statement (and PostgreSQL folds equal ones of a transaction into one, sent at
    // commit): the relay wakes when events commit instead of waiting for its next poll.
    this.addSql(`
      create function outbox_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('${OUTBOX_CHANNEL}', '');
        return null;
      end $$;`);
    this.addSql(
      `create trigger outbox_event_notify after insert on outbox_event for each statement execute function outbox_notify();`,
    );

    this.addSql(`
      create table event_delivery (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        subscription_id uuid not null,
        event_id uuid not null,
        member_id uuid,
        seq bigint not null,
        status text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'DEAD')),
        attempts int not null default 0,
        -- The queue job carrying it now; null while waiting for the relay (new, paused, replayed).
        job_id uuid,
        last_error text,
        last_response_code int,
        delivered_at timestamptz,
        ${timestamps},
        unique (subscription_id, event_id),
        unique (merchant_id, id),
        foreign key (merchant_id, subscription_id) references event_subscription (merchant_id, id) on delete cascade,
        foreign key (merchant_id, event_id) references outbox_event (merchant_id, id) on delete cascade
      );`);
    this.addSql(`create index event_delivery_unqueued_idx on event_delivery (seq) where status = 'PENDING' and job_id is null;`);
    this.addSql(`create index event_delivery_subscription_idx on event_delivery (subscription_id, status, seq);`);
    this.addSql(`create index event_delivery_event_idx on event_delivery (event_id);`);
    this.addSql(grantAndIsolate('event_delivery'));

    this.addSql(`
      create table event_delivery_attempt (
        id uuid primary key,
        merchant_id uuid not null references merchant(id),
        delivery_id uuid not null,
        attempt int not null,
        ok boolean not null,
        response_code int,
        latency_ms int not null,
        error text,
        created_at timestamptz not null default now(),
        foreign key (merchant_id, delivery_id) references event_delivery (merchant_id, id) on delete cascade
      );`);
    this.addSql(`create index event_delivery_attempt_delivery_idx on event_delivery_attempt (delivery_id, attempt);`);
    this.addSql(grantAndIsolate('event_delivery_attempt', 'select, insert'));

    for (const table of ['outbox_event', 'event_delivery', 'event_delivery_attempt']) {
      this.addSql(`create policy owner_relay on ${table} to current_user using (true) with check (true);`);
    }
    this.addSql(`create policy owner_relay on event_subscription for select to current_user using (true);`);
  }
}
