import { IndicatorWeight } from './catalog/indicator-weight.entity';
import { SiteTaskRecord } from './special-tasks/site-task-record.entity';

export const INDICATOR_ENTITIES = [IndicatorWeight, SiteTaskRecord] as const;
