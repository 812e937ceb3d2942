import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar } from '@app/common';
import { HouseholdType, UnitLevel } from '@app/registry';
import { RedlineRule } from '@app/redlines';
import { EvaluationCheck, EvaluationFigureKey, EvaluationFigureUnit } from '../catalog/evaluation.enums';

@ObjectType({ description: '一项核查数据：分子、分母与比率（分母为0时比率为空；数量类数据无分母）' })
export class EvaluationFigureValue {
  @Field(() => EvaluationFigureKey)
  key: EvaluationFigureKey;

  @Field(() => EvaluationCheck)
  check: EvaluationCheck;

  @Field(() => Float)
  numerator: number;

  @Field(() => Float, { nullable: true, description: '数量类数据为空' })
  denominator: number | null;

  @Field(() => Float, { nullable: true, description: '比率或人（户）均值；数量类数据即分子；分母为0时为空' })
  value: number | null;
}

@ObjectType({ description: '一个单位（本级或下级）的核查数据' })
export class EvaluationUnit {
  @Field(() => ID, { description: '行政区划代码；安置点为安置点编码' })
  code: string;

  @Field()
  name: string;

  @Field(() => UnitLevel)
  level: UnitLevel;

  @Field(() => ID, { nullable: true, description: '上级单位代码（本级单位为空）' })
  parentCode: string | null;

  @Field(() => [EvaluationFigureValue])
  figures: EvaluationFigureValue[];
}

@ObjectType({ description: '本级单位按搬迁年度的住房与入住数据' })
export class EvaluationYear {
  @Field(() => Int)
  relocationYear: number;

  @Field(() => [EvaluationFigureValue])
  figures: EvaluationFigureValue[];
}

@ObjectType({ description: '自筹资金超红线的户' })
export class OverLineHousehold {
  @Field(() => ID)
  householdId: string;

  @Field()
  code: string;

  @Field()
  headName: string;

  @Field(() => HouseholdType)
  householdType: HouseholdType;

  @Field(() => Int)
  beneficiaryCount: number;

  @Field(() => Float)
  selfFunding: number;

  @Field(() => Float, { nullable: true })
  selfFundingPerPerson: number | null;

  @Field(() => [RedlineRule], { description: '超过的红线' })
  rules: RedlineRule[];

  @Field()
  siteCode: string;

  @Field()
  siteName: string;

  @Field()
  countyName: string;
}

@ObjectType({ description: '核查数据的定义' })
export class EvaluationFigureDefinition {
  @Field(() => EvaluationFigureKey)
  key: EvaluationFigureKey;

  @Field(() => EvaluationCheck)
  check: EvaluationCheck;

  @Field()
  name: string;

  @Field()
  numeratorName: string;

  @Field(() => String, { nullable: true })
  denominatorName: string | null;

  @Field(() => EvaluationFigureUnit)
  unit: EvaluationFigureUnit;

  @Field()
  definition: string;
}

@ObjectType({ description: '国家“十三五”易地扶贫搬迁评估核查指标（发改地区规〔2016〕2660号），由记录按数据截至时点计算' })
export class NationalEvaluation {
  @Field(() => ID)
  divisionCode: string;

  @Field(() => DateScalar, { description: '数据截至日期' })
  asOf: string;

  @Field(() => DateTimeScalar, { description: '数据截至时点（该日北京时间24时）' })
  asOfInstant: Date;

  @Field(() => [EvaluationUnit], { description: '本级在前，其后为各下级单位（自治区、市：至县；县：至安置点）' })
  units: EvaluationUnit[];

  @Field(() => [EvaluationYear])
  byRelocationYear: EvaluationYear[];

  @Field(() => [OverLineHousehold])
  overLineHouseholds: OverLineHousehold[];

  @Field(() => [EvaluationFigureDefinition])
  definitions: EvaluationFigureDefinition[];
}
