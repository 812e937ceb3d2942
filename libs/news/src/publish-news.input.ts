import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsDivisionCode } from '@app/common';

@InputType()
export class PublishNewsInput {
  @Field(() => ID, { description: 'Region, city or county code inside your jurisdiction' })
  @IsDivisionCode()
  divisionCode: string;

  @Field() @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(20000) body: string;
}
