import { REGISTRY_HISTORY, REGISTRY_RELATIONS } from '@app/registry';

/**
 * The month (Asia/Shanghai, 'YYYY-MM') of the system's first record, or NULL while there is
 * none: the earliest version of any site, current or superseded (a household or person needs
 * its site first). Run with no parameters.
 */
export const FIRST_RECORD_PERIOD_SQL = `
SELECT to_char(min(since) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS period FROM (
  SELECT min(lower(sys_period)) AS since FROM ${REGISTRY_RELATIONS.site}
  UNION ALL
  SELECT min(lower(sys_period)) FROM ${REGISTRY_HISTORY.site}
) first_versions`;
