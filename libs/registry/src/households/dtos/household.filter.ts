import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsDivisionCode } from '@app/common';
import { HouseholdType, OldHouseStructure, PovertyStatus } from '../../enums/household.enums';
import { FIRST_RELOCATION_YEAR, LAST_RELOCATION_YEAR } from './create-household.input';

/** Features downstream of the registry add fields of their own (see household-filter.extensions.ts). */
@InputType({ description: 'All given conditions must hold.' })
export class HouseholdFilter {
  @Field(() => ID, { nullable: true, description: 'Region, city or county code' })
  @IsOptional()
  @IsDivisionCode()
  divisionCode?: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be the id of a site' }) siteId?: string;
  @Field(() => HouseholdType, { nullable: true }) @IsOptional() @IsEnum(HouseholdType) householdType?: HouseholdType;
  // The years a household can have: past the column's range a year failed in PostgreSQL, an internal error.
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(FIRST_RELOCATION_YEAR) @Max(LAST_RELOCATION_YEAR) relocationYear?: number;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() movedIn?: boolean;
  @Field({ nullable: true, description: '实际入住（上报值）' }) @IsOptional() @IsBoolean() actuallyResident?: boolean;
  @Field(() => PovertyStatus, { nullable: true }) @IsOptional() @IsEnum(PovertyStatus) povertyStatus?: PovertyStatus;
  @Field(() => OldHouseStructure, { nullable: true }) @IsOptional() @IsEnum(OldHouseStructure) oldHouseStructure?: OldHouseStructure;
  @Field({ nullable: true, description: '旧房已拆除（上报值）' }) @IsOptional() @IsBoolean() oldHouseDemolished?: boolean;

  @Field({ nullable: true, description: 'true: households with labour but nobody employed (有劳动力无人就业); false: with at least one employed member' })
  @IsOptional()
  @IsBoolean()
  laborWithoutEmployment?: boolean;
}
