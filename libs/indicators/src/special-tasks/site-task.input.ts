import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { DateScalar, NotInFuture } from '@app/common';
import { TaskStatus } from './special-task.enums';

@InputType()
export class SiteTaskInput {
  @Field(() => TaskStatus) @IsEnum(TaskStatus) status: TaskStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) progressNote?: string | null;
  @Field(() => DateScalar) @NotInFuture() recordedOn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) responsiblePerson?: string | null;
}
