import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { FacilityStatus } from '../../enums/site.enums';

@InputType()
export class SiteFacilityInput {
  @Field({ description: 'FacilityKind code, e.g. PRIMARY_SCHOOL, CLINIC, EMPLOYMENT_CENTRE' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  kindCode: string;

  @Field(() => FacilityStatus)
  @IsEnum(FacilityStatus)
  status: FacilityStatus;
}
