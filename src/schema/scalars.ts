import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';

/** Instants, as ISO-8601 strings with offset (stored as timestamptz, UTC). */
export const DateTime = DateTimeResolver;

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD` naming a day that exists (no 2021-02-29, no 2020-13-01), by arithmetic. */
function isCalendarDate(text: string): boolean {
  if (!DATE_TEXT.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/**
 * Calendar dates (`YYYY-MM-DD`), e.g. birthdays, which no time zone may shift. graphql-scalars'
 * LocalDate, with the same check on answers done by arithmetic: the library builds a Date and
 * prints it back for every value it serializes (1.5 % of a member read's CPU with a birthday).
 * Anything the arithmetic refuses goes to the library, which words the error.
 */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  serialize: (value) => (typeof value === 'string' && isCalendarDate(value) ? value : LocalDateResolver.serialize(value)),
});
/** Free-form settings objects. */
export const JSONObject = JSONObjectResolver;
/** Whole numbers up to 2^53 - 1, which every JSON client reads exactly (numeric ids). */
export const SafeInt = SafeIntResolver;
