import { registerLabelledEnum } from '@app/common';

/** What an evidence file is about: one of the three layers of records (SPEC §2). */
export enum EvidenceSubjectType {
  SITE = 'SITE',
  HOUSEHOLD = 'HOUSEHOLD',
  PERSON = 'PERSON',
}
export const EVIDENCE_SUBJECT_TYPE_LABELS = registerLabelledEnum(EvidenceSubjectType, 'EvidenceSubjectType', '佐证材料所属对象', {
  SITE: '安置点',
  HOUSEHOLD: '搬迁户',
  PERSON: '搬迁人口',
});

/**
 * The kinds of evidence file (佐证材料). The first seven back a claim (see the claim_rule
 * table); SITE_PHOTO and OTHER are kept in the archive but back nothing.
 */
export enum EvidenceKind {
  RELOCATION_APPROVAL_FORM = 'RELOCATION_APPROVAL_FORM',
  MOVE_IN_PHOTO = 'MOVE_IN_PHOTO',
  DEMOLITION_RECLAMATION_PHOTO = 'DEMOLITION_RECLAMATION_PHOTO',
  DUAL_CONFIRMATION_FORM = 'DUAL_CONFIRMATION_FORM',
  SELF_FUNDING_RECEIPT = 'SELF_FUNDING_RECEIPT',
  GEOHAZARD_ASSESSMENT_REPORT = 'GEOHAZARD_ASSESSMENT_REPORT',
  COMPLETION_ACCEPTANCE_REPORT = 'COMPLETION_ACCEPTANCE_REPORT',
  SITE_PHOTO = 'SITE_PHOTO',
  OTHER = 'OTHER',
}
export const EVIDENCE_KIND_LABELS = registerLabelledEnum(EvidenceKind, 'EvidenceKind', '佐证材料类型', {
  RELOCATION_APPROVAL_FORM: '搬迁审批表',
  MOVE_IN_PHOTO: '实际入住照片',
  DEMOLITION_RECLAMATION_PHOTO: '旧房拆除复垦照片',
  DUAL_CONFIRMATION_FORM: '脱贫双认定表',
  SELF_FUNDING_RECEIPT: '自筹资金凭证',
  GEOHAZARD_ASSESSMENT_REPORT: '地灾评估报告',
  COMPLETION_ACCEPTANCE_REPORT: '住房竣工验收报告',
  SITE_PHOTO: '安置点照片',
  OTHER: '其他材料',
});
