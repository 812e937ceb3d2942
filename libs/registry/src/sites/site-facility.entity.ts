import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FacilityKind } from './facility-kind.entity';
import { Site } from './site.entity';
import { FacilityStatus } from '../enums/site.enums';

@Entity('site_facility')
@ObjectType({ description: '安置点设施' })
export class SiteFacility {
  @PrimaryColumn('uuid')
  siteId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  @Field({ description: 'FacilityKind code' })
  kindCode: string;

  @ManyToOne(() => Site, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  protected siteRef?: Site;

  @ManyToOne(() => FacilityKind, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind_code' })
  protected kindRef?: FacilityKind;

  @Column({ type: 'enum', enum: FacilityStatus, enumName: 'facility_status' })
  @Field(() => FacilityStatus)
  status: FacilityStatus;
}
