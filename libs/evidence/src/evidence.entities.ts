import { ArchiveFile } from './archive/archive-file.entity';
import { PolicyDocument } from './archive/policy-document.entity';
import { ShortfallProgressReport } from './archive/shortfall-progress-report.entity';
import { ShortfallProject } from './archive/shortfall-project.entity';
import { Evidence } from './evidence/evidence.entity';
import { ClaimRule } from './recognition/claim-rule.entity';
import { SpotCheckItem } from './spot-checks/spot-check-item.entity';
import { SpotCheck } from './spot-checks/spot-check.entity';

export const EVIDENCE_ENTITIES = [Evidence, ClaimRule, SpotCheck, SpotCheckItem, PolicyDocument, ShortfallProject, ShortfallProgressReport, ArchiveFile] as const;
