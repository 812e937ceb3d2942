import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { EvidenceKind, EvidenceSubjectType } from '../evidence/evidence.enums';
import { Claim } from './claim.enum';

/** A claim reported but not backed by a non-rejected evidence file: shown, not counted (不予认定). */
@ObjectType({ description: '未认定事项：已上报但缺少有效佐证材料' })
export class UnrecognizedClaim {
  @Field(() => Claim)
  claim: Claim;

  @Field(() => EvidenceSubjectType)
  subjectType: EvidenceSubjectType;

  @Field(() => ID)
  subjectId: string;

  @Field({ description: '户编码或安置点编码' })
  subjectCode: string;

  @Field(() => EvidenceKind, { description: 'The evidence kind that would recognise the claim' })
  requiredEvidenceKind: EvidenceKind;

  /** Resolved to `site` by the resolver. */
  siteId: string;
}

@ObjectType()
export class UnrecognizedClaimConnection extends ConnectionType(UnrecognizedClaim) {}
