import { ArgsType, Field, Float, Int } from '@nestjs/graphql';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsPositive, Max } from 'class-validator';
import { HouseholdType } from '@app/registry';
import { RedlineRule } from '../redline-rule.enum';

/** Omitted (or null) fields stay as they are. */
@ArgsType()
export class UpdateRedlineRuleArgs {
  @Field(() => RedlineRule)
  @IsEnum(RedlineRule)
  rule: RedlineRule;

  @Field(() => Float, { nullable: true, description: 'Greater than 0, in the unit of the rule' })
  @IsOptional()
  @IsPositive()
  @Max(100_000_000)
  threshold?: number | null;

  @Field(() => [HouseholdType], { nullable: true, description: 'At least one household type' })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(HouseholdType, { each: true })
  householdTypes?: HouseholdType[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a stale one is CONFLICT' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}
