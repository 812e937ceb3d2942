import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Matches } from 'class-validator';
import { HouseholdType } from '../../enums/household.enums';

@InputType({ description: 'All given conditions must hold.' })
export class HouseholdFilter {
  @Field(() => ID, { nullable: true, description: 'Region, city or county code' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'must be a 6-digit division code' })
  divisionCode?: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be the id of a site' }) siteId?: string;
  @Field(() => HouseholdType, { nullable: true }) @IsOptional() @IsEnum(HouseholdType) householdType?: HouseholdType;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() relocationYear?: number;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() movedIn?: boolean;
}
