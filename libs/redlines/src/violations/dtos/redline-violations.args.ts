import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString } from 'class-validator';
import { IsDivisionCode } from '@app/common';
import { ViolationStatus } from '../violation-status.enum';

@ArgsType()
export class RedlineViolationsArgs {
  @Field(() => ID, { nullable: true, description: 'Region, city or county code; the whole of your jurisdiction when omitted' })
  @IsOptional()
  @IsDivisionCode()
  divisionCode?: string | null;

  @Field(() => ViolationStatus, { nullable: true, description: 'Both when omitted' })
  @IsOptional()
  @IsEnum(ViolationStatus)
  status?: ViolationStatus | null;

  // Bounds are checked with the cursor (keysetPage); the decorators keep the validation pipe
  // from stripping the fields as undeclared.
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string | null;
}
