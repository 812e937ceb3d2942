export * from './evidence.module';
export * from './evidence.entities';
export { Evidence } from './evidence/evidence.entity';
export { EvidenceKind, EvidenceSubjectType } from './evidence/evidence.enums';
export { Claim } from './recognition/claim.enum';
