import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateScalar, declareFieldReads, numericTransformer, PersonalData, PersonalDataField, PlainFieldResolver } from '@app/common';
import { RegistryRecord } from '../registry-record';
import { Household } from '../households/household.entity';
import {
  EducationLevel,
  EmploymentStatus,
  Ethnicity,
  Gender,
  HealthStatus,
  JoinReason,
  LeaveReason,
  Relation,
  SchoolingStatus,
  SchoolStage,
} from '../enums/person.enums';
import { SkillsTraining } from './skills-training.type';

/**
 * 搬迁人口: a member of a household (SPEC §2.3). Never deleted: leaving is recorded with a
 * reason and date, and the ID number is unique only among persons who have not left.
 */
@Entity('person')
@Index('person_active_id_number_key', ['idNumber'], { unique: true, where: '"left_on" IS NULL' })
@Index('person_one_active_head_key', ['householdId'], { unique: true, where: `"relation" = 'HEAD' AND "left_on" IS NULL` })
@ObjectType({ description: '搬迁人口' })
export class Person extends RegistryRecord {
  @Index()
  @Column('uuid')
  householdId: string;

  /** Declared for the foreign key only; code reads householdId. */
  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id' })
  protected householdRef?: Household;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: '姓名' })
  name: string;

  @Index()
  @Column({ type: 'varchar', length: 18 })
  @PersonalDataField(PersonalData.RESIDENT_ID, () => String, { description: '身份证号（无权限时打码，如 450123********123X）' })
  idNumber: string;

  @Column({ type: 'enum', enum: Relation, enumName: 'relation' })
  @Field(() => Relation)
  relation: Relation;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender' })
  @Field(() => Gender)
  gender: Gender;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: '出生日期（年龄由此推算，不单独存储）' })
  birthDate: string;

  @Column({ type: 'enum', enum: Ethnicity, enumName: 'ethnicity' })
  @Field(() => Ethnicity)
  ethnicity: Ethnicity;

  @Column({ type: 'enum', enum: EducationLevel, enumName: 'education_level', nullable: true })
  @Field(() => EducationLevel, { nullable: true })
  education: EducationLevel | null;

  @Column({ type: 'enum', enum: HealthStatus, enumName: 'health_status', default: HealthStatus.HEALTHY })
  @Field(() => HealthStatus)
  health: HealthStatus;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '是否参加养老保险' })
  pensionInsured: boolean;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '是否参加医疗保险' })
  medicalInsured: boolean;

  @Column({ type: 'enum', enum: SchoolingStatus, enumName: 'schooling_status', default: SchoolingStatus.NOT_SCHOOL_AGE })
  @Field(() => SchoolingStatus)
  schooling: SchoolingStatus;

  @Column({ type: 'enum', enum: SchoolStage, enumName: 'school_stage', nullable: true })
  @Field(() => SchoolStage, { nullable: true })
  schoolStage: SchoolStage | null;

  @Column({ type: 'enum', enum: EmploymentStatus, enumName: 'employment_status', default: EmploymentStatus.NOT_IN_LABOUR_FORCE })
  @Field(() => EmploymentStatus)
  employment: EmploymentStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '就业单位或务工地点' })
  employer: string | null;

  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true, description: '月工资（元）' })
  monthlyWage: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  @Field(() => [SkillsTraining], { description: '技能培训' })
  trainings: SkillsTraining[];

  @Column({ type: 'boolean', default: false })
  @Field({ description: '是否劳动力' })
  isLabour: boolean;

  @Column({ type: 'enum', enum: JoinReason, enumName: 'join_reason', default: JoinReason.ORIGINAL_MEMBER })
  @Field(() => JoinReason)
  joinReason: JoinReason;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '加入日期' })
  joinedOn: string | null;

  @Column({ type: 'enum', enum: LeaveReason, enumName: 'leave_reason', nullable: true })
  @Field(() => LeaveReason, { nullable: true })
  leaveReason: LeaveReason | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '减少日期' })
  leftOn: string | null;

  /** Not a column: read from leftOn, on every member of a list, so a plain resolver. */
  @Field(() => Boolean, { description: '是否在册（未减少）' })
  @PlainFieldResolver((person: Person) => person.leftOn === null)
  active?: boolean;
}

declareFieldReads(Person, 'active', ['leftOn']);
