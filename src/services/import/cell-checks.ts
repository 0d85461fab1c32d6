import type { z } from 'zod';
import { Decimal } from 'decimal.js';
import { fields } from '../validation.js';
import type { ImportColumn } from './import-kind.js';

type Check = NonNullable<ImportColumn['check']>;

/** A cell checked by one of the services' own field rules, so an import accepts what the API accepts. */
export function byRule(rule: z.ZodType<string>): Check {
  return (value) => {
    const result = rule.safeParse(value);
    return result.success ? { value: result.data } : { error: result.error.issues[0]?.message ?? 'Not valid.' };
  };
}

/** One of a fixed set of words (upper-cased before comparing). */
export function oneOf(values: readonly string[]): Check {
  return (value) => {
    const upper = value.toUpperCase();
    return values.includes(upper) ? { value: upper } : { error: `Is one of ${values.join(', ')}.` };
  };
}

export const date: Check = (value) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    ? { value }
    : { error: 'A date is YYYY-MM-DD.' };

/** An instant with its offset (ISO 8601), or a bare `YYYY-MM-DD HH:mm:ss` read as UTC. */
export const instant: Check = (value) => {
  const bare = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/.test(value);
  const time = Date.parse(bare ? `${value.replace(' ', 'T')}Z` : value);
  return Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}/.test(value)
    ? { error: 'A time is ISO 8601 (2024-05-01T09:30:00+08:00) or YYYY-MM-DD HH:mm:ss in UTC.' }
    : { value: new Date(time).toISOString() };
};

/** An exact amount, at least 0, at most 12 digits and 2 decimals (the ledgers' numeric(14,2)). */
export const amount: Check = (value) =>
  /^\d{1,12}(\.\d{1,2})?$/.test(value)
    ? { value: new Decimal(value).toFixed(2) }
    : { error: 'An amount is 0 or more, with at most 12 digits and 2 decimals.' };

/** Labels separated by `;`, each checked like a label given through the API. */
export const labels: Check = (value) => {
  const list = [
    ...new Set(
      value
        .split(';')
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
  if (list.length > 50) return { error: 'At most 50 labels.' };
  for (const label of list) {
    const result = fields.label.safeParse(label);
    if (!result.success) return { error: `Label "${label}": ${result.error.issues[0]?.message}` };
  }
  return { value: list.join(';') };
};
