import { EntityManager } from 'typeorm';
import { REGISTRY_RELATIONS as R } from '@app/registry';
import { siteWithinDivisionSql } from '@app/access';
import { namedQuery } from '../sql/named-query';
import { SpotCheck } from './spot-check.entity';

/**
 * Draws the sample of a spot check in SQL: the sites and households of its unit ordered by
 * md5(seed || id). The order is random-looking but depends only on the seed and the records,
 * so anyone can redraw the same sample to audit it; ties cannot occur (ids are unique).
 * Sites come first in the sample, then households.
 */
export async function drawSample(manager: EntityManager, check: SpotCheck): Promise<void> {
  const within = siteWithinDivisionSql('s', check.divisionCode, 'division');
  const params = { ...within.params, checkId: check.id, seed: check.seed, sites: check.sitesRequested, households: check.householdsRequested };
  const sites = await namedQuery(
    manager,
    `INSERT INTO spot_check_item (spot_check_id, position, subject_type, subject_id, site_id)
     SELECT :checkId, row_number() OVER (ORDER BY md5(:seed || s.id::text)), 'SITE', s.id, s.id
     FROM ${R.site} s WHERE ${within.sql}
     ORDER BY md5(:seed || s.id::text) LIMIT :sites
     RETURNING id`,
    params,
  );
  await namedQuery(
    manager,
    `INSERT INTO spot_check_item (spot_check_id, position, subject_type, subject_id, site_id)
     SELECT :checkId, :sitesDrawn + row_number() OVER (ORDER BY md5(:seed || h.id::text)),
       'HOUSEHOLD', h.id, h.site_id
     FROM ${R.household} h JOIN ${R.site} s ON s.id = h.site_id WHERE ${within.sql}
     ORDER BY md5(:seed || h.id::text) LIMIT :households`,
    { ...params, sitesDrawn: sites.length },
  );
}
