import { types } from 'pg';

/**
 * DATE columns are calendar dates: keep them as 'YYYY-MM-DD' strings instead of letting
 * node-postgres turn them into midnight in the server's local time zone.
 */
const DATE_OID = 1082;
types.setTypeParser(DATE_OID, (value: string) => value);
