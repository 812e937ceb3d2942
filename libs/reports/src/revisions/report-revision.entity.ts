import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { DateTimeScalar } from '@app/common';

/** One revision (修订) of a published month: the snapshot it published, the one it superseded, who, when and why. */
@Entity('report_revision')
@ObjectType({ description: '月报修订记录：何时、何人、因何修订' })
export class ReportRevision {
  @PrimaryColumn({ type: 'varchar', length: 7 })
  @Field()
  period: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: '1 for the first revision; the original snapshot is revision 0' })
  revision: number;

  /** The run that published the revised snapshot: its snapshot id. */
  @Column('uuid')
  runId: string;

  /** The snapshot it superseded, kept in report_row_superseded under this id. */
  @Column('uuid')
  supersededRunId: string;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: '修订人' })
  revisedBy: string;

  @Column('text')
  @Field({ description: '修订原因' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '修订时间（新快照发布时）' })
  revisedAt: Date;
}
