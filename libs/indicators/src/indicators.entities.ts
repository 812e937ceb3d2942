import { IndicatorWeightChange } from './catalog/indicator-weight-change.entity';
import { SiteTaskRecord } from './special-tasks/site-task-record.entity';

export const INDICATOR_ENTITIES = [IndicatorWeightChange, SiteTaskRecord] as const;
