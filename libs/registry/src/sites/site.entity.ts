import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateScalar, numericTransformer } from '@app/common';
import { RegistryRecord } from '../registry-record';
import { Division } from '../divisions/division.entity';
import { ConstructionMode, ConstructionStatus, PlacementType } from '../enums/site.enums';
import { IntegrationNote } from './integration-note.type';

/** 安置点: a concentrated resettlement site (SPEC §2.1). */
@Entity('site')
@ObjectType({ description: '安置点' })
export class Site extends RegistryRecord {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  @Field({ description: '安置点编码' })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '安置点名称' })
  name: string;

  @Index()
  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  /** Declared for the foreign key only; code reads countyCode. */
  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_code' })
  protected countyRef?: Division;

  /** Denormalised from the county so scoping and roll-ups need no join to divisions. */
  @Index()
  @Column({ type: 'varchar', length: 6 })
  cityCode: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '地址' })
  address: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true, description: '经度 (WGS-84)' })
  longitude: number | null;

  @Column({ type: 'numeric', precision: 8, scale: 6, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true, description: '纬度 (WGS-84)' })
  latitude: number | null;

  @Column({ type: 'enum', enum: PlacementType, enumName: 'placement_type' })
  @Field(() => PlacementType)
  placementType: PlacementType;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: '包点县级领导姓名' })
  leaderName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: '包点县级领导职务' })
  leaderPost: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  leaderPhone: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: '计划安置户数' })
  plannedHouseholds: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: '计划安置人数' })
  plannedPersons: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: '安置住房套数' })
  housingUnits: number | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true, description: '总投资（万元）' })
  totalInvestment: number | null;

  @Column({ type: 'enum', enum: ConstructionMode, enumName: 'construction_mode', nullable: true })
  @Field(() => ConstructionMode, { nullable: true })
  constructionMode: ConstructionMode | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '业主单位' })
  ownerUnit: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '设计单位' })
  designUnit: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '监理单位' })
  supervisionUnit: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '施工单位' })
  constructionUnit: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: '招标方式' })
  tenderMethod: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '招标日期' })
  tenderDate: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '中标单位' })
  winningBidder: string | null;

  @Index()
  @Column({ type: 'enum', enum: ConstructionStatus, enumName: 'construction_status', default: ConstructionStatus.NOT_STARTED })
  @Field(() => ConstructionStatus)
  constructionStatus: ConstructionStatus;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '开工日期' })
  constructionStartedOn: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '完工日期' })
  constructionCompletedOn: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '竣工验收日期' })
  acceptedOn: string | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '是否已开展地灾评估' })
  geohazardAssessed: boolean;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '地灾评估日期' })
  geohazardAssessedOn: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '地灾评估结论' })
  geohazardConclusion: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '安置住房质量安全情况' })
  housingQualitySafety: string | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '是否成立党组织' })
  partyOrganisationEstablished: boolean;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '党组织成立日期' })
  partyOrganisationEstablishedOn: string | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '是否成立自治组织' })
  selfGovernanceEstablished: boolean;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '自治组织成立日期' })
  selfGovernanceEstablishedOn: string | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '是否实行楼长制' })
  buildingHeadSystem: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  @Field(() => [IntegrationNote], { description: '搬迁群众融入社区生活情况' })
  integrationNotes: IntegrationNote[];
}
