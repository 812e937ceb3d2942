import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, PrimaryColumn } from 'typeorm';
import { UnitLevel } from '@app/registry';

/** Which unit a snapshot row is about, and where it lies (for scoping reads). */
@ObjectType({ isAbstract: true })
export abstract class ReportUnitColumns {
  @PrimaryColumn({ type: 'varchar', length: 7 })
  period: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Division code, or the site id for sites' })
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

  /** The city and county the unit lies in (null above them). */
  @Column({ type: 'varchar', length: 6, nullable: true })
  cityCode: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  countyCode: string | null;
}
