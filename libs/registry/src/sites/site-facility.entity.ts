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

  // Eager: a facility is shown by its kind's name, and the kinds are a short configuration table.
  @ManyToOne(() => FacilityKind, { onDelete: 'RESTRICT', eager: true })
  @JoinColumn({ name: 'kind_code' })
  protected kindRef?: FacilityKind;

  @Field({ description: '设施名称（如 小学、卫生室）' })
  get kindName(): string {
    return this.kindRef?.name ?? this.kindCode;
  }

  @Column({ type: 'enum', enum: FacilityStatus, enumName: 'facility_status' })
  @Field(() => FacilityStatus)
  status: FacilityStatus;
}
