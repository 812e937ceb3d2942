import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { UnitLevel } from '@app/registry';

@ObjectType({ description: '抽查核实差错率：每个单位已核实样本中存在出入的比例' })
export class DiscrepancyRate {
  @Field(() => UnitLevel)
  level: UnitLevel;

  @Field(() => ID, { description: 'Division code; the site id for sites' })
  unitCode: string;

  @Field()
  unitName: string;

  @Field(() => ID, { nullable: true })
  parentCode: string | null;

  @Field(() => Int, { description: '已核实样本数' })
  checked: number;

  @Field(() => Int, { description: '存在出入的样本数' })
  discrepancies: number;

  @Field(() => Float, { nullable: true, description: 'discrepancies / checked; null when nothing was checked' })
  rate: number | null;
}
