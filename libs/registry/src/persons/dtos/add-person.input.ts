import { Field, Float, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { DateScalar, FitsNumeric, NotInFuture } from '@app/common';
import {
  EducationLevel,
  EmploymentStatus,
  Ethnicity,
  Gender,
  HealthStatus,
  JoinReason,
  Relation,
  SchoolingStatus,
  SchoolStage,
} from '../../enums/person.enums';
import { IsResidentId } from '../../resident-id/is-resident-id.validator';
import { NormalizeResidentId } from '../../resident-id/normalize-resident-id.transform';
import { SkillsTraining } from '../skills-training.type';

@InputType()
export class AddPersonInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be the id of a household' }) householdId: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @Field({ description: '身份证号; must match birthDate and gender' }) @NormalizeResidentId() @IsResidentId() idNumber: string;
  @Field(() => Relation) @IsEnum(Relation) relation: Relation;
  @Field(() => Gender) @IsEnum(Gender) gender: Gender;
  @Field(() => DateScalar) @NotInFuture() birthDate: string;
  @Field(() => Ethnicity) @IsEnum(Ethnicity) ethnicity: Ethnicity;
  @Field(() => EducationLevel, { nullable: true }) @IsOptional() @IsEnum(EducationLevel) education?: EducationLevel | null;
  @Field(() => HealthStatus, { nullable: true }) @IsOptional() @IsEnum(HealthStatus) health?: HealthStatus;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() pensionInsured?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() medicalInsured?: boolean;
  @Field(() => SchoolingStatus, { nullable: true }) @IsOptional() @IsEnum(SchoolingStatus) schooling?: SchoolingStatus;
  @Field(() => SchoolStage, { nullable: true }) @IsOptional() @IsEnum(SchoolStage) schoolStage?: SchoolStage | null;
  @Field(() => EmploymentStatus, { nullable: true }) @IsOptional() @IsEnum(EmploymentStatus) employment?: EmploymentStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) employer?: string | null;
  @Field(() => Float, { nullable: true, description: '元/月' }) @IsOptional() @FitsNumeric(10, 2) monthlyWage?: number | null;

  @Field(() => [SkillsTraining], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => SkillsTraining)
  trainings?: SkillsTraining[];

  @Field({ nullable: true }) @IsOptional() @IsBoolean() isLabour?: boolean;
  @Field(() => JoinReason, { nullable: true }) @IsOptional() @IsEnum(JoinReason) joinReason?: JoinReason;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() joinedOn?: string | null;
}

@InputType({ description: 'Fields to change. Leaving is recorded with recordPersonLeft, never here.' })
export class UpdatePersonInput extends PartialType(OmitType(AddPersonInput, ['householdId'] as const)) {}
