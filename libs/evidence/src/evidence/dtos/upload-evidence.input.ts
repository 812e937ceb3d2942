import { IsEnum, IsUUID } from 'class-validator';
import { EvidenceKind, EvidenceSubjectType } from '../evidence.enums';

/** The text fields of `POST /evidence` (multipart), validated like any GraphQL input. */
export class UploadEvidenceInput {
  @IsEnum(EvidenceSubjectType, { message: `must be one of ${Object.values(EvidenceSubjectType).join(', ')}` })
  subjectType: EvidenceSubjectType;

  @IsUUID('all', { message: 'must be the id of a site, household or person' })
  subjectId: string;

  @IsEnum(EvidenceKind, { message: `must be one of ${Object.values(EvidenceKind).join(', ')}` })
  kind: EvidenceKind;
}
