import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

@InputType()
export class PublishNewsInput {
  @Field(() => ID, { description: 'Region, city or county code inside your jurisdiction' })
  @Matches(/^\d{6}$/, { message: 'must be a 6-digit division code' })
  divisionCode: string;

  @Field() @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(20000) body: string;
}
