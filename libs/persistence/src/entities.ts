import { ACCESS_ENTITIES } from '@app/access';
import { BULLETIN_ENTITIES } from '@app/bulletin';
import { EVALUATION_ENTITIES } from '@app/evaluation';
import { EVIDENCE_ENTITIES } from '@app/evidence';
import { IMPORT_ENTITIES } from '@app/imports';
import { INDICATOR_ENTITIES } from '@app/indicators';
import { JOB_ENTITIES } from '@app/jobs';
import { MAIL_ENTITIES } from '@app/mail';
import { NEWS_ENTITIES } from '@app/news';
import { REDLINES_ENTITIES } from '@app/redlines';
import { REGISTRY_ENTITIES } from '@app/registry';
import { REPORT_ENTITIES } from '@app/reports';

/**
 * Every entity of every feature. Listed, not globbed, so the build layout cannot hide one
 * (nestjs/nest#5505); composed here rather than in libs/db so the connection layer knows no
 * feature and no feature knows the others' tables.
 */
export const ENTITIES = [
  ...REGISTRY_ENTITIES,
  ...ACCESS_ENTITIES,
  ...INDICATOR_ENTITIES,
  ...EVIDENCE_ENTITIES,
  ...NEWS_ENTITIES,
  ...REDLINES_ENTITIES,
  ...MAIL_ENTITIES,
  ...JOB_ENTITIES,
  ...REPORT_ENTITIES,
  ...BULLETIN_ENTITIES,
  ...IMPORT_ENTITIES,
  ...EVALUATION_ENTITIES,
];
