import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';

@ArgsType()
export class RejectEvidenceArgs {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field({ description: '不予认定的原因，告知上传单位' })
  @IsString()
  @Matches(/\S/, { message: 'must say why the file does not back the claim' })
  @MaxLength(500)
  reason: string;
}
