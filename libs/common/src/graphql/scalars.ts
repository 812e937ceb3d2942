import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

/** No record of this system is dated before 1900 (the earliest birth a resident ID may give) or after 2199. */
export const EARLIEST_DATE = '1900-01-01';
const LATEST_DATE = '2199-12-31';

function withinRange(date: unknown): unknown {
  if (typeof date === 'string' && (date < EARLIEST_DATE || date > LATEST_DATE)) {
    throw new TypeError(`must be a date from ${EARLIEST_DATE} to ${LATEST_DATE}`);
  }
  return date;
}

const localDate = LocalDateResolver.toConfig();

/** SPEC §10 names the calendar-date scalar `Date` (YYYY-MM-DD); graphql-scalars calls it LocalDate. */
export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: 'Date',
  description: `A calendar date, YYYY-MM-DD (Asia/Shanghai calendar, no time zone), from ${EARLIEST_DATE}.`,
  parseValue: (value) => withinRange(localDate.parseValue?.(value)),
  parseLiteral: (ast, variables) => withinRange(localDate.parseLiteral?.(ast, variables)),
});

export const DateTimeScalar = DateTimeResolver;
export const JSONScalar = JSONResolver;
