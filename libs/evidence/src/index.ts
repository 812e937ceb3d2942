// The module, its entities and GraphQL surface
export * from './evidence.module';
export * from './evidence.entities';
export * from './evidence.resolvers';
export { Evidence } from './evidence/evidence.entity';
export { EvidenceKind, EvidenceSubjectType } from './evidence/evidence.enums';
// Uploads (the REST routes live in the API)
export { EvidenceService } from './evidence/evidence.service';
export { EvidenceUploadService } from './evidence/evidence-upload.service';
export { ArchiveFileService } from './archive/archive-file.service';
export { ArchiveFile } from './archive/archive-file.entity';
export { ArchiveFileOwner } from './archive/archive.enums';
export { type ArchiveOwnerRules, ArchiveOwners } from './archive/archive-owners';
export { ArchiveLoaderFactory } from './archive/archive.loaders';
export { FileIntake } from './storage/file-intake';
export { EvidenceStorage, type StagedFile } from './storage/evidence-storage';
export { evidenceDirectory } from './storage/evidence-storage.provider';
export { sniffFileType } from './storage/file-type';
// Recognition of claims, for features that count them in SQL
export { Claim } from './recognition/claim.enum';
export { CLAIM_LABELS } from './recognition/claim.enum';
export { EVIDENCE_KIND_LABELS } from './evidence/evidence.enums';
export { CLAIM_RULES_JSON_SQL, ClaimRecognitionSql, type ClaimRuleRow, readClaimRules } from './recognition/claim-recognition-sql';
export * from './sql/evidence-relations';
// Spot checks the worker draws
export { MonthlySpotChecks, drawMonthlySpotCheck, MONTHLY_SPOT_CHECK_ACTOR, type MonthlySpotCheckDraw } from './spot-checks/monthly-spot-checks';
