import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { ReportUnitColumns } from './report-unit.columns';

/** The month's other facts per unit: population changes, open red lines, evidence gaps. */
@Entity('report_unit_summary')
@ObjectType({ description: '月报单位概况：人口变化、红线问题、佐证缺口' })
export class ReportUnitSummary extends ReportUnitColumns {
  @Column({ type: 'int' })
  @Field(() => Int, { description: '本月死亡人口' })
  deceased: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '本月新增人口（新生、婚入等）' })
  added: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '月末未整改的红线问题' })
  openViolations: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '月末未获认定的上报事项' })
  unrecognizedClaims: number;
}
