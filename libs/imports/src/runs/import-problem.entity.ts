import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One thing wrong with an uploaded file: a cell, a row, a missing column, or the file itself. */
@Entity('import_problem')
@Index(['runId', 'id'])
@ObjectType({ description: '导入问题：哪个表、哪一行、哪一列，为什么' })
export class ImportProblem {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'run_id', type: 'uuid' }) runId: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) @Field(() => String, { nullable: true, description: '工作表；整个文件的问题为空' }) sheet: string | null;
  @Column({ type: 'int', nullable: true }) @Field(() => Int, { nullable: true, description: '行号（与 Excel 中一致）；整表或整个文件的问题为空' }) row: number | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) @Field(() => String, { nullable: true, description: '列名（表头）' }) column: string | null;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true, description: '单元格的值' }) value: string | null;
  @Column({ type: 'text' }) @Field({ description: '原因' }) reason: string;
}
