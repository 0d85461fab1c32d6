import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';

/** Instants, as ISO-8601 strings with offset (stored as timestamptz, UTC). */
export const DateTime = DateTimeResolver;
/** Calendar dates (`YYYY-MM-DD`), e.g. birthdays, which no time zone may shift. */
export const LocalDate = LocalDateResolver;
/** Free-form settings objects. */
export const JSONObject = JSONObjectResolver;
