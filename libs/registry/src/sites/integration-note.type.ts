import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { DateScalar, NotInFuture } from '@app/common';

@InputType('IntegrationNoteInput')
@ObjectType({ description: '融入社区生活情况记录' })
export class IntegrationNote {
  @Field(() => DateScalar)
  @NotInFuture()
  date: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text: string;
}
