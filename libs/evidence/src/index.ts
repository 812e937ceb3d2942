export * from './evidence.module';
export * from './evidence.entities';
export { Evidence } from './evidence/evidence.entity';
export { EvidenceKind, EvidenceSubjectType } from './evidence/evidence.enums';
export { Claim } from './recognition/claim.enum';
export { CLAIM_LABELS } from './recognition/claim.enum';
export { EVIDENCE_KIND_LABELS } from './evidence/evidence.enums';
export { readClaimRules } from './recognition/claim-recognition-sql';
export type { ClaimRuleRow } from './recognition/claim-recognition-sql';
