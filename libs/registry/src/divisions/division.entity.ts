import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UnitLevel } from '../enums/division.enums';

/**
 * An administrative division (region, city, county) with its statistical code. Codes nest by
 * prefix (450000 ⊃ 450100 ⊃ 450123), which is what jurisdiction checks rely on.
 */
@Entity('division')
@ObjectType({ description: '行政区划：自治区、设区市、县（市、区）' })
export class Division {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  @Field(() => ID)
  code: string;

  @Column({ type: 'varchar', length: 64 })
  @Field()
  name: string;

  @Column({ type: 'enum', enum: UnitLevel, enumName: 'unit_level' })
  @Field(() => UnitLevel)
  level: UnitLevel;

  @Index()
  @Column({ type: 'varchar', length: 6, nullable: true })
  parentCode: string | null;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code' })
  protected parentRef?: Division;

  @Column({ type: 'boolean', default: false })
  @Field({ description: 'Whether the unit carries relocation work (13 of the 14 cities of Guangxi do).' })
  hasRelocationTask: boolean;
}
