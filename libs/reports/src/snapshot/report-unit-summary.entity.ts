import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UnitLevel } from '@app/registry/enums/division.enums';

/** The month's other facts per unit: population changes, open red lines, evidence gaps. */
@Entity('report_unit_summary')
@ObjectType({ description: '月报单位概况：人口变化、红线问题、佐证缺口' })
export class ReportUnitSummary {
  @PrimaryColumn({ type: 'varchar', length: 7 })
  period: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  unitCode: string;

  @Column({ type: 'enum', enum: UnitLevel, enumName: 'unit_level' })
  @Field(() => UnitLevel)
  level: UnitLevel;

  @Column({ type: 'varchar', length: 100 })
  @Field()
  unitName: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true })
  parentCode: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  cityCode: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  countyCode: string | null;

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
