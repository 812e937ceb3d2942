import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbModule } from '@app/db';
import { UserDirectoryModule } from '@app/access/users/user-directory';
import { RegistryModule } from '@app/registry';
import { ArchiveFileResolver, ShortfallProgressReportResolver, SiteShortfallResolver } from './archive/archive-fields.resolver';
import { ArchiveFileService } from './archive/archive-file.service';
import { ArchiveLoaderFactory } from './archive/archive.loaders';
import { PolicyDocumentResolver } from './archive/policy-document.resolver';
import { PolicyDocumentService } from './archive/policy-document.service';
import { PolicyScope } from './archive/policy-scope';
import { ShortfallProjectResolver } from './archive/shortfall-project.resolver';
import { ShortfallProjectService } from './archive/shortfall-project.service';
import { EVIDENCE_ENTITIES } from './evidence.entities';
import { EvidenceLoaderFactory } from './evidence.loaders';
import { EvidenceHistoryService } from './evidence/evidence-history.service';
import { EvidenceSearchService } from './evidence/evidence-search.service';
import { EvidenceSubjects } from './evidence/evidence-subjects';
import { EvidenceUploadService } from './evidence/evidence-upload.service';
import { EvidenceResolver } from './evidence/evidence.resolver';
import { EvidenceService } from './evidence/evidence.service';
import { HouseholdEvidenceResolver, PersonEvidenceResolver, SiteEvidenceResolver } from './evidence/subject-evidence.resolver';
import { ClaimRuleService } from './recognition/claim-rule.service';
import { RecognitionResolver } from './recognition/recognition.resolver';
import { RecognitionService } from './recognition/recognition.service';
import { DiscrepancyRateService } from './spot-checks/discrepancy-rate.service';
import { MonthlySpotChecks } from './spot-checks/monthly-spot-checks';
import { SpotCheckItemResolver } from './spot-checks/spot-check-item.resolver';
import { SpotCheckResultService } from './spot-checks/spot-check-result.service';
import { SpotCheckResolver } from './spot-checks/spot-check.resolver';
import { SpotCheckService } from './spot-checks/spot-check.service';
import { SpotCheckerAssignment } from './spot-checks/spot-checker-assignment';
import { EVIDENCE_STORAGE_PROVIDER } from './storage/evidence-storage.provider';
import { FileIntake } from './storage/file-intake';

/** Evidence files and their storage, recognition of claims, spot checks and the archive (SPEC §5). */
@Module({
  imports: [TypeOrmModule.forFeature([...EVIDENCE_ENTITIES]), DbModule, RegistryModule, UserDirectoryModule],
  providers: [
    EVIDENCE_STORAGE_PROVIDER,
    FileIntake,
    EvidenceSubjects,
    EvidenceService,
    EvidenceUploadService,
    EvidenceHistoryService,
    ClaimRuleService,
    RecognitionService,
    EvidenceLoaderFactory,
    EvidenceResolver,
    SiteEvidenceResolver,
    HouseholdEvidenceResolver,
    PersonEvidenceResolver,
    RecognitionResolver,
    SpotCheckerAssignment,
    SpotCheckService,
    SpotCheckResultService,
    MonthlySpotChecks,
    DiscrepancyRateService,
    SpotCheckResolver,
    SpotCheckItemResolver,
    EvidenceSearchService,
    PolicyScope,
    PolicyDocumentService,
    ShortfallProjectService,
    ArchiveFileService,
    ArchiveLoaderFactory,
    PolicyDocumentResolver,
    ShortfallProjectResolver,
    ArchiveFileResolver,
    ShortfallProgressReportResolver,
    SiteShortfallResolver,
  ],
  exports: [FileIntake, EvidenceService, EvidenceUploadService, ArchiveFileService, MonthlySpotChecks],
})
export class EvidenceModule {}
