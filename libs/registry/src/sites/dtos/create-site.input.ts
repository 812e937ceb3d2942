import { Field, Float, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateScalar, FitsNumeric, IsDivisionCode, NotInFuture } from '@app/common';
import { ConstructionMode, ConstructionStatus, PlacementType } from '../../enums/site.enums';
import { IntegrationNote } from '../integration-note.type';
import { SiteFacilityInput } from './site-facility.input';

const PHONE = /^[0-9+\-() ]{5,20}$/;

@InputType()
export class CreateSiteInput {
  @Field(() => ID, { description: 'County-level division code, e.g. 450123; fixed once the site exists.' })
  @IsDivisionCode({ message: 'must be a 6-digit county division code' })
  countyCode: string;

  @Field() @IsString() @IsNotEmpty() @MaxLength(32) code: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @Field(() => PlacementType) @IsEnum(PlacementType) placementType: PlacementType;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) address?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLongitude() longitude?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLatitude() latitude?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) leaderName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) leaderPost?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE, { message: 'must be a phone number' }) leaderPhone?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) plannedHouseholds?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) plannedPersons?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) housingUnits?: number | null;
  @Field(() => Float, { nullable: true, description: '万元' }) @IsOptional() @FitsNumeric(14, 2) totalInvestment?: number | null;
  @Field(() => ConstructionMode, { nullable: true }) @IsOptional() @IsEnum(ConstructionMode) constructionMode?: ConstructionMode | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) ownerUnit?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) designUnit?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) supervisionUnit?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) constructionUnit?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) tenderMethod?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() tenderDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) winningBidder?: string | null;
  @Field(() => ConstructionStatus, { nullable: true }) @IsOptional() @IsEnum(ConstructionStatus) constructionStatus?: ConstructionStatus;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() constructionStartedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() constructionCompletedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() acceptedOn?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() geohazardAssessed?: boolean;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() geohazardAssessedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) geohazardConclusion?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) housingQualitySafety?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() partyOrganisationEstablished?: boolean;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() partyOrganisationEstablishedOn?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() selfGovernanceEstablished?: boolean;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @NotInFuture() selfGovernanceEstablishedOn?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() buildingHeadSystem?: boolean;

  @Field(() => [IntegrationNote], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => IntegrationNote)
  integrationNotes?: IntegrationNote[];

  @Field(() => [SiteFacilityInput], { nullable: true, description: 'Replaces the whole facility list when given.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => SiteFacilityInput)
  facilities?: SiteFacilityInput[];
}

@InputType()
export class UpdateSiteInput extends PartialType(OmitType(CreateSiteInput, ['countyCode'] as const)) {}
