import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DateScalar, DateTimeScalar } from '@app/common';
import { Site } from '@app/registry';
import { SpecialTask, TaskStatus } from './special-task.enums';

/** A site's own account of one special task: where it stands, what was done, who answers for it. */
@Entity('site_task_record')
@ObjectType({ description: '安置点专项任务记录' })
export class SiteTaskRecord {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  siteId: string;

  @PrimaryColumn({ type: 'enum', enum: SpecialTask, enumName: 'special_task' })
  @Field(() => SpecialTask)
  task: SpecialTask;

  @ManyToOne(() => Site, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  protected siteRef?: Site;

  @Column({ type: 'enum', enum: TaskStatus, enumName: 'task_status' })
  @Field(() => TaskStatus)
  status: TaskStatus;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '进展情况' })
  progressNote: string | null;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: '记录日期' })
  recordedOn: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: '责任人' })
  responsiblePerson: string | null;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: 'Who recorded it' })
  updatedBy: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => DateTimeScalar)
  updatedAt: Date;
}
