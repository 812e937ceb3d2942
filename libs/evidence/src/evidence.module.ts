import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbModule } from '@app/db';
import { UserDirectoryModule } from '@app/access';
import { RegistryModule } from '@app/registry';
import { EVIDENCE_RESOLVERS } from './evidence.resolvers';
import { ArchiveFileService } from './archive/archive-file.service';
import { ArchiveLoaderFactory } from './archive/archive.loaders';
import { ArchiveOwners } from './archive/archive-owners';
import { PolicyDocumentService } from './archive/policy-document.service';
import { PolicyScope } from './archive/policy-scope';
import { ShortfallProjectService } from './archive/shortfall-project.service';
import { EVIDENCE_ENTITIES } from './evidence.entities';
import { EvidenceLoaderFactory } from './evidence.loaders';
import { EvidenceHistoryService } from './evidence/evidence-history.service';
import { EvidenceSearchService } from './evidence/evidence-search.service';
import { EvidenceSubjects } from './evidence/evidence-subjects';
import { EvidenceUploadService } from './evidence/evidence-upload.service';
import { EvidenceService } from './evidence/evidence.service';
import { ClaimRuleService } from './recognition/claim-rule.service';
import { RecognitionService } from './recognition/recognition.service';
import { DiscrepancyRateService } from './spot-checks/discrepancy-rate.service';
import { MonthlySpotChecks } from './spot-checks/monthly-spot-checks';
import { SpotCheckResultService } from './spot-checks/spot-check-result.service';
import { SpotCheckService } from './spot-checks/spot-check.service';
import { SpotCheckerAssignment } from './spot-checks/spot-checker-assignment';
import { EVIDENCE_STORAGE_PROVIDER } from './storage/evidence-storage.provider';
import { EvidenceStorage } from './storage/evidence-storage';
import { FileIntake } from './storage/file-intake';

/** Evidence files and their storage, recognition of claims, spot checks and the archive (SPEC §5). */
@Module({
  imports: [TypeOrmModule.forFeature([...EVIDENCE_ENTITIES]), DbModule, RegistryModule, UserDirectoryModule],
  providers: [
    ...EVIDENCE_RESOLVERS,
    EVIDENCE_STORAGE_PROVIDER,
    FileIntake,
    EvidenceSubjects,
    EvidenceService,
    EvidenceUploadService,
    EvidenceHistoryService,
    ClaimRuleService,
    RecognitionService,
    EvidenceLoaderFactory,
    SpotCheckerAssignment,
    SpotCheckService,
    SpotCheckResultService,
    MonthlySpotChecks,
    DiscrepancyRateService,
    EvidenceSearchService,
    PolicyScope,
    PolicyDocumentService,
    ShortfallProjectService,
    ArchiveFileService,
    ArchiveOwners,
    ArchiveLoaderFactory,
  ],
  exports: [FileIntake, EvidenceStorage, EvidenceService, EvidenceUploadService, ArchiveFileService, ArchiveOwners, ArchiveLoaderFactory, MonthlySpotChecks],
})
export class EvidenceModule {}
