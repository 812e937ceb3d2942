import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar, DateTimeScalar } from '@app/common';
import { ShortfallProject } from './shortfall-project.entity';

/** A dated progress report of a shortfall project, with its photos (archive files). */
@Entity('shortfall_progress_report')
@Check('shortfall_progress_report_percent_check', 'percent BETWEEN 0 AND 100')
@ObjectType({ description: '补短板项目进度报告' })
export class ShortfallProgressReport {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Index()
  @Column('uuid')
  @Field(() => ID)
  projectId: string;

  @ManyToOne(() => ShortfallProject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  protected projectRef?: ShortfallProject;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: '报告日期' })
  reportedOn: string;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: '完成进度（%）' })
  percent: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '进展情况' })
  notes: string | null;

  @Column({ type: 'varchar', length: 50 })
  @Field()
  reportedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => DateTimeScalar)
  createdAt: Date;
}
