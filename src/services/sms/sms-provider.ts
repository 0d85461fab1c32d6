import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { EntityManager } from '../../db/orm.js';

export interface SmsMessage {
  phone: string;
  body: string;
}

/**
 * Where SMS messages go. A real gateway implements `send`; it receives the request's
 * EntityManager so a provider that records messages can do so in the caller's transaction.
 */
export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage, context: { em: EntityManager; merchantId: string; log: Logger }): Promise<void>;
}

/**
 * The default provider sends nothing: it writes each message, code included, to the `sms_message`
 * table and to the log, where operators (and tests) read it. Fit for development and for a
 * deployment without a gateway; replace it before real customers rely on SMS.
 */
export const databaseSmsProvider: SmsProvider = {
  name: 'database',
  async send(message, { em, merchantId, log }) {
    await em.execute('insert into sms_message (id, merchant_id, phone, body, provider) values (?, ?, ?, ?, ?)', [
      randomUUID(),
      merchantId,
      message.phone,
      message.body,
      'database',
    ]);
    log.info({ sms: { phone: message.phone, body: message.body } }, 'SMS recorded by the database provider');
  },
};

const providers: Record<string, SmsProvider> = { database: databaseSmsProvider };

/** The provider named by SMS_PROVIDER. */
export function smsProvider(name: string): SmsProvider {
  const provider = providers[name];
  if (!provider) throw new Error(`Unknown SMS provider ${name}.`);
  return provider;
}

/** Lets a deployment (or a test) plug in another gateway under a name SMS_PROVIDER can select. */
export function registerSmsProvider(provider: SmsProvider): void {
  providers[provider.name] = provider;
}
