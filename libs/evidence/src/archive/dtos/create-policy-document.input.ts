import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DateScalar, NotInFuture } from '@app/common';
import { PolicyLevel } from '../archive.enums';

const NOT_BLANK = { message: 'must not be blank' };

@InputType()
export class CreatePolicyDocumentInput {
  @Field() @IsString() @Matches(/\S/, NOT_BLANK) @MaxLength(300) title: string;
  @Field({ description: '发文机关' }) @IsString() @Matches(/\S/, NOT_BLANK) @MaxLength(200) issuer: string;
  @Field(() => String, { nullable: true, description: '文号，如 桂政发〔2018〕1号' }) @IsOptional() @IsString() @MaxLength(100) documentNumber?: string | null;
  @Field(() => PolicyLevel) @IsEnum(PolicyLevel) level: PolicyLevel;

  @Field(() => ID, { nullable: true, description: 'The issuing region, city or county; omit for national documents' })
  @IsOptional()
  @IsString()
  divisionCode?: string | null;

  @Field(() => DateScalar, { description: '成文日期' }) @NotInFuture() issuedOn: string;
}
