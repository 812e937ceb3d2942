import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

/** SPEC §10 names the calendar-date scalar `Date` (YYYY-MM-DD); graphql-scalars calls it LocalDate. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (Asia/Shanghai calendar, no time zone).',
});

export const DateTimeScalar = DateTimeResolver;
export const JSONScalar = JSONResolver;
