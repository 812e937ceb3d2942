import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const MAX_SAMPLE = 500;

@ArgsType()
export class CreateSpotCheckArgs {
  @Field(() => ID, { description: '抽查范围：自治区、设区市或县（市、区）代码' })
  @IsString()
  divisionCode: string;

  @Field(() => Int, { description: '抽取安置点数' })
  @IsInt()
  @Min(0)
  @Max(MAX_SAMPLE)
  sites: number;

  @Field(() => Int, { description: '抽取搬迁户数' })
  @IsInt()
  @Min(0)
  @Max(MAX_SAMPLE)
  households: number;

  @Field({ description: '随机种子：同一种子、同样数据抽出同样样本，便于复核' })
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(100)
  seed: string;

  @Field(() => String, { nullable: true, description: 'Username of the spot checker; by default the one whose jurisdiction fits the unit best' })
  @IsOptional()
  @IsString()
  assignee?: string | null;
}
