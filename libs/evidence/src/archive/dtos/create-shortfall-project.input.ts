import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { DateScalar, NotInFuture } from '@app/common';
import { ShortfallCategory } from '../archive.enums';

@InputType()
export class CreateShortfallProjectInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be the id of a site' }) siteId: string;
  @Field() @IsString() @Matches(/\S/, { message: 'must not be blank' }) @MaxLength(200) name: string;
  @Field(() => ShortfallCategory) @IsEnum(ShortfallCategory) category: ShortfallCategory;
  @Field(() => Float, { nullable: true, description: '计划投资（万元）' }) @IsOptional() @IsNumber() @Min(0) @Max(1e10) plannedInvestment?: number | null;
}

@InputType()
export class ReportShortfallProgressInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be the id of a shortfall project' }) projectId: string;
  @Field(() => DateScalar) @NotInFuture() reportedOn: string;
  @Field(() => Int, { description: '完成进度（%）' }) @IsInt() @Min(0) @Max(100) percent: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string | null;
}
