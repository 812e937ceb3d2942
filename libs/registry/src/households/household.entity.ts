import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateScalar, declareFieldReads, numericTransformer, PersonalData, PersonalDataField, PlainFieldResolver } from '@app/common';
import { RegistryRecord } from '../registry-record';
import { Site } from '../sites/site.entity';
import {
  HouseholdType,
  IncomeSource,
  OldHouseDisposition,
  OldHouseStructure,
  OriginLandUse,
  OriginType,
  PovertyStatus,
} from '../enums/household.enums';
import { Person } from '../persons/person.entity';
import { householdMembers } from './household-members.resolver';
import { IndustryProject } from './industry-project.type';

/** 搬迁户: a relocated household (SPEC §2.2). */
@Entity('household')
@ObjectType({ description: '搬迁户' })
export class Household extends RegistryRecord {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  @Field({ description: '户编码' })
  code: string;

  @Index()
  @Column('uuid')
  siteId: string;

  /** Declared for the foreign key only; code reads siteId. */
  @ManyToOne(() => Site, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  protected siteRef?: Site;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: '户主姓名' })
  headName: string;

  @Column({ type: 'varchar', length: 18 })
  @PersonalDataField(PersonalData.RESIDENT_ID, () => String, { description: '户主身份证号（无权限时打码）' })
  headIdNumber: string;

  @Index()
  @Column({ type: 'enum', enum: HouseholdType, enumName: 'household_type' })
  @Field(() => HouseholdType)
  householdType: HouseholdType;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '受益人口（核定搬迁人数）' })
  beneficiaryCount: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: '劳动力人口' })
  laborCount: number;

  @Index()
  @Column({ type: 'smallint' })
  @Field(() => Int, { description: '搬迁年度' })
  relocationYear: number;

  @Column({ type: 'enum', enum: PovertyStatus, enumName: 'poverty_status', default: PovertyStatus.NOT_EXITED })
  @Field(() => PovertyStatus)
  povertyStatus: PovertyStatus;

  @Column({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: '脱贫年度' })
  povertyExitYear: number | null;

  @Column({ type: 'enum', enum: OriginType, enumName: 'origin_type' })
  @Field(() => OriginType)
  originType: OriginType;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: '迁出村（屯）' })
  originVillage: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: '房号' })
  roomNumber: string | null;

  @Column({ type: 'numeric', precision: 8, scale: 2, transformer: numericTransformer })
  @Field(() => Float, { description: '住房面积（㎡）' })
  housingArea: number;

  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0, transformer: numericTransformer })
  @Field(() => Float, { description: '自筹资金（元）' })
  selfFunding: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: '享受的公共服务（如就学、就医、社保转移接续）' })
  publicServices: string[];

  @Column({ type: 'boolean', default: false })
  @Field({ description: '是否搬迁入住' })
  movedIn: boolean;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '搬迁入住日期' })
  movedInOn: string | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '是否实际入住（上报值；需入住照片佐证方予认定）' })
  actuallyResident: boolean;

  @Column({ type: 'enum', enum: OldHouseStructure, enumName: 'old_house_structure', nullable: true })
  @Field(() => OldHouseStructure, { nullable: true })
  oldHouseStructure: OldHouseStructure | null;

  @Column({ type: 'enum', enum: OldHouseDisposition, enumName: 'old_house_disposition', default: OldHouseDisposition.MUST_DEMOLISH })
  @Field(() => OldHouseDisposition)
  oldHouseDisposition: OldHouseDisposition;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '不需拆除的原因' })
  oldHouseExemptReason: string | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '旧房是否已拆除' })
  oldHouseDemolished: boolean;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '旧房拆除日期' })
  oldHouseDemolishedOn: string | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '是否已复垦复绿' })
  landReclaimed: boolean;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '复垦复绿日期' })
  landReclaimedOn: string | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '是否已办理房产证/不动产权证' })
  propertyCertificateIssued: boolean;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '不动产权证办理日期' })
  propertyCertificateIssuedOn: string | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '是否已办理户口迁移' })
  hukouTransferred: boolean;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '户口迁移日期' })
  hukouTransferredOn: string | null;

  @Column({ type: 'enum', enum: IncomeSource, enumName: 'income_source', nullable: true })
  @Field(() => IncomeSource, { nullable: true })
  mainIncomeSource: IncomeSource | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true, description: '人均纯收入（元）' })
  netIncomePerCapita: number | null;

  @Column({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: '人均纯收入所属年度' })
  netIncomeYear: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  @Field(() => [IndustryProject], { description: '产业项目' })
  industryProjects: IndustryProject[];

  @Column({ type: 'numeric', precision: 10, scale: 2, default: 0, transformer: numericTransformer })
  @Field(() => Float, { description: '迁出地耕地面积（亩）' })
  originFarmlandMu: number;

  @Column({ type: 'numeric', precision: 10, scale: 2, default: 0, transformer: numericTransformer })
  @Field(() => Float, { description: '迁出地林地面积（亩）' })
  originForestlandMu: number;

  @Column({ type: 'enum', enum: OriginLandUse, enumName: 'origin_land_use', nullable: true })
  @Field(() => OriginLandUse, { nullable: true })
  originLandUse: OriginLandUse | null;

  /** Never loaded with the row: householdMembers resolves the members. */
  @Field(() => [Person], { description: '家庭成员，含已减少人口（见 leftOn）：户主在前，其余先原有成员、后新增成员，年长者在前' })
  @PlainFieldResolver(householdMembers)
  persons?: Person[];
}

// The members are resolved from the household's id alone (see householdMembers).
declareFieldReads(Household, 'persons', []);
