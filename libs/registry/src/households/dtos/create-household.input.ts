import { Field, Float, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateScalar, FitsNumeric, NotInFuture } from '@app/common';
import {
  HouseholdType,
  IncomeSource,
  OldHouseDisposition,
  OldHouseStructure,
  OriginLandUse,
  OriginType,
  PovertyStatus,
} from '../../enums/household.enums';
import { Ethnicity } from '../../enums/person.enums';
import { IsResidentId } from '../../resident-id/is-resident-id.validator';
import { NormalizeResidentId } from '../../resident-id/normalize-resident-id.transform';
import { IndustryProject } from '../industry-project.type';

/** Relocation under the 13th Five-Year plan ran from 2016 to 2020. */
export const FIRST_RELOCATION_YEAR = 2016;
export const LAST_RELOCATION_YEAR = 2020;

@InputType()
export class CreateHouseholdInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be the id of a site' }) siteId: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(32) code: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(50) headName: string;
  @Field({ description: '户主身份证号; the head is recorded as a member of the household (relation HEAD) with the gender and birth date this ID gives' })
  @NormalizeResidentId()
  @IsResidentId()
  headIdNumber: string;

  @Field(() => Ethnicity, { description: '户主民族' }) @IsEnum(Ethnicity) headEthnicity: Ethnicity;
  @Field(() => HouseholdType) @IsEnum(HouseholdType) householdType: HouseholdType;

  @Field(() => Int, { description: '受益人口; at least 1, the per-person red lines divide by it' })
  @IsInt()
  @Min(1)
  beneficiaryCount: number;

  @Field(() => Int, { nullable: true, description: 'at most beneficiaryCount' }) @IsOptional() @IsInt() @Min(0) laborCount?: number;

  @Field(() => Int)
  @IsInt()
  @Min(FIRST_RELOCATION_YEAR)
  @Max(LAST_RELOCATION_YEAR)
  relocationYear: number;

  @Field(() => PovertyStatus, { nullable: true }) @IsOptional() @IsEnum(PovertyStatus) povertyStatus?: PovertyStatus;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(2014) @Max(2030) povertyExitYear?: number | null;
  @Field(() => OriginType) @IsEnum(OriginType) originType: OriginType;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) originVillage?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(30) roomNumber?: string | null;
  @Field(() => Float, { description: '㎡, greater than 0' }) @IsPositive() @Max(100000) housingArea: number;
  @Field(() => Float, { nullable: true, description: '元, 0 or more' }) @IsOptional() @Min(0) @Max(10000000) selfFunding?: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  publicServices?: string[];

  @Field({ nullable: true }) @IsOptional() @IsBoolean() movedIn?: boolean;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() movedInOn?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() actuallyResident?: boolean;
  @Field(() => OldHouseStructure, { nullable: true }) @IsOptional() @IsEnum(OldHouseStructure) oldHouseStructure?: OldHouseStructure | null;
  @Field(() => OldHouseDisposition, { nullable: true }) @IsOptional() @IsEnum(OldHouseDisposition) oldHouseDisposition?: OldHouseDisposition;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) oldHouseExemptReason?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() oldHouseDemolished?: boolean;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() oldHouseDemolishedOn?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() landReclaimed?: boolean;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() landReclaimedOn?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() propertyCertificateIssued?: boolean;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() propertyCertificateIssuedOn?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() hukouTransferred?: boolean;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() hukouTransferredOn?: string | null;
  @Field(() => IncomeSource, { nullable: true }) @IsOptional() @IsEnum(IncomeSource) mainIncomeSource?: IncomeSource | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @FitsNumeric(12, 2) netIncomePerCapita?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(2014) @Max(2035) netIncomeYear?: number | null;

  @Field(() => [IndustryProject], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => IndustryProject)
  industryProjects?: IndustryProject[];

  @Field(() => Float, { nullable: true, description: '亩' }) @IsOptional() @FitsNumeric(10, 2) originFarmlandMu?: number;
  @Field(() => Float, { nullable: true, description: '亩' }) @IsOptional() @FitsNumeric(10, 2) originForestlandMu?: number;
  @Field(() => OriginLandUse, { nullable: true }) @IsOptional() @IsEnum(OriginLandUse) originLandUse?: OriginLandUse | null;
}

@InputType({ description: 'Fields to change; the site of a household is fixed (move a household by recreating it).' })
export class UpdateHouseholdInput extends PartialType(OmitType(CreateHouseholdInput, ['siteId'] as const)) {}
