import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { UpdateHouseholdInput, UpdateSiteInput } from '@app/registry';
import { SpotCheckOutcome } from '../spot-check.enums';

/** Corrected values for the sampled record, applied through the registry's own validated update. */
@InputType()
export class SpotCheckCorrectionsInput {
  @Field(() => Int, { description: 'The version of the record you checked: CONFLICT if it changed since' })
  @IsInt()
  version: number;

  @Field(() => UpdateHouseholdInput, { nullable: true, description: 'For a sampled household' })
  @IsOptional()
  @ValidateNested()
  @Type(() => UpdateHouseholdInput)
  household?: UpdateHouseholdInput | null;

  @Field(() => UpdateSiteInput, { nullable: true, description: 'For a sampled site' })
  @IsOptional()
  @ValidateNested()
  @Type(() => UpdateSiteInput)
  site?: UpdateSiteInput | null;
}

@ArgsType()
export class RecordSpotCheckResultArgs {
  @Field(() => ID)
  @IsString()
  itemId: string;

  @Field(() => SpotCheckOutcome)
  @IsEnum(SpotCheckOutcome)
  outcome: SpotCheckOutcome;

  @Field(() => String, { nullable: true, description: '核实情况说明' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;

  @Field(() => SpotCheckCorrectionsInput, { nullable: true, description: 'Only with DISCREPANCY' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SpotCheckCorrectionsInput)
  corrections?: SpotCheckCorrectionsInput | null;
}
