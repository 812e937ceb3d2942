import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { FitsNumeric } from '@app/common';

@InputType('IndustryProjectInput')
@ObjectType({ description: '产业项目' })
export class IndustryProject {
  @Field({ description: '项目名称' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: '项目类别（种植、养殖、加工、光伏、入股分红等）' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  kind?: string | null;

  @Field(() => Float, { nullable: true, description: '扶持金额（元）' })
  @IsOptional()
  @FitsNumeric(12, 2)
  supportAmount?: number | null;
}
