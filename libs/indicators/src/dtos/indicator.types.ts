import { Field, Float, ObjectType } from '@nestjs/graphql';
import '../catalog/register-indicator-enums';
import { IndicatorDirection, IndicatorKey, IndicatorUnit } from '../catalog/indicator-key.enum';

@ObjectType({ description: '指标值：分子、分母与比值（分母为0时无值）' })
export class IndicatorValue {
  @Field(() => IndicatorKey)
  key: IndicatorKey;

  @Field(() => Float)
  numerator: number;

  @Field(() => Float, { description: '0 for COUNT indicators, which have no denominator' })
  denominator: number;

  @Field(() => Float, { nullable: true, description: 'numerator / denominator, null when the denominator is 0; for COUNT indicators the count itself' })
  value: number | null;
}

@ObjectType({ description: '指标定义' })
export class IndicatorDefinitionType {
  @Field(() => IndicatorKey) key: IndicatorKey;
  @Field() nameZh: string;
  @Field() nameEn: string;
  @Field({ description: '分子' }) numeratorZh: string;
  @Field({ description: '分母' }) denominatorZh: string;
  @Field(() => IndicatorUnit) unit: IndicatorUnit;
  @Field(() => IndicatorDirection) direction: IndicatorDirection;
  @Field(() => Float, { description: 'Weight in the composite score (0: not part of it)' }) weight: number;
}
