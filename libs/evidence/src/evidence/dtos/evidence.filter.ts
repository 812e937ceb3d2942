import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { EvidenceKind, EvidenceSubjectType } from '../evidence.enums';

@InputType({ description: 'Narrows the evidence of a unit in the archive' })
export class EvidenceFilter {
  @Field(() => ID, { description: '自治区、设区市或县（市、区）代码' }) @IsString() divisionCode: string;
  @Field(() => EvidenceKind, { nullable: true }) @IsOptional() @IsEnum(EvidenceKind) kind?: EvidenceKind | null;
  @Field(() => EvidenceSubjectType, { nullable: true }) @IsOptional() @IsEnum(EvidenceSubjectType) subjectType?: EvidenceSubjectType | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only rejected files; false: only files not rejected' }) @IsOptional() @IsBoolean() rejected?: boolean | null;
  @Field(() => String, { nullable: true, description: 'A fragment of the file name' }) @IsOptional() @IsString() @MaxLength(100) search?: string | null;
}
