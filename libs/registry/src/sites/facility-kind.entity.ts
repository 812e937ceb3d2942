import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { FacilityCategory } from '../enums/site.enums';

/** Kinds of facility a site can have; configuration rows (seeded, editable), not an enum in code. */
@Entity('facility_kind')
@ObjectType({ description: '设施种类（公共服务设施、社区服务“九个中心”）' })
export class FacilityKind {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  @Field(() => ID)
  code: string;

  @Column({ type: 'varchar', length: 50 })
  @Field()
  name: string;

  @Column({ type: 'enum', enum: FacilityCategory, enumName: 'facility_category' })
  @Field(() => FacilityCategory)
  category: FacilityCategory;
}
