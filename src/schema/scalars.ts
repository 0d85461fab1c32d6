import { DateTimeResolver, JSONObjectResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';

/** Instants, as ISO-8601 strings with offset (stored as timestamptz, UTC). */
export const DateTime = DateTimeResolver;
/** Calendar dates (`YYYY-MM-DD`), e.g. birthdays, which no time zone may shift. */
export const LocalDate = LocalDateResolver;
/** Free-form settings objects. */
export const JSONObject = JSONObjectResolver;
/** Whole numbers up to 2^53 - 1, which every JSON client reads exactly (numeric ids). */
export const SafeInt = SafeIntResolver;
