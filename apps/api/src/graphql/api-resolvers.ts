import { AuthResolver } from '@app/access/auth/auth.resolver';
import { UserResolver } from '@app/access/users/user.resolver';
import { ArchiveFileResolver, ShortfallProgressReportResolver, SiteShortfallResolver } from '@app/evidence/archive/archive-fields.resolver';
import { PolicyDocumentResolver } from '@app/evidence/archive/policy-document.resolver';
import { ShortfallProjectResolver } from '@app/evidence/archive/shortfall-project.resolver';
import { EvidenceResolver } from '@app/evidence/evidence/evidence.resolver';
import { HouseholdEvidenceResolver, PersonEvidenceResolver, SiteEvidenceResolver } from '@app/evidence/evidence/subject-evidence.resolver';
import { RecognitionResolver } from '@app/evidence/recognition/recognition.resolver';
import { SpotCheckItemResolver } from '@app/evidence/spot-checks/spot-check-item.resolver';
import { SpotCheckResolver } from '@app/evidence/spot-checks/spot-check.resolver';
import { DivisionIndicatorResolver, IndicatorDefinitionResolver, SiteIndicatorResolver } from '@app/indicators/live/indicator.resolver';
import { SpecialTaskResolver } from '@app/indicators/special-tasks/special-task.resolver';
import { NewsResolver } from '@app/news/news.resolver';
import { ReportResolver } from '@app/reports/reading/report.resolver';
import { RedlineRulesResolver } from '@app/redlines/rules/redline-rules.resolver';
import { HouseholdRedlinesResolver } from '@app/redlines/violations/household-redlines.resolver';
import { RedlineViolationResolver } from '@app/redlines/violations/redline-violation.resolver';
import { DivisionResolver } from '@app/registry/divisions/division.resolver';
import { HouseholdResolver } from '@app/registry/households/household.resolver';
import { PersonResolver } from '@app/registry/persons/person.resolver';
import { SiteResolver } from '@app/registry/sites/site.resolver';

/** Every resolver of the API, for generating schema.gql without starting the server. */
export const API_RESOLVERS = [
  AuthResolver,
  UserResolver,
  DivisionResolver,
  SiteResolver,
  HouseholdResolver,
  PersonResolver,
  DivisionIndicatorResolver,
  SiteIndicatorResolver,
  IndicatorDefinitionResolver,
  SpecialTaskResolver,
  NewsResolver,
  ReportResolver,
  RedlineRulesResolver,
  RedlineViolationResolver,
  HouseholdRedlinesResolver,
  EvidenceResolver,
  SiteEvidenceResolver,
  HouseholdEvidenceResolver,
  PersonEvidenceResolver,
  RecognitionResolver,
  SpotCheckResolver,
  SpotCheckItemResolver,
  PolicyDocumentResolver,
  ShortfallProjectResolver,
  ArchiveFileResolver,
  ShortfallProgressReportResolver,
  SiteShortfallResolver,
];
