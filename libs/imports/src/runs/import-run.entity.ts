import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '@app/common';
import { ImportProblem } from './import-problem.entity';

export enum ImportStatus {
  QUEUED = 'QUEUED',
  VALIDATING = 'VALIDATING',
  VALIDATED = 'VALIDATED',
  FAILED = 'FAILED',
  COMMITTED = 'COMMITTED',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: '导入状态',
  valuesMap: {
    QUEUED: { description: '排队等待校验' },
    VALIDATING: { description: '正在校验' },
    VALIDATED: { description: '校验通过，待提交' },
    FAILED: { description: '有问题，未写入任何数据' },
    COMMITTED: { description: '已提交入库' },
  },
});

/** The kind of a register import; an exchange's run has its roster kind instead. */
export const HOUSEHOLDS_KIND = 'HOUSEHOLDS';

@ObjectType({ description: 'What the import would write, counted while it was validated (预览).' })
export class ImportPreview {
  @Field(() => Int, { description: '新增搬迁户' }) householdsCreated: number;
  @Field(() => Int, { description: '更新的已有搬迁户（户编码已在该安置点）' }) householdsUpdated: number;
  @Field(() => Int, { description: '新增人口' }) personsCreated: number;
  @Field(() => Int, { description: '更新的已有人口（已在该户登记且未减少的成员）' }) personsUpdated: number;
}

/** One uploaded spreadsheet: its validation outcome, and whether it was written. */
@Entity('import_run')
@ObjectType({ description: '一次批量导入' })
export class ImportRun {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;

  @Column({ type: 'enum', enum: ImportStatus, enumName: 'import_status', default: ImportStatus.QUEUED })
  @Field(() => ImportStatus)
  status: ImportStatus;

  @Column({ type: 'varchar', length: 4 }) @Field({ description: 'XLSX or CSV' }) format: string;
  @Column({ name: 'file_name', type: 'varchar', length: 255 }) @Field({ description: '上传时的文件名' }) fileName: string;
  @Column({ name: 'storage_key', type: 'varchar', length: 200 }) storageKey: string;

  /** The importer: the actor of everything the import writes. */
  @Column({ name: 'imported_by', type: 'varchar', length: 50 }) @Field() importedBy: string;
  @Column({ name: 'importer_id', type: 'uuid' }) importerId: string;
  @Column({ name: 'importer_role', type: 'varchar', length: 20 }) importerRole: string;
  @Column({ name: 'importer_jurisdiction', type: 'varchar', length: 40 }) importerJurisdiction: string;

  /** The division the run belongs to, for listing: the importer's, or a site user's county. */
  @Index()
  @Column({ name: 'division_code', type: 'varchar', length: 6 })
  @Field()
  divisionCode: string;

  @Column({ name: 'rows_total', type: 'int', default: 0 }) @Field(() => Int, { description: '数据行数（读到的）' }) rowsTotal: number;
  @Column({ name: 'rows_done', type: 'int', default: 0 }) @Field(() => Int, { description: '已校验的行数' }) rowsDone: number;
  @Column({ name: 'rows_valid', type: 'int', default: 0 }) @Field(() => Int, { description: '通过校验的行数' }) rowsValid: number;

  /** HOUSEHOLDS for a register import; the roster kind (RosterKind) for a department exchange. */
  @Column({ type: 'varchar', length: 20, default: 'HOUSEHOLDS' }) kind: string;
  /** An exchange's roster date: the day the department's data describes. */
  @Column({ name: 'as_of', type: 'date', nullable: true }) asOf: string | null;
  @Column({ name: 'persons_matched', type: 'int', default: 0 }) personsMatched: number;
  @Column({ name: 'persons_unmatched', type: 'int', default: 0 }) personsUnmatched: number;
  @Column({ name: 'persons_conflicting', type: 'int', default: 0 }) personsConflicting: number;
  @Column({ name: 'persons_unchanged', type: 'int', default: 0 }) personsUnchanged: number;

  @Column({ name: 'households_created', type: 'int', default: 0 }) householdsCreated: number;
  @Column({ name: 'households_updated', type: 'int', default: 0 }) householdsUpdated: number;
  @Column({ name: 'persons_created', type: 'int', default: 0 }) personsCreated: number;
  @Column({ name: 'persons_updated', type: 'int', default: 0 }) personsUpdated: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) createdAt: Date;
  @Column({ name: 'validated_at', type: 'timestamptz', nullable: true }) @Field(() => DateTimeScalar, { nullable: true }) validatedAt: Date | null;
  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true }) @Field(() => DateTimeScalar, { nullable: true }) committedAt: Date | null;

  /** Resolved from import_problem. */
  problems?: ImportProblem[];
}
