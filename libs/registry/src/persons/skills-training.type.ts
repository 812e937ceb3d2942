import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { DateScalar, NotInFuture } from '@app/common';

@InputType('SkillsTrainingInput')
@ObjectType({ description: '技能培训' })
export class SkillsTraining {
  @Field({ description: '培训类别' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  kind: string;

  @Field(() => DateScalar, { description: '培训日期' })
  @NotInFuture()
  date: string;
}
