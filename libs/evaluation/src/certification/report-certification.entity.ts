import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateTimeScalar } from '@app/common';
import { UnitLevel } from '@app/registry';
import { CertificationStatus } from './certification.enums';

/**
 * A unit's confirmation of the month as it stood when a snapshot of the monthly report was
 * published (SPEC §9): recorded in the publishing transaction and never changed, so a later
 * confirmation does not rewrite what the published report said. Keyed by the snapshot, so a
 * revision records its own and the superseded snapshot keeps its.
 */
@Entity('report_certification')
@ObjectType('ReportCertification', { description: '月报发布时各单位的数据确认状态（发布后不再变化）' })
export class ReportCertification {
  @PrimaryColumn({ name: 'snapshot_id', type: 'uuid' })
  snapshotId: string;

  @PrimaryColumn({ name: 'division_code', type: 'varchar', length: 6 })
  @Field(() => ID)
  divisionCode: string;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'enum', enum: UnitLevel, enumName: 'unit_level' })
  @Field(() => UnitLevel)
  level: UnitLevel;

  @Column({ name: 'unit_name', type: 'varchar', length: 100 })
  @Field({ description: '单位名称（发布时）' })
  unitName: string;

  @Column({ type: 'enum', enum: CertificationStatus, enumName: 'certification_status' })
  @Field(() => CertificationStatus, { description: '发布时的确认状态' })
  status: CertificationStatus;

  @Column({ name: 'certified_by', type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: '确认人（发布时已确认的）' })
  certifiedBy: string | null;

  @Column({ name: 'certified_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '确认时间（发布时已确认的）' })
  certifiedAt: Date | null;

  @Column({ name: 'corrections_of_previous_month', type: 'int' })
  @Field(() => Int, { description: '上月确认后更正：本单位（含所辖县）确认上月数据后对上月数据有影响的修改次数，截至发布时' })
  correctionsOfPreviousMonth: number;
}
