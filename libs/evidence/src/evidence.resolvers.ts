import { ArchiveFileResolver, ShortfallProgressReportResolver, SiteShortfallResolver } from './archive/archive-fields.resolver';
import { PolicyDocumentResolver } from './archive/policy-document.resolver';
import { ShortfallProjectResolver } from './archive/shortfall-project.resolver';
import { EvidenceResolver } from './evidence/evidence.resolver';
import { HouseholdEvidenceResolver, PersonEvidenceResolver, SiteEvidenceResolver } from './evidence/subject-evidence.resolver';
import { RecognitionResolver } from './recognition/recognition.resolver';
import { SpotCheckItemResolver } from './spot-checks/spot-check-item.resolver';
import { SpotCheckResolver } from './spot-checks/spot-check.resolver';

/** The lib's GraphQL surface: provided by its module, and listed for generating schema.gql. */
export const EVIDENCE_RESOLVERS = [EvidenceResolver, SiteEvidenceResolver, HouseholdEvidenceResolver, PersonEvidenceResolver, RecognitionResolver, SpotCheckResolver, SpotCheckItemResolver, PolicyDocumentResolver, ShortfallProjectResolver, ArchiveFileResolver, ShortfallProgressReportResolver, SiteShortfallResolver];
