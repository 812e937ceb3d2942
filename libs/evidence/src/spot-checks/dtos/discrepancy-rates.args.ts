import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, Matches } from 'class-validator';

@ArgsType()
export class DiscrepancyRatesArgs {
  @Field(() => ID)
  @IsString()
  divisionCode: string;

  @Field(() => String, { nullable: true, description: 'Only results recorded in this month (YYYY-MM, Asia/Shanghai); all when absent' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month written YYYY-MM, e.g. 2026-10' })
  period?: string | null;
}
