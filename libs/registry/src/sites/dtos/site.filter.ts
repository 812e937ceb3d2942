import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsDivisionCode } from '@app/common';
import { ConstructionStatus } from '../../enums/site.enums';

@InputType({ description: 'All given conditions must hold.' })
export class SiteFilter {
  @Field(() => ID, { nullable: true, description: 'Region, city or county code' })
  @IsOptional()
  @IsDivisionCode()
  divisionCode?: string;

  @Field({ nullable: true, description: '已开展地灾评估（上报值）' }) @IsOptional() @IsBoolean() geohazardAssessed?: boolean;
  @Field({ nullable: true, description: '已竣工验收' }) @IsOptional() @IsBoolean() accepted?: boolean;
  @Field(() => ConstructionStatus, { nullable: true }) @IsOptional() @IsEnum(ConstructionStatus) constructionStatus?: ConstructionStatus;

  @Field({ nullable: true, description: 'Sites where this facility kind (e.g. KINDERGARTEN) is not built or in use' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  missingFacility?: string;
}
